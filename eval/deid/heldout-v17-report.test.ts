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
const heldoutV16 = {
  documents: [document('v16-sn-phone-01', 'snippet', 'Ring [[PHONE:917 40 362]] i kveld.')],
  clean: [],
};
const heldoutV17 = {
  documents: [
    document(
      'v17-sn-farm-01',
      'snippet',
      'Hun bor på [[LOCATION:Vestre Lyngstad]], sier [[PERSON:Torunn]].',
    ),
    document('v17-sn-farm-02', 'snippet', 'Gården [[LOCATION:Nedre Moastua]] er solgt.'),
    document('v17-sn-negative-01', 'snippet', 'Frost og glatt føre i dag, Phalen negativ.'),
    document(
      'v17-doc-telefonnotat-01',
      'telefonnotat',
      'Pasient [[PERSON:Mulugeta Haile]], [[AGE:44 år]], ringte fra toget.',
    ),
  ],
  clean: [{ id: 'v17-clean', text: 'Kalium 4,1 etter Kaleorid. Fortsetter med Xarelto.' }],
};

/** Finds the own set's person; in v17 only "Nedre Moastua", "Phalen" and "Xarelto". */
const partial: Detector = (text) =>
  [...text.matchAll(/Sunniva Rød|Nedre Moastua|Phalen|Xarelto/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    type: match[0] === 'Nedre Moastua' ? 'LOCATION' : 'PERSON',
  }));

describe('held-out set v17 in the deid report', () => {
  const report = runEvaluation({ own, shared: [], clean: [], heldoutV16, heldoutV17 }, partial);

  it('scores the v17 set on its own, per snippet category and on its clean texts', () => {
    expect(report.heldoutV17?.result.overall.gold).toBe(5);
    expect(report.heldoutV17?.result.overall.found).toBe(1);
    expect(report.heldoutV17?.snippets.overall.gold).toBe(3);
    expect(report.heldoutV17?.categories).toEqual([
      { category: 'farm', documents: 2, gold: 3, protected: 1, falsePositives: 0 },
      { category: 'negative', documents: 1, gold: 0, protected: 0, falsePositives: 1 },
    ]);
    expect(report.heldoutV17?.clean.falsePositives).toHaveLength(1);
    // v16 is scored apart: its phone number is not found, and v17 does not change it.
    expect(report.heldoutV16?.result.overall.gold).toBe(1);
    expect(report.heldoutV16?.result.overall.found).toBe(0);
  });

  it('leaves the overall result to the gated sets', () => {
    expect(report.passed).toBe(runEvaluation({ own, shared: [], clean: [] }, partial).passed);
  });

  it('prints the v17 block after v16 with counts only, never a held-out text', () => {
    const printed = formatReport(report, { errors: true });
    expect(printed).toContain(
      'Held-out set v17 (eval/deid/heldout-v17, gated in heldout-v17-gate.test.ts)',
    );
    expect(printed).toContain(
      'Held-out set v17, clean corpus (eval/deid/heldout-v17-clean): 1 texts',
    );
    expect(printed.indexOf('Held-out set v17 (')).toBeGreaterThan(
      printed.indexOf('Held-out set v16 ('),
    );
    for (const secret of [
      'Vestre Lyngstad',
      'Torunn',
      'Mulugeta Haile',
      'Moastua',
      'Phalen',
      'Xarelto',
    ])
      expect(printed).not.toContain(secret);
  });
});
