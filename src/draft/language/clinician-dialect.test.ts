/*
 * Session 22b of issue 12: the clinician's own dialect and nynorsk read as bokmål. Fresh text, not
 * the shared cases nor the eval cases.
 */
import { describe, expect, it } from 'vitest';
import { isDialectOrNynorsk, normalizeSpokenNorwegian } from './spoken-norwegian.js';

function normalized(text: string): string {
  return normalizeSpokenNorwegian(text, { dialect: isDialectOrNynorsk(text) });
}

describe("the clinician's dialect and nynorsk", () => {
  it('reads a lone "e" between a finding and its value as "er"', () => {
    expect(normalized('Strep A e negativ, og CRP e 12.')).toBe('Strep A er negativ, og CRP er 12.');
  });

  it('writes "augebotnen" as "øyebunnen"', () => {
    expect(normalized('No ser eg i augebotnen med lampa.')).toContain('øyebunnen');
  });
});
