import { describe, expect, it } from 'vitest';

import type { EvalDocument } from './eval-document.js';
import { formatReport } from './format-report.js';
import { parseMarkup } from './markup.js';
import type { Detector } from './run-evaluation.js';
import { runEvaluation } from './run-evaluation.js';

function document(id: string, kind: EvalDocument['kind'], source: string): EvalDocument {
  return { id, kind, ...parseMarkup(source) };
}

const own = [document('jn-01', 'journalnotat', 'Time hos [[PERSON:Synnøve Lid]] i dag.')];
const heldoutV3 = {
  documents: [document('v3-sn-farm-01', 'snippet', 'Bur på [[LOCATION:Nedre Vik]].')],
  clean: [],
};
const heldoutV4 = {
  documents: [
    document('v4-sn-id-01', 'snippet', 'HPR [[ID:7719034]] på resepten.'),
    document('v4-sn-id-02', 'snippet', 'D-nr [[ID:45068812066]], mor [[PERSON:Halyna]] tolker.'),
    document('v4-sn-negative-01', 'snippet', 'Sola var sterk i dag, sier han.'),
    document('v4-doc-telefon-01', 'telefonnotat', 'Ringte [[PERSON:Aslak Eira]], [[AGE:72 år]].'),
  ],
  clean: [{ id: 'v4-clean', text: 'Ingen endring. Fortsetter Selo-Zok og Sobril.' }],
};

/** Finds the own set's person; in v4 only seven-digit numbers, "Sola" and "Sobril". */
const partial: Detector = (text) =>
  [...text.matchAll(/Synnøve Lid|\b\d{7}\b|Sola|Sobril/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    type: /^\d/u.test(match[0]) ? 'ID' : 'PERSON',
  }));

describe('held-out set v4 in the deid report', () => {
  const report = runEvaluation({ own, shared: [], clean: [], heldoutV3, heldoutV4 }, partial);

  it('scores the v4 set on its own, per snippet category and on its clean texts', () => {
    expect(report.heldoutV4?.result.overall.gold).toBe(5);
    expect(report.heldoutV4?.snippets.overall.gold).toBe(3);
    expect(report.heldoutV4?.categories).toEqual([
      { category: 'id', documents: 2, gold: 3, protected: 1, falsePositives: 0 },
      { category: 'negative', documents: 1, gold: 0, protected: 0, falsePositives: 1 },
    ]);
    expect(report.heldoutV4?.clean.falsePositives).toHaveLength(1);
    // v3 is scored apart: its farm is not found, and v4 does not change it.
    expect(report.heldoutV3?.result.overall.gold).toBe(1);
    expect(report.heldoutV3?.result.overall.found).toBe(0);
  });

  it('leaves the overall result to the gated sets', () => {
    expect(report.passed).toBe(runEvaluation({ own, shared: [], clean: [] }, partial).passed);
  });

  it('prints the v4 block with counts only, never a held-out text', () => {
    const printed = formatReport(report, { errors: true });
    expect(printed).toContain(
      'Held-out set v4 (eval/deid/heldout-v4, gated in heldout-v4-gate.test.ts)',
    );
    expect(printed).toContain(
      'Held-out set v4, clean corpus (eval/deid/heldout-v4-clean): 1 texts',
    );
    for (const secret of ['Nedre Vik', 'Halyna', 'Aslak', '7719034', 'Sola var', 'Sobril'])
      expect(printed).not.toContain(secret);
  });
});
