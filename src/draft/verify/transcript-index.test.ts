import { describe, expect, it } from 'vitest';
import { indexOf } from './testing/shown-flags.js';

describe('the transcript index: where each word was said, and about whom', () => {
  const index = indexOf([
    ['lege', 'Har du hatt feber?'],
    ['pasient', 'Ja, feber i tre dager. Mor hadde også feber.'],
    ['lege', 'Da måler vi temperaturen nå.'],
  ]);
  const [question, answer, relative] = index.units;
  // The keys the question's "feber" was read under (its stem and its concept).
  const feverKeys = question?.claims.keys[3] ?? [];

  it('finds "feber" in every sentence that said it, at the word itself', () => {
    expect(feverKeys.length).toBeGreaterThan(0);
    for (const key of feverKeys) {
      const said = index.occurrencesOf(key);
      expect(said.map((occurrence) => occurrence.unit)).toEqual([0, 1, 2]);
      expect(said.map((occurrence) => occurrence.token)).toEqual([3, 1, 3]);
      const inAnswer = said[1];
      expect(inAnswer?.start).toBe(answer?.tokens[1]?.start);
      expect(inAnswer?.end).toBe(answer?.tokens[1]?.end);
      expect(relative?.tokens[said[2]?.token ?? -1]?.folded).toBe('feber');
    }
  });

  it("keeps the mother's fever apart from the patient's", () => {
    for (const key of feverKeys) {
      const said = index.occurrencesOf(key);
      expect(said.map((occurrence) => occurrence.aboutOther)).toEqual([false, false, true]);
      expect(index.unitsMentioning(key)).toEqual({ patient: [0, 1], other: [2], advised: [] });
    }
  });

  it('finds nothing for a word never said, and answers the same when asked again', () => {
    expect(index.unitsMentioning('host')).toEqual({ patient: [], other: [], advised: [] });
    expect(index.occurrencesOf('host')).toEqual([]);
    const key = feverKeys[0] ?? '';
    expect(index.occurrencesOf(key)).toBe(index.occurrencesOf(key));
  });
});

describe('the transcript index: where a finding was said present or absent', () => {
  const index = indexOf([
    ['lege', 'Har du feber?'],
    ['pasient', 'Nei, ingen feber.'],
    ['pasient', 'Men i går hadde jeg feber.'],
    ['lege', 'Greit.'],
  ]);
  const feverKey = index.units[1]?.claims.findingKey.find((key) => key !== undefined) ?? '';

  it('counts the denial and the later statement in their own sentences only', () => {
    expect(feverKey).not.toBe('');
    expect(index.polarityIn(feverKey, [1])).toEqual({ present: 0, absent: 1 });
    expect(index.polarityIn(feverKey, [2])).toEqual({ present: 1, absent: 0 });
    expect(index.polarityIn(feverKey, [1, 2, 3])).toEqual({ present: 1, absent: 1 });
    expect(index.polarityIn(feverKey, [3])).toEqual({ present: 0, absent: 0 });
  });

  it('agrees with the whole conversation, and knows nothing of a finding never said', () => {
    expect(index.polarityEverywhere(feverKey)).toEqual(index.polarityIn(feverKey, [0, 1, 2, 3]));
    expect(index.polarityIn('c999999', [0, 1, 2, 3])).toEqual({ present: 0, absent: 0 });
  });

  it('lists the sentences that state the finding, and no others', () => {
    const counted = index.units.flatMap((_unit, unit) => {
      const { present, absent } = index.polarityIn(feverKey, [unit]);
      return present + absent > 0 ? [unit] : [];
    });
    expect(counted.length).toBeGreaterThan(1);
    expect(index.unitsStating(feverKey)).toEqual(counted);
    expect(index.unitsStating('c999999')).toEqual([]);
  });
});

describe('the transcript index: what is read once per turn or per word', () => {
  it('reads every question of an unpunctuated turn as answered by the no that follows it', () => {
    const index = indexOf([
      ['lege', 'Noe nummenhet i beina. Noe prikking i fingrene'],
      ['pasient', 'Nei.'],
    ]);
    expect(index.units.map((unit) => unit.isQuestion)).toEqual([true, true, false]);
  });

  it('reads the same words as statements when nobody answers yes or no', () => {
    const index = indexOf([
      ['lege', 'Noe nummenhet i beina. Noe prikking i fingrene'],
      ['pasient', 'Det vet jeg ikke.'],
    ]);
    expect(index.units.map((unit) => unit.isQuestion)).toEqual([false, false, false]);
  });

  it('counts a repeated dialect or hyphenated word as said in every spelling and part', () => {
    const once = indexOf([['pasient', 'Augebotnen er sår. ST-hevning sa legen.']]);
    const twice = indexOf([
      ['pasient', 'Augebotnen er sår. ST-hevning sa legen.'],
      ['pasient', 'Augebotnen er fortsatt sår, og ST-hevning igjen.'],
    ]);
    for (const word of ['augebotnen', 'oyebunnen', 'st-hevning', 'st', 'hevning'])
      expect([word, once.words.has(word), twice.words.has(word)]).toEqual([word, true, true]);
    expect([...once.words].every((word) => twice.words.has(word))).toBe(true);
  });
});
