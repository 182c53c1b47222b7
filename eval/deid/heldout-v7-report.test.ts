import { describe, expect, it } from 'vitest';

import type { EvalDocument } from './eval-document.js';
import { formatReport } from './format-report.js';
import { parseMarkup } from './markup.js';
import type { Detector } from './run-evaluation.js';
import { runEvaluation } from './run-evaluation.js';

function document(id: string, kind: EvalDocument['kind'], source: string): EvalDocument {
  return { id, kind, ...parseMarkup(source) };
}

const own = [document('jn-01', 'journalnotat', 'Kontroll hos [[PERSON:Sølvi Haga]] i dag.')];
const heldoutV6 = {
  documents: [document('v6-sn-phone-01', 'snippet', 'Ring [[PHONE:412 09 388]] etter kl. 12.')],
  clean: [],
};
const heldoutV7 = {
  documents: [
    document('v7-sn-other-01', 'snippet', 'Bil [[OTHER:KX 90411]], eier [[PERSON:Quyen]].'),
    document('v7-sn-other-02', 'snippet', 'Båt [[OTHER:N-804-V]] i havna.'),
    document('v7-sn-negative-01', 'snippet', 'Lyng på bena og Dupuytren i hånden.'),
    document(
      'v7-doc-dialyse-01',
      'sykepleienotat',
      'Dialyse for [[PERSON:Ola Rud]], [[AGE:70 år]].',
    ),
  ],
  clean: [{ id: 'v7-clean', text: 'Fosfat 2,1 etter dialyse. Fortsetter Renvela.' }],
};

/** Finds the own set's person; in v7 only "KX 90411", "Lyng" and "Renvela". */
const partial: Detector = (text) =>
  [...text.matchAll(/Sølvi Haga|KX 90411|Lyng|Renvela/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    type: match[0] === 'KX 90411' ? 'OTHER' : 'PERSON',
  }));

describe('held-out set v7 in the deid report', () => {
  const report = runEvaluation({ own, shared: [], clean: [], heldoutV6, heldoutV7 }, partial);

  it('scores the v7 set on its own, per snippet category and on its clean texts', () => {
    expect(report.heldoutV7?.result.overall.gold).toBe(5);
    expect(report.heldoutV7?.snippets.overall.gold).toBe(3);
    expect(report.heldoutV7?.categories).toEqual([
      { category: 'other', documents: 2, gold: 3, protected: 1, falsePositives: 0 },
      { category: 'negative', documents: 1, gold: 0, protected: 0, falsePositives: 1 },
    ]);
    expect(report.heldoutV7?.clean.falsePositives).toHaveLength(1);
    // v6 is scored apart: its phone number is not found, and v7 does not change it.
    expect(report.heldoutV6?.result.overall.gold).toBe(1);
    expect(report.heldoutV6?.result.overall.found).toBe(0);
  });

  it('leaves the overall result to the gated sets', () => {
    expect(report.passed).toBe(runEvaluation({ own, shared: [], clean: [] }, partial).passed);
  });

  it('prints the v7 block with counts only, never a held-out text', () => {
    const printed = formatReport(report, { errors: true });
    expect(printed).toContain(
      'Held-out set v7 (eval/deid/heldout-v7, gated in heldout-v7-gate.test.ts)',
    );
    expect(printed).toContain(
      'Held-out set v7, clean corpus (eval/deid/heldout-v7-clean): 1 texts',
    );
    for (const secret of ['90411', 'Quyen', 'Ola Rud', 'N-804-V', 'Dupuytren', 'Renvela'])
      expect(printed).not.toContain(secret);
  });
});
