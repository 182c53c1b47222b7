import { describe, expect, it } from 'vitest';

import type { EvalDocument } from './eval-document.js';
import { formatReport } from './format-report.js';
import { parseMarkup } from './markup.js';
import type { Detector } from './run-evaluation.js';
import { runEvaluation } from './run-evaluation.js';

function document(id: string, kind: EvalDocument['kind'], source: string): EvalDocument {
  return { id, kind, ...parseMarkup(source) };
}

const own = [document('jn-01', 'journalnotat', 'Time hos [[PERSON:Birgit Ness]] i morgen.')];
const heldoutV7 = {
  documents: [document('v7-sn-phone-01', 'snippet', 'Ring [[PHONE:455 10 229]] før lunsj.')],
  clean: [],
};
const heldoutV8 = {
  documents: [
    document('v8-sn-other-01', 'snippet', 'Scooter [[OTHER:DK 4410]], eier [[PERSON:Halima]].'),
    document('v8-sn-other-02', 'snippet', 'Sjark [[OTHER:F-77-BD]] ved kaia.'),
    document('v8-sn-negative-01', 'snippet', 'Rim på ruta og Raynaud i fingrene.'),
    document(
      'v8-doc-sykehjem-01',
      'sykepleienotat',
      'Kveldsstell for [[PERSON:Per Aas]], [[AGE:97 år]].',
    ),
  ],
  clean: [{ id: 'v8-clean', text: 'Natrium 131 etter diuretika. Fortsetter Burinex.' }],
};

/** Finds the own set's person; in v8 only "DK 4410", "Rim" and "Burinex". */
const partial: Detector = (text) =>
  [...text.matchAll(/Birgit Ness|DK 4410|Rim|Burinex/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    type: match[0] === 'DK 4410' ? 'OTHER' : 'PERSON',
  }));

describe('held-out set v8 in the deid report', () => {
  const report = runEvaluation({ own, shared: [], clean: [], heldoutV7, heldoutV8 }, partial);

  it('scores the v8 set on its own, per snippet category and on its clean texts', () => {
    expect(report.heldoutV8?.result.overall.gold).toBe(5);
    expect(report.heldoutV8?.snippets.overall.gold).toBe(3);
    expect(report.heldoutV8?.categories).toEqual([
      { category: 'other', documents: 2, gold: 3, protected: 1, falsePositives: 0 },
      { category: 'negative', documents: 1, gold: 0, protected: 0, falsePositives: 1 },
    ]);
    expect(report.heldoutV8?.clean.falsePositives).toHaveLength(1);
    // v7 is scored apart: its phone number is not found, and v8 does not change it.
    expect(report.heldoutV7?.result.overall.gold).toBe(1);
    expect(report.heldoutV7?.result.overall.found).toBe(0);
  });

  it('leaves the overall result to the gated sets', () => {
    expect(report.passed).toBe(runEvaluation({ own, shared: [], clean: [] }, partial).passed);
  });

  it('prints the v8 block with counts only, never a held-out text', () => {
    const printed = formatReport(report, { errors: true });
    expect(printed).toContain(
      'Held-out set v8 (eval/deid/heldout-v8, gated in heldout-v8-gate.test.ts)',
    );
    expect(printed).toContain(
      'Held-out set v8, clean corpus (eval/deid/heldout-v8-clean): 1 texts',
    );
    for (const secret of ['4410', 'Halima', 'Per Aas', 'F-77-BD', 'Raynaud', 'Burinex'])
      expect(printed).not.toContain(secret);
  });
});
