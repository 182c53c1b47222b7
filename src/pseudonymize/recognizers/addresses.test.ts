import { describe, expect, it } from 'vitest';

import { getSharedLexicon } from '../lexicon.js';
import { tokenize } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { recognizeAddresses } from './addresses.js';
import { getTokenAnalysis } from './token-analysis.js';

function addresses(text: string): string[] {
  const out: Candidate[] = [];
  recognizeAddresses(getTokenAnalysis(getSharedLexicon()), text, tokenize(text), out);
  return out.map((candidate) => `${candidate.type} ${text.slice(candidate.start, candidate.end)}`);
}

describe('recognizeAddresses', () => {
  it('finds streets by their ending, with house number and letter', () => {
    expect(addresses('Hun bor i Eikeskrenten 14 B nå.')).toEqual(['ADDRESS Eikeskrenten 14 B']);
  });

  it('finds a street without a street ending only after an address cue', () => {
    expect(addresses('Adressen min er Tollbua 3.')).toEqual(['ADDRESS Tollbua 3']);
    expect(addresses('Han flyttet til Furulund 22 i fjor.')).toEqual(['ADDRESS Furulund 22']);
    expect(addresses('Tollbua 3 ganger i uka.')).toEqual([]);
  });

  it('does not take a date or a duration after a place for a house number', () => {
    expect(addresses('Hun flyttet til Bergen 3. juli.')).toEqual([]);
    expect(addresses('Han bodde i Tromsø 12 år.')).toEqual([]);
  });

  it('marks a farm name with a direction word as a place', () => {
    expect(addresses('De bor på Søndre Vik nå.')).toEqual(['LOCATION Søndre Vik']);
  });
});
