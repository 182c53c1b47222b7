/*
 * Session 23: words of one concept the verifier and the builtin engine read as the same thing
 * (the lexicon is data both share). Fresh synthetic sentences.
 */
import { describe, expect, it } from 'vitest';
import { findConcepts } from './clinical-lexicon.js';
import { tokenize } from './fold.js';

const conceptsOf = (text: string): number[] =>
  findConcepts(tokenize(text)).map((mention) => mention.concept);

describe('session 23 synonyms', () => {
  it('reads "trombose" and "blodpropp" as one concept', () => {
    const said = conceptsOf('Det kan vere ei trombose i leggen.');
    expect(said.length).toBeGreaterThan(0);
    expect(conceptsOf('Mistenkt blodpropp i leggen.')).toEqual(expect.arrayContaining(said));
  });

  it('reads "ST-elevasjon" and "ST-heving" as one concept', () => {
    const said = conceptsOf('EKG viser ST-elevasjon i avledning II, III og aVF.');
    expect(said.length).toBeGreaterThan(0);
    expect(conceptsOf('EKG: ST-heving inferiort.')).toEqual(expect.arrayContaining(said));
  });
});
