import { describe, expect, it } from 'vitest';

import { getSharedLexicon } from '../lexicon.js';
import { getTokenAnalysis } from './token-analysis.js';

describe('TokenAnalysis', () => {
  const words = getTokenAnalysis(getSharedLexicon());

  it('is one per lexicon, so its word cache stays warm across calls', () => {
    expect(getTokenAnalysis(getSharedLexicon())).toBe(words);
  });

  it('reads a surname by the exact dictionary entry, not by stripping an ending', () => {
    expect(words.analyse('hansen').surname).toBe(true);
    expect(words.analyse('hansen').entry).toBe(false);
  });

  it('treats inflected drug names as terms, not names', () => {
    expect(words.analyse('ventolinen').nonIdentifying).toBe(true);
    expect(words.analyse('airomiren').nonIdentifying).toBe(true);
  });

  it('reads a country ending in -s as the country, not as the genitive of a given name', () => {
    expect(words.analyse('hellas').region).toBe(true);
    expect(words.analyse('hellas').firstName).toBe(false);
    expect(words.analyse('haralds').firstName).toBe(true);
  });

  it('knows international given names from the name list', () => {
    expect(words.analyse('oluwaseun').international).toBe(true);
  });
});
