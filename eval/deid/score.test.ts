import { describe, expect, it } from 'vitest';

import type { Annotation } from './eval-document.js';
import type { PredictedSpan, ScoredDocument } from './score.js';
import {
  checkTargets,
  countWords,
  coverageMask,
  evaluate,
  evaluateClean,
  isFullyCovered,
  overlaps,
  uncoveredText,
} from './score.js';

const text = 'Kari Nordmann ringte fra 912 34 567 den 3. mars om Paracet.';
const gold: Annotation[] = [
  { start: 0, end: 13, type: 'PERSON', text: 'Kari Nordmann' },
  { start: 25, end: 35, type: 'PHONE', text: '912 34 567' },
  { start: 40, end: 47, type: 'DATE', text: '3. mars' },
];

function document(
  predicted: readonly PredictedSpan[],
  goldAnnotations: readonly Annotation[] = gold,
): ScoredDocument {
  return { id: 'doc', text, gold: goldAnnotations, predicted };
}

describe('evaluate', () => {
  it('uses gold offsets that match the text (fixture check)', () => {
    for (const annotation of gold)
      expect(text.slice(annotation.start, annotation.end)).toBe(annotation.text);
  });

  it('gives a perfect detector precision, recall and F1 of 1 for every type', () => {
    const result = evaluate([document(gold)]);
    expect(result.overall).toMatchObject({ precision: 1, recall: 1, f1: 1, gold: 3, found: 3 });
    for (const scores of result.byType.values()) expect(scores.f1).toBe(1);
    expect(result.directRecall).toBe(1);
    expect(result.misses).toEqual([]);
    expect(result.falsePositives).toEqual([]);
  });

  it('gives a detector that finds nothing recall 0 and lists every mention as missed', () => {
    const result = evaluate([document([])]);
    expect(result.overall.recall).toBe(0);
    expect(result.anyIdentifier.recall).toBe(0);
    expect(result.directRecall).toBe(0);
    expect(result.misses.map((miss) => miss.gold.text)).toEqual([
      'Kari Nordmann',
      '912 34 567',
      '3. mars',
    ]);
  });

  it('counts a detected span that only partly overlaps the gold mention as found', () => {
    const result = evaluate([document([{ start: 5, end: 13, type: 'PERSON' }])]);
    expect(result.byType.get('PERSON')).toMatchObject({
      gold: 1,
      found: 1,
      predicted: 1,
      correct: 1,
    });
  });

  it('does not count a span that ends exactly where the mention starts', () => {
    expect(overlaps({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(false);
    const result = evaluate([document([{ start: 20, end: 25, type: 'PHONE' }])]);
    expect(result.byType.get('PHONE')).toMatchObject({ found: 0, correct: 0, predicted: 1 });
    expect(result.falsePositives).toHaveLength(1);
  });

  it('counts a mislabelled catch for any-identifier recall but not for the type', () => {
    const result = evaluate([document([{ start: 25, end: 35, type: 'ID' }])]);
    expect(result.byType.get('PHONE')?.recall).toBe(0);
    expect(result.byType.get('ID')).toMatchObject({
      gold: 0,
      predicted: 1,
      correct: 0,
      precision: 0,
    });
    expect(result.anyIdentifier).toMatchObject({ found: 1, correct: 1 });
    expect(result.directRecall).toBe(0);
    expect(result.directAnyRecall).toBe(0.5);
    expect(
      result.misses.find((miss) => miss.gold.type === 'PHONE')?.overlappingOtherType,
    ).toHaveLength(1);
  });

  it('counts per type: two gold mentions caught by one long span are both found, the span once', () => {
    const twoNames: Annotation[] = [
      { start: 0, end: 4, type: 'PERSON', text: 'Kari' },
      { start: 5, end: 13, type: 'PERSON', text: 'Nordmann' },
    ];
    const result = evaluate([document([{ start: 0, end: 13, type: 'PERSON' }], twoNames)]);
    expect(result.byType.get('PERSON')).toMatchObject({
      gold: 2,
      found: 2,
      predicted: 1,
      correct: 1,
    });
  });

  it('computes precision over detected spans and F1 as their harmonic mean', () => {
    const result = evaluate([
      document([
        { start: 0, end: 13, type: 'PERSON' },
        { start: 51, end: 58, type: 'PERSON' },
      ]),
    ]);
    const person = result.byType.get('PERSON');
    expect(person).toMatchObject({
      gold: 1,
      found: 1,
      predicted: 2,
      correct: 1,
      precision: 0.5,
      recall: 1,
    });
    expect(person?.f1).toBeCloseTo(2 / 3, 10);
    expect(result.overall).toMatchObject({ gold: 3, found: 1, predicted: 2, correct: 1 });
    expect(result.falsePositives.map((falsePositive) => falsePositive.text)).toEqual(['Paracet']);
  });

  it('reports the direct identifier recall over PERSON, ID, PHONE, EMAIL and ADDRESS only', () => {
    const result = evaluate([document([{ start: 0, end: 13, type: 'PERSON' }])]);
    expect(result.directGold).toBe(2);
    expect(result.directRecall).toBe(0.5);
  });
});

describe('evaluateClean', () => {
  it('reports every detection on identifier-free text as a false positive per 1,000 words', () => {
    const cleanText = Array.from({ length: 500 }, () => 'ord').join(' ');
    const result = evaluateClean([
      { id: 'clean', text: cleanText, predicted: [{ start: 0, end: 3, type: 'PERSON' }] },
    ]);
    expect(result.words).toBe(500);
    expect(result.falsePositivesPer1000Words).toBe(2);
  });
});

describe('countWords', () => {
  it('counts tokens holding a letter or digit and skips lone punctuation', () => {
    expect(countWords('BT 128/76 – puls 96 .  Går bra.')).toBe(6);
  });
});

describe('checkTargets', () => {
  it('fails the direct recall target when one direct identifier in two is missed', () => {
    const checks = checkTargets(
      evaluate([document([{ start: 0, end: 13, type: 'PERSON' }, ...gold.slice(2)])]),
    );
    expect(checks.map((check) => [check.name, check.passed])).toEqual([
      ['recall, direct identifiers', false],
      ['recall, all identifiers', false],
      ['precision, all identifiers', true],
      ['protected recall (full coverage), direct identifiers', false],
      ['protected recall (full coverage), all identifiers', false],
    ]);
  });

  it('fails the full-coverage targets for a detector that catches only the middle surname of a three-part name', () => {
    const nameText = 'Hei. Tone Rønning Haug ringte i dag.';
    const threePart: Annotation[] = [
      { start: 5, end: 22, type: 'PERSON', text: 'Tone Rønning Haug' },
    ];
    const middleOnly = evaluate([
      {
        id: 'three',
        text: nameText,
        gold: threePart,
        predicted: [{ start: 10, end: 17, type: 'PERSON' }],
      },
    ]);
    // Overlap matching calls this a catch…
    expect(middleOnly.directRecall).toBe(1);
    // …but "Tone" and "Haug" reach the model, so the mention is not protected.
    expect(middleOnly.directProtectedRecall).toBe(0);
    expect(middleOnly.protectedRecall).toBe(0);
    expect(middleOnly.partialLeaks.map((leak) => leak.uncovered)).toEqual(['Tone Haug']);
    const failed = checkTargets(middleOnly)
      .filter((check) => !check.passed)
      .map((check) => check.name);
    expect(failed).toEqual([
      'protected recall (full coverage), direct identifiers',
      'protected recall (full coverage), all identifiers',
    ]);
  });
});

describe('full coverage', () => {
  const nameText = 'Hei. Tone Rønning Haug ringte i dag.';
  const mention = { start: 5, end: 22 };

  it('counts a mention covered by several spans of any type, with spaces between them uncovered', () => {
    expect(
      isFullyCovered(nameText, mention, [
        { start: 5, end: 9 },
        { start: 10, end: 17 },
        { start: 18, end: 22 },
      ]),
    ).toBe(true);
    const result = evaluate([
      {
        id: 'split',
        text: nameText,
        gold: [{ ...mention, type: 'PERSON', text: 'Tone Rønning Haug' }],
        predicted: [
          { start: 5, end: 9, type: 'PERSON' },
          { start: 10, end: 22, type: 'LOCATION' },
        ],
      },
    ]);
    expect(result.protectedRecall).toBe(1);
    expect(result.partialLeaks).toEqual([]);
  });

  it('does not count a mention with one letter outside every span', () => {
    expect(isFullyCovered(nameText, mention, [{ start: 6, end: 22 }])).toBe(false);
    expect(
      uncoveredText(nameText, coverageMask(nameText.length, [{ start: 6, end: 22 }]), 5, 22),
    ).toBe('T');
  });

  it('gives a perfect detector full coverage and lists a missed mention as a miss, not a partial leak', () => {
    expect(evaluate([document(gold)]).protectedRecall).toBe(1);
    const none = evaluate([document([])]);
    expect(none.protectedRecall).toBe(0);
    expect(none.partialLeaks).toEqual([]);
  });
});
