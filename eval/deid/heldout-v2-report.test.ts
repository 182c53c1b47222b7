import { describe, expect, it } from 'vitest';

import type { EvalDocument } from './eval-document.js';
import { formatReport } from './format-report.js';
import { parseMarkup } from './markup.js';
import type { Detector } from './run-evaluation.js';
import { runEvaluation } from './run-evaluation.js';

function document(id: string, kind: EvalDocument['kind'], source: string): EvalDocument {
  return { id, kind, ...parseMarkup(source) };
}

const own = [document('jn-01', 'journalnotat', 'Pasient [[PERSON:Kari Nordmann]] bruker Paracet.')];
const heldoutV2 = {
  documents: [
    document('v2-sn-street-01', 'snippet', 'Adressen er [[ADDRESS:Myrlia 4]].'),
    document('v2-sn-street-02', 'snippet', 'Bor på [[ADDRESS:Solhaugen 9]] med [[PERSON:Gudrun]].'),
    document('v2-sn-negative-01', 'snippet', 'Vår og sommer er verst.'),
    document('v2-doc-01', 'journalnotat', 'Pasient [[PERSON:Zainab Olatunji]], [[AGE:52 år]].'),
  ],
  clean: [{ id: 'v2-clean', text: 'Ingen funn. Fortsetter Albyl-E og Selo-Zok.' }],
};

/** Finds the own set's person and, in the held-out set, only surnames and "Vår" (a false positive). */
const partial: Detector = (text) =>
  [...text.matchAll(/Kari Nordmann|Olatunji|Vår|Selo-Zok/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    type: 'PERSON',
  }));

describe('held-out set v2 in the deid report', () => {
  const report = runEvaluation({ own, shared: [], clean: [], heldoutV2 }, partial);

  it('scores the v2 set on its own, per snippet category and on its clean texts', () => {
    expect(report.heldoutV2?.result.overall.gold).toBe(5);
    expect(report.heldoutV2?.snippets.overall.gold).toBe(3);
    expect(report.heldoutV2?.categories).toEqual([
      { category: 'street', documents: 2, gold: 3, protected: 0, falsePositives: 0 },
      { category: 'negative', documents: 1, gold: 0, protected: 0, falsePositives: 1 },
    ]);
    // "Olatunji" overlaps the person: found, but "Zainab" leaks, so it is not protected.
    expect(report.heldoutV2?.result.byType.get('PERSON')?.found).toBe(1);
    expect(report.heldoutV2?.result.protectedCount).toBe(0);
    expect(report.heldoutV2?.clean.falsePositives).toHaveLength(1);
  });

  it('leaves the overall result to the gated sets', () => {
    expect(report.passed).toBe(runEvaluation({ own, shared: [], clean: [] }, partial).passed);
  });

  it('prints counts only, never a held-out text, even when errors are asked for', () => {
    const printed = formatReport(report, { errors: true });
    expect(printed).toContain('Held-out set v2');
    expect(printed).toContain('street');
    for (const secret of [
      'Myrlia',
      'Solhaugen',
      'Gudrun',
      'Zainab',
      'Olatunji',
      'Vår og',
      'Selo-Zok',
    ])
      expect(printed).not.toContain(secret);
  });
});
