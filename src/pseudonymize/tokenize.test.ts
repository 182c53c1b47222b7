import { describe, expect, it } from 'vitest';
import { tokenAt, tokenize } from './tokenize.js';

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
