import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';
import { cardinalOf, ordinalOf, WordRecord, wordPredicate } from './word-record.js';

describe('word records', () => {
  const records = new Map<string, WordRecord>();
  const recordOf = (lower: string): WordRecord => {
    let record = records.get(lower);
    if (record === undefined) {
      record = new WordRecord(lower);
      records.set(lower, record);
    }
    return record;
  };

  it('gives every token of one word form, in any case and any line, the same record', () => {
    const first = tokenize('Solbakken ligger ved solbakken.', recordOf);
    const second = tokenize('SOLBAKKEN 12', recordOf);
    expect(first[0]?.record).toBe(first[3]?.record);
    expect(second[0]?.record).toBe(first[0]?.record);
    expect(second[1]?.record).toBeUndefined(); // numbers have none
  });

  it('answers a word predicate once per distinct word, and the same as the test itself', () => {
    const asked: string[] = [];
    const endsInVeien = wordPredicate((lower) => {
      asked.push(lower);
      return lower.endsWith('veien');
    });
    const tokens = tokenize('Fjellveien, fjellveien og Fjellveien ved Torget', recordOf);
    const answers = tokens.filter((token) => token.kind === 'word').map(endsInVeien);
    expect(answers).toEqual([true, true, false, true, false, false]);
    expect(asked).toEqual(['fjellveien', 'og', 'ved', 'torget']);
    // Without records (plain tokenize) the test is asked every time, with the same answers.
    expect(tokenize('Fjellveien og').map(endsInVeien)).toEqual([true, false]);
  });

  it('reads spoken numbers from the record: cardinals and day ordinals', () => {
    const [twentyFive, twentieth, word, number] = tokenize('tjuefem tjuende pasient 25', recordOf);
    expect(cardinalOf(twentyFive)).toBe(25);
    expect(ordinalOf(twentieth)).toBe(20);
    expect(cardinalOf(word)).toBeUndefined();
    expect(cardinalOf(number)).toBeUndefined();
    expect(cardinalOf(undefined)).toBeUndefined();
    expect(cardinalOf(tokenize('nittini')[0])).toBe(99);
  });
});
