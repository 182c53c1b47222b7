import { describe, expect, it } from 'vitest';

import { getSharedLexicon } from '../lexicon.js';
import { tokenize } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { recognizePersonsAndPlaces } from './persons-and-places.js';
import { getTokenAnalysis } from './token-analysis.js';

function found(text: string): string[] {
  const out: Candidate[] = [];
  recognizePersonsAndPlaces(getTokenAnalysis(getSharedLexicon()), text, tokenize(text), out);
  return out
    .filter((candidate) => candidate.confidence >= 0.5)
    .map((candidate) => `${candidate.type} ${text.slice(candidate.start, candidate.end)}`);
}

describe('recognizePersonsAndPlaces', () => {
  it('finds a noun-name at a sentence start only before a finite verb', () => {
    expect(found('Siv sender brevet i dag.')).toContain('PERSON Siv');
    expect(found('Siv og starr vokser ved vannet.')).toEqual([]);
  });

  it('finds an international given name before a verb, and its surname after it', () => {
    expect(found('Mustafa kommer i morgen.')).toContain('PERSON Mustafa');
    expect(found('Aisling Brennan er med.')).toContain('PERSON Aisling Brennan');
  });

  it('finds a surname that only looks like an inflected noun ("Hansen")', () => {
    expect(found('Hansen ringte fra apoteket.')).toContain('PERSON Hansen');
  });

  it('finds a lower-case name after "heter", also one that is a noun', () => {
    expect(found('ja, jeg heter lin.')).toContain('PERSON lin');
  });

  it('takes a relative’s name after nynorsk and dialect relation words', () => {
    expect(found('Dottera heiter Åshild.')).toContain('PERSON Åshild');
    expect(found('Tanta mi Berit kjører.')).toContain('PERSON Berit');
  });

  it('does not take the text of an ICD-10 code for a person', () => {
    expect(found('I10 Essential hypertension')).toEqual([]);
  });
});
