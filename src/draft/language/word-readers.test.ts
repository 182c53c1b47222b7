import { describe, expect, it } from 'vitest';
import { findConcepts, findConceptsOfWords, toConceptWord } from './clinical-lexicon.js';
import { findDrugMentions, toDrugWord } from './drug-names.js';
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
});
