import { describe, expect, it } from 'vitest';

import type { EvalDocument } from './eval-document.js';
import { formatReport } from './format-report.js';
import { parseMarkup } from './markup.js';
import type { Detector } from './run-evaluation.js';
import { runEvaluation } from './run-evaluation.js';

function document(id: string, kind: EvalDocument['kind'], source: string): EvalDocument {
  return { id, kind, ...parseMarkup(source) };
}

const own = [document('jn-01', 'journalnotat', 'Kontroll hos [[PERSON:Ylva Nesje]] i dag.')];
const heldoutV4 = {
  documents: [document('v4-sn-street-01', 'snippet', 'Bor i [[ADDRESS:Lundeveien 4]].')],
  clean: [],
};
const heldoutV5 = {
  documents: [
    document('v5-sn-phone-01', 'snippet', 'Ring [[PHONE:4821 0937]] etter kl. 16.'),
    document('v5-sn-phone-02', 'snippet', 'Mobil [[PHONE:4821 0938]], tolk [[PERSON:Parwin]].'),
    document('v5-sn-negative-01', 'snippet', 'Lind og bjørk blomstrer nå, sier hun.'),
    document('v5-doc-dps-01', 'journalnotat', 'Samtale med [[PERSON:Kawa Rasul]], [[AGE:31 år]].'),
  ],
  clean: [{ id: 'v5-clean', text: 'Ingen endring. Fortsetter Sertralin og Lyrica.' }],
};

/** Finds the own set's person; in v5 only eight digits split 4+4, "Lind" and "Lyrica". */
const partial: Detector = (text) =>
  [...text.matchAll(/Ylva Nesje|\b\d{4} \d{4}\b|Lind|Lyrica/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    type: /^\d/u.test(match[0]) ? 'PHONE' : 'PERSON',
  }));

describe('held-out set v5 in the deid report', () => {
  const report = runEvaluation({ own, shared: [], clean: [], heldoutV4, heldoutV5 }, partial);

  it('scores the v5 set on its own, per snippet category and on its clean texts', () => {
    expect(report.heldoutV5?.result.overall.gold).toBe(5);
    expect(report.heldoutV5?.snippets.overall.gold).toBe(3);
    expect(report.heldoutV5?.categories).toEqual([
      { category: 'phone', documents: 2, gold: 3, protected: 2, falsePositives: 0 },
      { category: 'negative', documents: 1, gold: 0, protected: 0, falsePositives: 1 },
    ]);
    expect(report.heldoutV5?.clean.falsePositives).toHaveLength(1);
    // v4 is scored apart: its street is not found, and v5 does not change it.
    expect(report.heldoutV4?.result.overall.gold).toBe(1);
    expect(report.heldoutV4?.result.overall.found).toBe(0);
  });

  it('leaves the overall result to the gated sets', () => {
    expect(report.passed).toBe(runEvaluation({ own, shared: [], clean: [] }, partial).passed);
  });

  it('prints the v5 block with counts only, never a held-out text', () => {
    const printed = formatReport(report, { errors: true });
    expect(printed).toContain(
      'Held-out set v5 (eval/deid/heldout-v5, gated in heldout-v5-gate.test.ts)',
    );
    expect(printed).toContain(
      'Held-out set v5, clean corpus (eval/deid/heldout-v5-clean): 1 texts',
    );
    for (const secret of ['Lundeveien', 'Parwin', 'Kawa', '4821', 'Lind og', 'Lyrica'])
      expect(printed).not.toContain(secret);
  });
});
