import { describe, expect, it } from 'vitest';
import {
  groupEvidenceBySegment,
  locateSentences,
  nextInCycle,
  normalizeRanges,
  sentenceIndexAt,
  splitHighlighted,
} from './evidence.js';

describe('splitHighlighted', () => {
  it('marks exactly the evidence span and keeps the text intact', () => {
    const text = 'Jeg har hatt vondt i halsen i tre dager.';
    const pieces = splitHighlighted(text, [{ start: 13, end: 28 }]);
    expect(pieces.filter((piece) => piece.highlighted).map((piece) => piece.text)).toEqual([
      'vondt i halsen ',
    ]);
    expect(pieces.map((piece) => piece.text).join('')).toBe(text);
  });

  it('merges overlapping spans and ignores spans outside the text', () => {
    const pieces = splitHighlighted('abcdefghij', [
      { start: 2, end: 5 },
      { start: 4, end: 7 },
      { start: 40, end: 50 },
    ]);
    expect(pieces).toEqual([
      { text: 'ab', highlighted: false },
      { text: 'cdefg', highlighted: true },
      { text: 'hij', highlighted: false },
    ]);
  });

  it('returns the whole text unmarked when there is no evidence', () => {
    expect(splitHighlighted('Hei', [])).toEqual([{ text: 'Hei', highlighted: false }]);
  });
});

describe('normalizeRanges', () => {
  it('clamps to the text, swaps reversed ends and drops empty ranges', () => {
    expect(
      normalizeRanges(
        [
          { start: 8, end: 3 },
          { start: 5, end: 5 },
          { start: -3, end: 1 },
        ],
        6,
      ),
    ).toEqual([
      { start: 0, end: 1 },
      { start: 3, end: 6 },
    ]);
  });
});

describe('groupEvidenceBySegment', () => {
  it('groups spans by transcript segment and drops spans pointing past the transcript', () => {
    const grouped = groupEvidenceBySegment(
      [
        { segment: 2, start: 0, end: 4 },
        { segment: 0, start: 1, end: 3 },
        { segment: 2, start: 8, end: 9 },
        { segment: 7, start: 0, end: 2 },
      ],
      3,
    );
    expect([...grouped.keys()].sort()).toEqual([0, 2]);
    expect(grouped.get(2)).toEqual([
      { start: 0, end: 4 },
      { start: 8, end: 9 },
    ]);
  });
});

describe('locateSentences and sentenceIndexAt', () => {
  const sentences = [
    { text: 'Sår hals i tre dager.' },
    { text: 'Ingen feber.' },
    { text: 'Tåler penicillin.' },
  ];

  it('finds each drafted sentence in the section text and the sentence under the caret', () => {
    const text = 'Sår hals i tre dager. Ingen feber. Tåler penicillin.';
    const located = locateSentences(text, sentences);
    expect(located[1]).toEqual({ start: 22, end: 34 });
    expect(sentenceIndexAt(located, 25)).toBe(1);
    expect(sentenceIndexAt(located, 0)).toBe(0);
  });

  it('stops linking a sentence once the clinician has rewritten it', () => {
    const text = 'Sår hals i tre dager. Feber til 39. Tåler penicillin.';
    const located = locateSentences(text, sentences);
    expect(located[1]).toBeUndefined();
    expect(sentenceIndexAt(located, 25)).toBeUndefined();
    expect(sentenceIndexAt(located, text.length - 3)).toBe(2);
  });

  it('counts a caret right after a sentence as being in it', () => {
    const text = 'Ingen feber.';
    expect(sentenceIndexAt(locateSentences(text, [{ text: 'Ingen feber.' }]), text.length)).toBe(0);
  });

  it('finds repeated sentences in order', () => {
    const located = locateSentences('Ok. Ok.', [{ text: 'Ok.' }, { text: 'Ok.' }]);
    expect(located).toEqual([
      { start: 0, end: 3 },
      { start: 4, end: 7 },
    ]);
  });
});

describe('nextInCycle', () => {
  it('starts at the first, moves on and wraps around', () => {
    expect(nextInCycle(3, undefined)).toBe(0);
    expect(nextInCycle(3, 0)).toBe(1);
    expect(nextInCycle(3, 2)).toBe(0);
    expect(nextInCycle(0, undefined)).toBeUndefined();
  });
});
