import { describe, expect, it } from 'vitest';
import { lowerAt, textAt, tokenAt, tokenize } from './tokenize.js';

describe('tokenAt', () => {
  const tokens = tokenize('Kari bor i Bergen.');

  it('returns the token at an index inside the line', () => {
    expect(tokenAt(tokens, 0)?.text).toBe('Kari');
    expect(tokenAt(tokens, 4)?.text).toBe('.');
  });

  it('returns undefined before the first and past the last token, as a plain read would', () => {
    expect(tokenAt(tokens, -1)).toBeUndefined();
    expect(tokenAt(tokens, -3)).toBeUndefined();
    expect(tokenAt(tokens, tokens.length)).toBeUndefined();
    expect(tokenAt(tokens, tokens.length + 3)).toBeUndefined();
    expect(tokenAt([], 0)).toBeUndefined();
  });
});

describe('lowerAt and textAt', () => {
  const tokens = tokenize('Kari bor i Bergen.');

  it('give the lower-case form and the text of the token at an index', () => {
    expect(lowerAt(tokens, 3)).toBe('bergen');
    expect(textAt(tokens, 3)).toBe('Bergen');
  });

  it('give an empty string outside the line, so a comparison with a word is false', () => {
    for (const index of [-1, tokens.length, tokens.length + 2]) {
      expect(lowerAt(tokens, index)).toBe('');
      expect(textAt(tokens, index)).toBe('');
    }
  });
});
