import { describe, expect, it } from 'vitest';

import type { EvalDocument } from './eval-document.js';
import { formatReport } from './format-report.js';
import { parseMarkup } from './markup.js';
import type { Detector } from './run-evaluation.js';
import { describeSet, runEvaluation } from './run-evaluation.js';

function document(id: string, kind: EvalDocument['kind'], source: string): EvalDocument {
  return { id, kind, ...parseMarkup(source) };
}

const own = [
  document(
    'jn-01',
    'journalnotat',
    'Pasient [[PERSON:Kari Nordmann]], tlf. [[PHONE:912 34 567]], bruker Paracet.',
  ),
  document('tn-01', 'telefonnotat', 'Ringte [[DATE:3. mars]] fra [[LOCATION:Bodø]].'),
];
const shared = [
  document('d99-test', 'transcript', 'Lege: Hei [[PERSON:Arne]], bor du i [[LOCATION:Vik]]?'),
];
const clean = [{ id: 'clean', text: 'Pasienten bruker Paracet og Ibux. Ingen funn av betydning.' }];

/** A fake detector that knows the gold spans of every evaluated text (perfect recall and precision). */
function oracle(documents: readonly EvalDocument[]): Detector {
  return (text) => documents.find((candidate) => candidate.text === text)?.annotations ?? [];
}

/** A fake detector that takes every capitalised word for a person. */
const capitalisedWords: Detector = (text) =>
  [...text.matchAll(/\p{Lu}\p{Ll}+/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    type: 'PERSON',
    confidence: 0.4,
  }));

describe('runEvaluation', () => {
  it('passes every target and finds no false positives with a perfect detector', () => {
    const report = runEvaluation({ own, shared, clean }, oracle([...own, ...shared]));
    expect(report.passed).toBe(true);
    expect(report.own.overall.f1).toBe(1);
    expect(report.shared.overall.recall).toBe(1);
    expect(report.clean.falsePositivesPer1000Words).toBe(0);
  });

  it('fails the targets and counts false positives per 1,000 words for a crude detector', () => {
    const report = runEvaluation({ own, shared, clean }, capitalisedWords);
    expect(report.passed).toBe(false);
    expect(report.own.byType.get('PERSON')?.recall).toBe(1);
    expect(report.own.byType.get('PHONE')?.recall).toBe(0);
    // "Pasienten", "Paracet", "Ibux", "Ingen" in 9 words.
    expect(report.clean.falsePositives).toHaveLength(4);
    expect(report.clean.falsePositivesPer1000Words).toBeCloseTo((4 / 9) * 1000, 6);
  });

  it('ignores detections below the minimum confidence', () => {
    const report = runEvaluation({ own, shared, clean }, capitalisedWords, { minConfidence: 0.5 });
    expect(report.own.overall.predicted).toBe(0);
    expect(report.clean.falsePositives).toHaveLength(0);
  });

  it('passes the known patient identifiers to the detector', () => {
    const [first] = own;
    if (first === undefined) throw new Error('fixture missing');
    const withKnown: EvalDocument = {
      ...first,
      known: { name: 'Kari Nordmann', fnr: '12045743266' },
    };
    const seen: unknown[] = [];
    runEvaluation({ own: [withKnown], shared: [], clean: [] }, (_text, known) => {
      seen.push(known);
      return [];
    });
    expect(seen).toEqual([{ name: 'Kari Nordmann', fnr: '12045743266' }]);
  });

  it('holds no target against an absent shared set', () => {
    const report = runEvaluation({ own, shared: [], clean }, oracle(own));
    expect(report.sharedTargets).toEqual([]);
    expect(report.passed).toBe(true);
  });
});

describe('describeSet', () => {
  it('counts mentions per type and documents per kind', () => {
    const statistics = describeSet(own);
    expect(statistics.mentions).toBe(4);
    expect(Object.fromEntries(statistics.mentionsByType)).toEqual({
      DATE: 1,
      LOCATION: 1,
      PERSON: 1,
      PHONE: 1,
    });
    expect(statistics.byKind.get('journalnotat')).toMatchObject({ documents: 1, mentions: 2 });
  });
});

describe('formatReport', () => {
  it('prints per-type scores, the clean-corpus rate and the verdict, and lists errors only on request', () => {
    const report = runEvaluation({ own, shared, clean }, capitalisedWords);
    const plain = formatReport(report, { errors: false });
    expect(plain).toMatch(/^PHONE\s+1\s+0\s+0\.000/m);
    expect(plain).toContain('per 1,000 words');
    expect(plain).toContain('FAIL  own set: recall, direct identifiers');
    expect(plain).toContain('RESULT: FAIL');
    expect(plain).not.toContain('MISS');
    const withErrors = formatReport(report, { errors: true });
    expect(withErrors).toContain('MISS  jn-01  PHONE "912 34 567"');
    expect(withErrors).toContain('FP    clean  PERSON "Paracet"');
  });
});
