import { describe, expect, it } from 'vitest';

import { tokenize } from '../tokenize.js';
import { recognizeKnownNameParts } from './consultation-names.js';

function parts(text: string, names: readonly string[]): string[] {
  const known = new Set(names);
  return recognizeKnownNameParts(
    tokenize(text),
    (lower) => known.has(lower),
    () => false,
  ).map((candidate) => text.slice(candidate.start, candidate.end));
}

describe('recognizeKnownNameParts', () => {
  it('finds every capitalised occurrence and genitive of a known name part', () => {
    expect(parts('Tone kom. Tones mor ringte.', ['tone'])).toEqual(['Tone', 'Tones']);
  });

  it('leaves the lower-case word alone', () => {
    expect(parts('en høy tone', ['tone'])).toEqual([]);
  });
});
