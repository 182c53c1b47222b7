import { describe, expect, it } from 'vitest';

import type { EvalDocument } from './eval-document.js';
import { formatReport } from './format-report.js';
import { parseMarkup } from './markup.js';
import type { Detector } from './run-evaluation.js';
import { runEvaluation } from './run-evaluation.js';

function document(id: string, kind: EvalDocument['kind'], source: string): EvalDocument {
  return { id, kind, ...parseMarkup(source) };
}

const own = [document('jn-01', 'journalnotat', 'Kontroll hos [[PERSON:Hallvard Rud]] på fredag.')];
const heldoutV11 = {
  documents: [document('v11-sn-phone-01', 'snippet', 'Ring [[PHONE:917 20 455]] i kveld.')],
  clean: [],
};
const heldoutV12 = {
  documents: [
    document(
      'v12-sn-street-01',
      'snippet',
      'Adressen er [[ADDRESS:Myrholtet 6]], sier [[PERSON:Tordis]].',
    ),
    document('v12-sn-street-02', 'snippet', 'Hun bor i [[ADDRESS:Skjærbrynet 2]].'),
    document('v12-sn-negative-01', 'snippet', 'Bjørk og or i mai, Tinel positiv.'),
    document(
      'v12-doc-lar-01',
      'journalnotat',
      'Samtale med [[PERSON:Ingolf Rise]], [[AGE:52 år]].',
    ),
  ],
  clean: [{ id: 'v12-clean', text: 'Natrium 139 etter Burinex. Fortsetter med Eliquis.' }],
};

/** Finds the own set's person; in v12 only "Myrholtet 6", "Tinel" and "Eliquis". */
const partial: Detector = (text) =>
  [...text.matchAll(/Hallvard Rud|Myrholtet 6|Tinel|Eliquis/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    type: match[0] === 'Myrholtet 6' ? 'ADDRESS' : 'PERSON',
  }));

describe('held-out set v12 in the deid report', () => {
  const report = runEvaluation({ own, shared: [], clean: [], heldoutV11, heldoutV12 }, partial);

  it('scores the v12 set on its own, per snippet category and on its clean texts', () => {
    expect(report.heldoutV12?.result.overall.gold).toBe(5);
    expect(report.heldoutV12?.snippets.overall.gold).toBe(3);
    expect(report.heldoutV12?.categories).toEqual([
      { category: 'street', documents: 2, gold: 3, protected: 1, falsePositives: 0 },
      { category: 'negative', documents: 1, gold: 0, protected: 0, falsePositives: 1 },
    ]);
    expect(report.heldoutV12?.clean.falsePositives).toHaveLength(1);
    // v11 is scored apart: its phone number is not found, and v12 does not change it.
    expect(report.heldoutV11?.result.overall.gold).toBe(1);
    expect(report.heldoutV11?.result.overall.found).toBe(0);
  });

  it('leaves the overall result to the gated sets', () => {
    expect(report.passed).toBe(runEvaluation({ own, shared: [], clean: [] }, partial).passed);
  });

  it('prints the v12 block after v11 with counts only, never a held-out text', () => {
    const printed = formatReport(report, { errors: true });
    expect(printed).toContain(
      'Held-out set v12 (eval/deid/heldout-v12, gated in heldout-v12-gate.test.ts)',
    );
    expect(printed).toContain(
      'Held-out set v12, clean corpus (eval/deid/heldout-v12-clean): 1 texts',
    );
    expect(printed.indexOf('Held-out set v12 (')).toBeGreaterThan(
      printed.indexOf('Held-out set v11 ('),
    );
    for (const secret of ['Myrholtet', 'Tordis', 'Ingolf Rise', 'Skjærbrynet', 'Tinel', 'Eliquis'])
      expect(printed).not.toContain(secret);
  });
});
