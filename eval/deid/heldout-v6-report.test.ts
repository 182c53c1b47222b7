import { describe, expect, it } from 'vitest';

import type { EvalDocument } from './eval-document.js';
import { formatReport } from './format-report.js';
import { parseMarkup } from './markup.js';
import type { Detector } from './run-evaluation.js';
import { runEvaluation } from './run-evaluation.js';

function document(id: string, kind: EvalDocument['kind'], source: string): EvalDocument {
  return { id, kind, ...parseMarkup(source) };
}

const own = [document('jn-01', 'journalnotat', 'Time hos [[PERSON:Vebjørn Lind]] i morgen.')];
const heldoutV5 = {
  documents: [document('v5-sn-postal-01', 'snippet', 'Post til [[POSTAL_CODE:4321]] nå.')],
  clean: [],
};
const heldoutV6 = {
  documents: [
    document('v6-sn-id-01', 'snippet', 'HPR [[ID:7310442]], sign. [[PERSON:Hamdi]].'),
    document('v6-sn-id-02', 'snippet', 'Saksnr. [[ID:7310443]] ved kontoret.'),
    document('v6-sn-negative-01', 'snippet', 'Stein i nyren, Eik-stokk som hjelpemiddel.'),
    document('v6-doc-bht-01', 'journalnotat', 'Undersøkt [[PERSON:Tuva Ek]], [[AGE:44 år]].'),
  ],
  clean: [{ id: 'v6-clean', text: 'Audiometri viser hakk ved 4 kHz. Fortsetter Symbicort.' }],
};

/** Finds the own set's person; in v6 only seven-digit numbers, "Eik" and "Symbicort". */
const partial: Detector = (text) =>
  [...text.matchAll(/Vebjørn Lind|\b\d{7}\b|Eik|Symbicort/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    type: /^\d/u.test(match[0]) ? 'ID' : 'PERSON',
  }));

describe('held-out set v6 in the deid report', () => {
  const report = runEvaluation({ own, shared: [], clean: [], heldoutV5, heldoutV6 }, partial);

  it('scores the v6 set on its own, per snippet category and on its clean texts', () => {
    expect(report.heldoutV6?.result.overall.gold).toBe(5);
    expect(report.heldoutV6?.snippets.overall.gold).toBe(3);
    expect(report.heldoutV6?.categories).toEqual([
      { category: 'id', documents: 2, gold: 3, protected: 2, falsePositives: 0 },
      { category: 'negative', documents: 1, gold: 0, protected: 0, falsePositives: 1 },
    ]);
    expect(report.heldoutV6?.clean.falsePositives).toHaveLength(1);
    // v5 is scored apart: its postal code is not found, and v6 does not change it.
    expect(report.heldoutV5?.result.overall.gold).toBe(1);
    expect(report.heldoutV5?.result.overall.found).toBe(0);
  });

  it('leaves the overall result to the gated sets', () => {
    expect(report.passed).toBe(runEvaluation({ own, shared: [], clean: [] }, partial).passed);
  });

  it('prints the v6 block with counts only, never a held-out text', () => {
    const printed = formatReport(report, { errors: true });
    expect(printed).toContain(
      'Held-out set v6 (eval/deid/heldout-v6, gated in heldout-v6-gate.test.ts)',
    );
    expect(printed).toContain(
      'Held-out set v6, clean corpus (eval/deid/heldout-v6-clean): 1 texts',
    );
    for (const secret of ['4321', 'Hamdi', 'Tuva', '7310442', 'Stein i', 'Symbicort'])
      expect(printed).not.toContain(secret);
  });
});
