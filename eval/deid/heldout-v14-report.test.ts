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
const heldoutV13 = {
  documents: [document('v13-sn-phone-01', 'snippet', 'Ring [[PHONE:915 40 228]] i kveld.')],
  clean: [],
};
const heldoutV14 = {
  documents: [
    document(
      'v14-sn-street-01',
      'snippet',
      'Han bor i [[ADDRESS:Lyngbakken 9]], sier [[PERSON:Oddvar]].',
    ),
    document('v14-sn-street-02', 'snippet', 'Flyttet til [[ADDRESS:Teglverksbakken 3]].'),
    document('v14-sn-negative-01', 'snippet', 'Snø og sludd i januar, Phalen positiv.'),
    document(
      'v14-doc-ambulanse-01',
      'journalnotat',
      'Pasient [[PERSON:Ragnhild Sæther]], [[AGE:79 år]], hentet på hytta.',
    ),
  ],
  clean: [{ id: 'v14-clean', text: 'Natrium 138 etter Spironolakton. Fortsetter med Pradaxa.' }],
};

/** Finds the own set's person; in v14 only "Teglverksbakken 3", "Phalen" and "Pradaxa". */
const partial: Detector = (text) =>
  [...text.matchAll(/Torunn Aksnes|Teglverksbakken 3|Phalen|Pradaxa/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    type: match[0] === 'Teglverksbakken 3' ? 'ADDRESS' : 'PERSON',
  }));

describe('held-out set v14 in the deid report', () => {
  const report = runEvaluation({ own, shared: [], clean: [], heldoutV13, heldoutV14 }, partial);

  it('scores the v14 set on its own, per snippet category and on its clean texts', () => {
    expect(report.heldoutV14?.result.overall.gold).toBe(5);
    expect(report.heldoutV14?.snippets.overall.gold).toBe(3);
    expect(report.heldoutV14?.categories).toEqual([
      { category: 'street', documents: 2, gold: 3, protected: 1, falsePositives: 0 },
      { category: 'negative', documents: 1, gold: 0, protected: 0, falsePositives: 1 },
    ]);
    expect(report.heldoutV14?.clean.falsePositives).toHaveLength(1);
    // v13 is scored apart: its phone number is not found, and v14 does not change it.
    expect(report.heldoutV13?.result.overall.gold).toBe(1);
    expect(report.heldoutV13?.result.overall.found).toBe(0);
  });

  it('leaves the overall result to the gated sets', () => {
    expect(report.passed).toBe(runEvaluation({ own, shared: [], clean: [] }, partial).passed);
  });

  it('prints the v14 block after v13 with counts only, never a held-out text', () => {
    const printed = formatReport(report, { errors: true });
    expect(printed).toContain(
      'Held-out set v14 (eval/deid/heldout-v14, gated in heldout-v14-gate.test.ts)',
    );
    expect(printed).toContain(
      'Held-out set v14, clean corpus (eval/deid/heldout-v14-clean): 1 texts',
    );
    expect(printed.indexOf('Held-out set v14 (')).toBeGreaterThan(
      printed.indexOf('Held-out set v13 ('),
    );
    for (const secret of [
      'Lyngbakken',
      'Oddvar',
      'Ragnhild Sæther',
      'Teglverksbakken',
      'Phalen',
      'Pradaxa',
    ])
      expect(printed).not.toContain(secret);
  });
});
