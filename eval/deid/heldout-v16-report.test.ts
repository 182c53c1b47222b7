import { describe, expect, it } from 'vitest';

import type { EvalDocument } from './eval-document.js';
import { formatReport } from './format-report.js';
import { parseMarkup } from './markup.js';
import type { Detector } from './run-evaluation.js';
import { runEvaluation } from './run-evaluation.js';

function document(id: string, kind: EvalDocument['kind'], source: string): EvalDocument {
  return { id, kind, ...parseMarkup(source) };
}

const own = [document('jn-01', 'journalnotat', 'Time hos [[PERSON:Sunniva Rød]] i dag.')];
const heldoutV15 = {
  documents: [document('v15-sn-phone-01', 'snippet', 'Ring [[PHONE:934 11 702]] i morgen.')],
  clean: [],
};
const heldoutV16 = {
  documents: [
    document(
      'v16-sn-street-01',
      'snippet',
      'Hun bor i [[ADDRESS:Lykkjbakken 4]], sier [[PERSON:Gunhild]].',
    ),
    document('v16-sn-street-02', 'snippet', 'Flyttet til [[ADDRESS:Sjøstien 12]].'),
    document('v16-sn-negative-01', 'snippet', 'Sol og vind i dag, Lachman negativ.'),
    document(
      'v16-doc-legevakt-01',
      'journalnotat',
      'Pasient [[PERSON:Kalkidan Tesfaye]], [[AGE:37 år]], kom med buss.',
    ),
  ],
  clean: [{ id: 'v16-clean', text: 'Natrium 139 etter Addex. Fortsetter med Pradaxa.' }],
};

/** Finds the own set's person; in v16 only "Sjøstien 12", "Lachman" and "Pradaxa". */
const partial: Detector = (text) =>
  [...text.matchAll(/Sunniva Rød|Sjøstien 12|Lachman|Pradaxa/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    type: match[0] === 'Sjøstien 12' ? 'ADDRESS' : 'PERSON',
  }));

describe('held-out set v16 in the deid report', () => {
  const report = runEvaluation({ own, shared: [], clean: [], heldoutV15, heldoutV16 }, partial);

  it('scores the v16 set on its own, per snippet category and on its clean texts', () => {
    expect(report.heldoutV16?.result.overall.gold).toBe(5);
    expect(report.heldoutV16?.snippets.overall.gold).toBe(3);
    expect(report.heldoutV16?.categories).toEqual([
      { category: 'street', documents: 2, gold: 3, protected: 1, falsePositives: 0 },
      { category: 'negative', documents: 1, gold: 0, protected: 0, falsePositives: 1 },
    ]);
    expect(report.heldoutV16?.clean.falsePositives).toHaveLength(1);
    // v15 is scored apart: its phone number is not found, and v16 does not change it.
    expect(report.heldoutV15?.result.overall.gold).toBe(1);
    expect(report.heldoutV15?.result.overall.found).toBe(0);
  });

  it('leaves the overall result to the gated sets', () => {
    expect(report.passed).toBe(runEvaluation({ own, shared: [], clean: [] }, partial).passed);
  });

  it('prints the v16 block after v15 with counts only, never a held-out text', () => {
    const printed = formatReport(report, { errors: true });
    expect(printed).toContain(
      'Held-out set v16 (eval/deid/heldout-v16, gated in heldout-v16-gate.test.ts)',
    );
    expect(printed).toContain(
      'Held-out set v16, clean corpus (eval/deid/heldout-v16-clean): 1 texts',
    );
    expect(printed.indexOf('Held-out set v16 (')).toBeGreaterThan(
      printed.indexOf('Held-out set v15 ('),
    );
    for (const secret of [
      'Lykkjbakken',
      'Gunhild',
      'Kalkidan Tesfaye',
      'Sjøstien',
      'Lachman',
      'Pradaxa',
    ])
      expect(printed).not.toContain(secret);
  });
});
