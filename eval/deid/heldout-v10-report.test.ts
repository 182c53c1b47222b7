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
const heldoutV9 = {
  documents: [document('v9-sn-email-01', 'snippet', 'Skriv til [[EMAIL:eva.lund@mail.no]].')],
  clean: [],
};
const heldoutV10 = {
  documents: [
    document(
      'v10-sn-place-01',
      'snippet',
      'Hytte på [[LOCATION:Gaustablikk]] med [[PERSON:Eldrid]].',
    ),
    document('v10-sn-place-02', 'snippet', 'Falt ved [[LOCATION:Kvitåvatn]] i går.'),
    document('v10-sn-negative-01', 'snippet', 'Vind og Lhermitte ved nakkefleksjon.'),
    document(
      'v10-doc-hjemmebesok-01',
      'sykepleienotat',
      'Tilsyn hos [[PERSON:Signy Bakken]], [[AGE:94 år]].',
    ),
  ],
  clean: [{ id: 'v10-clean', text: 'Natrium 131 etter tiazid. Fortsetter med Amlodipin.' }],
};

/** Finds the own set's person; in v10 only "Gaustablikk", "Lhermitte" and "Amlodipin". */
const partial: Detector = (text) =>
  [...text.matchAll(/Hallvard Rud|Gaustablikk|Lhermitte|Amlodipin/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    type: match[0] === 'Gaustablikk' ? 'LOCATION' : 'PERSON',
  }));

describe('held-out set v10 in the deid report', () => {
  const report = runEvaluation({ own, shared: [], clean: [], heldoutV9, heldoutV10 }, partial);

  it('scores the v10 set on its own, per snippet category and on its clean texts', () => {
    expect(report.heldoutV10?.result.overall.gold).toBe(5);
    expect(report.heldoutV10?.snippets.overall.gold).toBe(3);
    expect(report.heldoutV10?.categories).toEqual([
      { category: 'place', documents: 2, gold: 3, protected: 1, falsePositives: 0 },
      { category: 'negative', documents: 1, gold: 0, protected: 0, falsePositives: 1 },
    ]);
    expect(report.heldoutV10?.clean.falsePositives).toHaveLength(1);
    // v9 is scored apart: its e-mail address is not found, and v10 does not change it.
    expect(report.heldoutV9?.result.overall.gold).toBe(1);
    expect(report.heldoutV9?.result.overall.found).toBe(0);
  });

  it('leaves the overall result to the gated sets', () => {
    expect(report.passed).toBe(runEvaluation({ own, shared: [], clean: [] }, partial).passed);
  });

  it('prints the v10 block with counts only, never a held-out text', () => {
    const printed = formatReport(report, { errors: true });
    expect(printed).toContain(
      'Held-out set v10 (eval/deid/heldout-v10, gated in heldout-v10-gate.test.ts)',
    );
    expect(printed).toContain(
      'Held-out set v10, clean corpus (eval/deid/heldout-v10-clean): 1 texts',
    );
    for (const secret of [
      'Gaustablikk',
      'Eldrid',
      'Signy Bakken',
      'Kvitåvatn',
      'Lhermitte',
      'Amlodipin',
    ])
      expect(printed).not.toContain(secret);
  });
});
