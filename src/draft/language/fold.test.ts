import { describe, expect, it } from 'vitest';
import { foldText, tokenizeWords } from '../../language/index.js';
import { foldWord, tokenize } from './fold.js';

const words = [
  'Hjartet',
  'høyre',
  'ØYET',
  'Ærlig',
  'ære',
  'Åndenød',
  'crème',
  'Straße',
  'KOLS-forverring',
  'bror’n',
  'B12',
  'ikkje',
  'ømhet',
];

describe('foldWord', () => {
  it('folds every word as foldText does, the first time and when remembered', () => {
    for (const word of words) {
      expect(foldWord(word)).toBe(foldText(word));
      expect(foldWord(word)).toBe(foldText(word));
    }
    expect(foldWord('Høyre')).toBe('hoyre');
    expect(foldWord('Ærlig')).toBe('aerlig');
  });

  it('gives the drafting code the same tokens as tokenizeWords', () => {
    const text = 'Ho har hatt ømhet i høyre kne, og KOLS-forverring i to veker. Crème på huda?';
    expect(tokenize(text)).toEqual(tokenizeWords(text));
    expect(tokenize(text).map((token) => token.folded)).toContain('omhet');
  });
});
