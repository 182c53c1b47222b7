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
const heldoutV8 = {
  documents: [document('v8-sn-phone-01', 'snippet', 'Ring [[PHONE:455 10 229]] før lunsj.')],
  clean: [],
};
const heldoutV9 = {
  documents: [
    document('v9-sn-farm-01', 'snippet', 'Bur på [[LOCATION:Søre Vik]] med [[PERSON:Gudrun]].'),
    document('v9-sn-farm-02', 'snippet', 'Garden [[LOCATION:Nedre Lid]] ligg høgt.'),
    document('v9-sn-negative-01', 'snippet', 'Frost på ruta og Tietze i brystet.'),
    document(
      'v9-doc-heimesjukepleie-01',
      'sykepleienotat',
      'Morgonstell for [[PERSON:Olga Ryg]], [[AGE:95 år]].',
    ),
  ],
  clean: [{ id: 'v9-clean', text: 'Kalium 3,2 etter diuretika. Held fram med Spironolakton.' }],
};

/** Finds the own set's person; in v9 only "Søre Vik", "Frost" and "Spironolakton". */
const partial: Detector = (text) =>
  [...text.matchAll(/Birgit Ness|Søre Vik|Frost|Spironolakton/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    type: match[0] === 'Søre Vik' ? 'LOCATION' : 'PERSON',
  }));

describe('held-out set v9 in the deid report', () => {
  const report = runEvaluation({ own, shared: [], clean: [], heldoutV8, heldoutV9 }, partial);

  it('scores the v9 set on its own, per snippet category and on its clean texts', () => {
    expect(report.heldoutV9?.result.overall.gold).toBe(5);
    expect(report.heldoutV9?.snippets.overall.gold).toBe(3);
    expect(report.heldoutV9?.categories).toEqual([
      { category: 'farm', documents: 2, gold: 3, protected: 1, falsePositives: 0 },
      { category: 'negative', documents: 1, gold: 0, protected: 0, falsePositives: 1 },
    ]);
    expect(report.heldoutV9?.clean.falsePositives).toHaveLength(1);
    // v8 is scored apart: its phone number is not found, and v9 does not change it.
    expect(report.heldoutV8?.result.overall.gold).toBe(1);
    expect(report.heldoutV8?.result.overall.found).toBe(0);
  });

  it('leaves the overall result to the gated sets', () => {
    expect(report.passed).toBe(runEvaluation({ own, shared: [], clean: [] }, partial).passed);
  });

  it('prints the v9 block with counts only, never a held-out text', () => {
    const printed = formatReport(report, { errors: true });
    expect(printed).toContain(
      'Held-out set v9 (eval/deid/heldout-v9, gated in heldout-v9-gate.test.ts)',
    );
    expect(printed).toContain(
      'Held-out set v9, clean corpus (eval/deid/heldout-v9-clean): 1 texts',
    );
    for (const secret of ['Søre Vik', 'Gudrun', 'Olga Ryg', 'Nedre Lid', 'Tietze', 'Spironolakton'])
      expect(printed).not.toContain(secret);
  });
});
