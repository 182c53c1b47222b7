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
const heldoutV10 = {
  documents: [document('v10-sn-phone-01', 'snippet', 'Ring [[PHONE:917 20 455]] i kveld.')],
  clean: [],
};
const heldoutV11 = {
  documents: [
    document(
      'v11-sn-farm-01',
      'snippet',
      'Bor på [[LOCATION:Nordre Grøtte]] sammen med [[PERSON:Vebjørn]].',
    ),
    document('v11-sn-farm-02', 'snippet', 'Kyrne står på [[LOCATION:Øvre Lien]].'),
    document('v11-sn-negative-01', 'snippet', 'Storm og regn, Dupuytren i begge hender.'),
    document(
      'v11-doc-tannlege-01',
      'journalnotat',
      'Undersøkt [[PERSON:Gunnvor Lia]], [[AGE:93 år]].',
    ),
  ],
  clean: [{ id: 'v11-clean', text: 'Kalium 3,2 etter Furix. Fortsetter med Selo-Zok.' }],
};

/** Finds the own set's person; in v11 only "Nordre Grøtte", "Dupuytren" and "Selo-Zok". */
const partial: Detector = (text) =>
  [...text.matchAll(/Hallvard Rud|Nordre Grøtte|Dupuytren|Selo-Zok/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    type: match[0] === 'Nordre Grøtte' ? 'LOCATION' : 'PERSON',
  }));

describe('held-out set v11 in the deid report', () => {
  const report = runEvaluation({ own, shared: [], clean: [], heldoutV10, heldoutV11 }, partial);

  it('scores the v11 set on its own, per snippet category and on its clean texts', () => {
    expect(report.heldoutV11?.result.overall.gold).toBe(5);
    expect(report.heldoutV11?.snippets.overall.gold).toBe(3);
    expect(report.heldoutV11?.categories).toEqual([
      { category: 'farm', documents: 2, gold: 3, protected: 1, falsePositives: 0 },
      { category: 'negative', documents: 1, gold: 0, protected: 0, falsePositives: 1 },
    ]);
    expect(report.heldoutV11?.clean.falsePositives).toHaveLength(1);
    // v10 is scored apart: its phone number is not found, and v11 does not change it.
    expect(report.heldoutV10?.result.overall.gold).toBe(1);
    expect(report.heldoutV10?.result.overall.found).toBe(0);
  });

  it('leaves the overall result to the gated sets', () => {
    expect(report.passed).toBe(runEvaluation({ own, shared: [], clean: [] }, partial).passed);
  });

  it('prints the v11 block with counts only, never a held-out text', () => {
    const printed = formatReport(report, { errors: true });
    expect(printed).toContain(
      'Held-out set v11 (eval/deid/heldout-v11, gated in heldout-v11-gate.test.ts)',
    );
    expect(printed).toContain(
      'Held-out set v11, clean corpus (eval/deid/heldout-v11-clean): 1 texts',
    );
    for (const secret of [
      'Nordre Grøtte',
      'Vebjørn',
      'Gunnvor Lia',
      'Øvre Lien',
      'Dupuytren',
      'Selo-Zok',
    ])
      expect(printed).not.toContain(secret);
  });
});
