import { describe, expect, it } from 'vitest';

import { getSharedLexicon } from '../lexicon.js';
import { tokenize } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { recognizePostalCode } from './postal-codes.js';
import { getTokenAnalysis } from './token-analysis.js';

function postal(text: string): string[] {
  const tokens = tokenize(text);
  const out: Candidate[] = [];
  const words = getTokenAnalysis(getSharedLexicon());
  tokens.forEach((token, index) => {
    if (token.kind === 'number' && token.text.length === 4)
      recognizePostalCode(words, text, tokens, index, out);
  });
  return out.map((candidate) => `${candidate.type} ${text.slice(candidate.start, candidate.end)}`);
}

describe('recognizePostalCode', () => {
  it('finds a postal code with its post office', () => {
    expect(postal('Adresse: 7030 Trondheim')).toEqual(['POSTAL_CODE 7030', 'LOCATION Trondheim']);
  });

  it('does not take a year or a dose for a postal code', () => {
    expect(postal('Operert 03.2019 Paracet 1000 mg')).toEqual([]);
  });

  it('does not take a frequency or an energy for a postal code and place', () => {
    expect(postal('Hørselstap 40 dB ved 4000 Hz. Kost 1500 Kcal.')).toEqual([]);
    expect(postal('Sendt til 4000 Stavanger.')).toEqual(['POSTAL_CODE 4000', 'LOCATION Stavanger']);
  });
});
