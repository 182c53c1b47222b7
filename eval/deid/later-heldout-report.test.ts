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
const heldoutV17 = {
  documents: [document('v17-sn-phone-01', 'snippet', 'Ring [[PHONE:917 40 362]] i kveld.')],
  clean: [],
};
const heldoutV18 = {
  documents: [
    document(
      'v18-sn-street-01',
      'snippet',
      'Han bor i [[ADDRESS:Lyngåsen 12]], sier [[PERSON:Tormod]].',
    ),
    document('v18-sn-street-02', 'snippet', 'Adressen er [[ADDRESS:Kvernbakken 4]].'),
    document('v18-sn-negative-01', 'snippet', 'Regn og vind i dag, Finkelstein positiv.'),
    document(
      'v18-doc-journalnotat-01',
      'journalnotat',
      'Pasient [[PERSON:Halima Nur]], [[AGE:61 år]], kom med taxi.',
    ),
  ],
  clean: [{ id: 'v18-clean', text: 'Natrium 139 etter Addex. Fortsetter med Eliquis.' }],
};

/** Finds the own set's person; in v18 only "Kvernbakken 4", "Finkelstein" and "Eliquis". */
const partial: Detector = (text) =>
  [...text.matchAll(/Sunniva Rød|Kvernbakken 4|Finkelstein|Eliquis/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    type: match[0] === 'Kvernbakken 4' ? 'ADDRESS' : 'PERSON',
  }));

describe('later held-out sets in the deid report', () => {
  const report = runEvaluation(
    {
      own,
      shared: [],
      clean: [],
      laterHeldout: new Map([
        ['v17', heldoutV17],
        ['v18', heldoutV18],
      ]),
    },
    partial,
  );

  it('scores each set on its own, per snippet category and on its clean texts', () => {
    expect(report.laterHeldout.get('v18')?.result.overall.gold).toBe(5);
    expect(report.laterHeldout.get('v18')?.result.overall.found).toBe(1);
    expect(report.laterHeldout.get('v18')?.snippets.overall.gold).toBe(3);
    expect(report.laterHeldout.get('v18')?.categories).toEqual([
      { category: 'street', documents: 2, gold: 3, protected: 1, falsePositives: 0 },
      { category: 'negative', documents: 1, gold: 0, protected: 0, falsePositives: 1 },
    ]);
    expect(report.laterHeldout.get('v18')?.clean.falsePositives).toHaveLength(1);
    // v17 is scored apart: its phone number is not found, and v18 does not change it.
    expect(report.laterHeldout.get('v17')?.result.overall.gold).toBe(1);
    expect(report.laterHeldout.get('v17')?.result.overall.found).toBe(0);
  });

  it('leaves the overall result to the gated sets', () => {
    expect(report.passed).toBe(runEvaluation({ own, shared: [], clean: [] }, partial).passed);
  });

  it('prints each set in the given order with counts only, never a held-out text', () => {
    const printed = formatReport(report, { errors: true });
    expect(printed).toContain(
      'Held-out set v18 (eval/deid/heldout-v18, gated in later-heldout-gates.test.ts)',
    );
    expect(printed).toContain(
      'Held-out set v18, clean corpus (eval/deid/heldout-v18-clean): 1 texts',
    );
    expect(printed.indexOf('Held-out set v18 (')).toBeGreaterThan(
      printed.indexOf('Held-out set v17 ('),
    );
    for (const secret of [
      'Lyngåsen',
      'Tormod',
      'Halima Nur',
      'Kvernbakken',
      'Finkelstein',
      'Eliquis',
    ])
      expect(printed).not.toContain(secret);
  });
});
