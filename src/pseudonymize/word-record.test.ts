import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from './tokenize.js';
import {
  cardinalOf,
  lineCue,
  lineCueMask,
  ordinalOf,
  WordRecord,
  wordClass,
  wordPredicate,
} from './word-record.js';

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

  it('sets a line cue exactly on the lines holding one of its words, with or without records', () => {
    const farm = lineCue(['gården', 'småbruket']);
    const comma = lineCue([',']);
    const withRecords = (text: string): number => lineCueMask(tokenize(text, recordOf));
    expect(withRecords('Hun bor på Gården Nedre Lia') & farm).toBe(farm); // any case
    expect(withRecords('Hun bor på gårdene') & farm).toBe(0); // the exact form only
    expect(withRecords('kona, Kari, ringte') & comma).toBe(comma); // punctuation too
    expect(withRecords('kona Kari ringte') & (farm | comma)).toBe(0);
    expect(lineCueMask(tokenize('småbruket, der')) & (farm | comma)).toBe(farm | comma);
    // A record made before a later cue learns that cue's bit.
    withRecords('solstua');
    const cabin = lineCue(['solstua']);
    expect(withRecords('på solstua') & cabin).toBe(cabin);
  });

  it('tells a word of a class from any other, in any case, with or without records', () => {
    const isTitle = wordClass(['doktor', 'fru'], new Set(['herr']));
    const isMonth = wordClass(['mai']);
    const tokens = tokenize('Doktor Mai og FRU herr Doktoren mai', recordOf);
    expect(tokens.map(isTitle)).toEqual([true, false, false, true, true, false, false]);
    expect(tokens.map(isMonth)).toEqual([false, true, false, false, false, false, true]);
    // Without records the same answers; a record made before a later class learns its bit.
    expect(tokenize('Doktor mai').map(isTitle)).toEqual([true, false]);
    const isLater = wordClass(['og']);
    expect(tokens.map(isLater)).toEqual([false, false, true, false, false, false, false]);
  });

  it('gives a word met again, in any case or position, the same token as a fresh tokenize', () => {
    const lines = [
      'Ærlig talt: ÆRLIG, ærlig og Ærlig. Øvre Smestad, ØVRE, øvre; Å, å!',
      'ærlig ÆRLIG Ærlig øvre ØVRE Øvre – Straße STRASSE Ἀθῆναι x-ray X-RAY Anne-Lise',
      'Dr. O’Brien møtte DR. o’brien; Anne-Lise og ANNE-LISE kom 2.3. kl. 14',
    ];
    const fields = (token: Token): unknown[] => [
      token.start,
      token.end,
      token.text,
      token.lower,
      token.kind,
      token.sentenceStart,
      token.capitalised,
      token.allCaps,
    ];
    for (let round = 0; round < 2; round++) {
      for (const line of lines) {
        const tokens = tokenize(line, recordOf);
        expect(tokens.map(fields)).toEqual(tokenize(line).map(fields));
        for (const token of tokens)
          expect(token.record).toBe(token.kind === 'word' ? recordOf(token.lower) : undefined);
      }
    }
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
