import { describe, expect, it } from 'vitest';

import type { EvalDocument } from './eval-document.js';
import { formatReport } from './format-report.js';
import { parseMarkup } from './markup.js';
import type { Detector } from './run-evaluation.js';
import { runEvaluation } from './run-evaluation.js';

function document(id: string, kind: EvalDocument['kind'], source: string): EvalDocument {
  return { id, kind, ...parseMarkup(source) };
}

const own = [document('jn-01', 'journalnotat', 'Time hos [[PERSON:Torunn Aksnes]] i dag.')];
const heldoutV14 = {
  documents: [document('v14-sn-phone-01', 'snippet', 'Ring [[PHONE:915 40 228]] i kveld.')],
  clean: [],
};
const heldoutV15 = {
  documents: [
    document(
      'v15-sn-farm-01',
      'snippet',
      'Hun bor på [[LOCATION:Søre Grinde]], sier [[PERSON:Margit]].',
    ),
    document('v15-sn-farm-02', 'snippet', 'Skadet seg på [[LOCATION:Vestre Moen]].'),
    document('v15-sn-negative-01', 'snippet', 'Storm og regn i natt, Romberg negativ.'),
    document(
      'v15-doc-legevakt-01',
      'journalnotat',
      'Pasient [[PERSON:Hawa Jama]], [[AGE:41 år]], kom med drosje.',
    ),
  ],
  clean: [{ id: 'v15-clean', text: 'Kalium 4,1 etter Furix. Fortsetter med Xarelto.' }],
};

/** Finds the own set's person; in v15 only "Vestre Moen", "Romberg" and "Xarelto". */
const partial: Detector = (text) =>
  [...text.matchAll(/Torunn Aksnes|Vestre Moen|Romberg|Xarelto/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    type: match[0] === 'Vestre Moen' ? 'LOCATION' : 'PERSON',
  }));

describe('held-out set v15 in the deid report', () => {
  const report = runEvaluation({ own, shared: [], clean: [], heldoutV14, heldoutV15 }, partial);

  it('scores the v15 set on its own, per snippet category and on its clean texts', () => {
    expect(report.heldoutV15?.result.overall.gold).toBe(5);
    expect(report.heldoutV15?.snippets.overall.gold).toBe(3);
    expect(report.heldoutV15?.categories).toEqual([
      { category: 'farm', documents: 2, gold: 3, protected: 1, falsePositives: 0 },
      { category: 'negative', documents: 1, gold: 0, protected: 0, falsePositives: 1 },
    ]);
    expect(report.heldoutV15?.clean.falsePositives).toHaveLength(1);
    // v14 is scored apart: its phone number is not found, and v15 does not change it.
    expect(report.heldoutV14?.result.overall.gold).toBe(1);
    expect(report.heldoutV14?.result.overall.found).toBe(0);
  });

  it('leaves the overall result to the gated sets', () => {
    expect(report.passed).toBe(runEvaluation({ own, shared: [], clean: [] }, partial).passed);
  });

  it('prints the v15 block after v14 with counts only, never a held-out text', () => {
    const printed = formatReport(report, { errors: true });
    expect(printed).toContain(
      'Held-out set v15 (eval/deid/heldout-v15, gated in heldout-v15-gate.test.ts)',
    );
    expect(printed).toContain(
      'Held-out set v15, clean corpus (eval/deid/heldout-v15-clean): 1 texts',
    );
    expect(printed.indexOf('Held-out set v15 (')).toBeGreaterThan(
      printed.indexOf('Held-out set v14 ('),
    );
    for (const secret of [
      'Søre Grinde',
      'Margit',
      'Hawa Jama',
      'Vestre Moen',
      'Romberg',
      'Xarelto',
    ])
      expect(printed).not.toContain(secret);
  });
});
