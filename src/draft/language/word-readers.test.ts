import { describe, expect, it } from 'vitest';
import { findConcepts, findConceptsOfWords, toConceptWord } from './clinical-lexicon.js';
import { findDrugMentions, toDrugWord } from './drug-names.js';
import { getLexiconEntry } from './clinical-lexicon.js';
import { hasOpenBracketBefore } from './negation.js';
import { tokenize } from './fold.js';

/*
 * The verifier reads each distinct word once and hands the readers its records; the readers must
 * find exactly what they find from the tokens alone.
 */
const sentences = [
  'Paralgin forte to tabletter ved behov, og Albyl-E 75 mg daglig.',
  'Hun har hatt beinødem og morgenhodepine i tre uker.',
  'Blodtrykket er for høyt, og han har vondt i magen.',
  'Må på do hele tiden, og har gått ned i vekt.',
  'Eg har ikkje hatt feber, men litt tung pust om natta.',
  'Marevanen og paracetet tek eg om morgonen.',
];

describe('readers of words read once', () => {
  it('find the same drug mentions from word records as from tokens', () => {
    for (const sentence of sentences) {
      const tokens = tokenize(sentence);
      const words = tokens.map((token) => toDrugWord(token.folded));
      expect(findDrugMentions(tokens, words)).toEqual(findDrugMentions(tokens));
    }
    expect(findDrugMentions(tokenize('Paralgin forte og Marevan')).length).toBe(2);
  });

  it('find the same lexicon concepts from word records as from tokens', () => {
    for (const sentence of sentences) {
      const tokens = tokenize(sentence);
      const words = tokens.map((token) => toConceptWord(token.text));
      expect(findConceptsOfWords(words)).toEqual(findConcepts(tokens));
    }
    // A phrase said in another order and a compound ending in a finding are both found.
    expect(findConcepts(tokenize('blodtrykket er for høyt')).length).toBeGreaterThan(0);
    expect(findConcepts(tokenize('beinødem')).length).toBe(1);
  });

  it('offers a word only the phrases it can start, so a phrase still matches and a function word starts none of its own', () => {
    // Every candidate opens with the word itself, longest phrase first.
    const hoste = toConceptWord('hoste').candidates.map((phrase) => phrase.tokens[0]?.word);
    expect(hoste.length).toBeGreaterThan(0);
    expect(hoste.every((word) => word === 'hoste')).toBe(true);
    const gått = toConceptWord('gått').candidates.map((phrase) => phrase.tokens.length);
    expect(gått).toEqual([...gått].sort((left, right) => right - left));
    // "hos" is no "hoste"; "må på do" and "gått ned i vekt" open with a function word and match.
    expect(toConceptWord('hos').candidates).toEqual([]);
    expect(toConceptWord('må').candidates.every((phrase) => phrase.tokens.length >= 2)).toBe(true);
    expect(findConcepts(tokenize('hos fastlegen'))).toEqual([]);
    const found = findConcepts(tokenize('Må på do hele tiden, og har gått ned i vekt.'));
    expect(found.map((mention) => getLexiconEntry(mention.concept)?.clinical)).toHaveLength(2);
    expect(found[0]?.first).toBe(0);
  });
});

describe('hasOpenBracketBefore', () => {
  it('tells a bracket still open from one closed, as counting "(" against ")" does', () => {
    const text = 'ingen blødninger (neseblod, hematuri) og (feber, hoste';
    expect(hasOpenBracketBefore(text, text.indexOf('hematuri'))).toBe(true);
    expect(hasOpenBracketBefore(text, text.indexOf(' og'))).toBe(false);
    expect(hasOpenBracketBefore(text, text.indexOf('hoste'))).toBe(true);
    expect(hasOpenBracketBefore(text, 0)).toBe(false);
    expect(hasOpenBracketBefore('a) b (c', 100)).toBe(false);
  });
});
