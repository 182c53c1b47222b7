import { describe, expect, it } from 'vitest';
import { isAllergyCompoundOfSaid } from './unexamined-findings.js';

describe('an allergy compound is a rewording of what was said (session 34f)', () => {
  it('reads «pollenallergi» as said after «allergisk» and «pollen»', () => {
    expect(isAllergyCompoundOfSaid('pollenallergi', new Set(['allergisk', 'pollen']))).toBe(true);
    expect(isAllergyCompoundOfSaid('notteallergi', new Set(['allergier', 'notter']))).toBe(true);
  });

  it('never when the allergen or the allergy was not said', () => {
    expect(isAllergyCompoundOfSaid('pollenallergi', new Set(['allergisk', 'katt']))).toBe(false);
    expect(isAllergyCompoundOfSaid('pollenallergi', new Set(['pollen', 'nese']))).toBe(false);
    expect(isAllergyCompoundOfSaid('pollen', new Set(['allergisk', 'pollen']))).toBe(false);
  });
});
