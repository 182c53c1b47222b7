import { describe, expect, it } from 'vitest';
import { normalizeSpokenNorwegian } from './spoken-norwegian.js';

describe('«vorri» and «bære» (session 34f)', () => {
  it('writes trøndersk «vorri» as «vært»', () => {
    expect(normalizeSpokenNorwegian('Æ har vorri dårlig i ei uke.')).toMatch(/har vært dårlig/u);
  });

  it('keeps the verb «bære» in «ikke bære tunge ting» and «å bære»', () => {
    expect(normalizeSpokenNorwegian('Du må ikke bære tunge ting, æ mener det.')).toMatch(
      /ikke bære tunge/u,
    );
    expect(normalizeSpokenNorwegian('Æ klarer itj å bære handleposan.')).toMatch(/å bære/u);
  });

  it('still reads dialect «bære» as «bare»: «Æ e bære litt trøtt.»', () => {
    expect(normalizeSpokenNorwegian('Æ e bære litt trøtt.')).toMatch(/bare litt/u);
    expect(normalizeSpokenNorwegian('Nei, bære Levaxin, æ.')).toMatch(/bare Levaxin/u);
  });
});
