import { describe, expect, it } from 'vitest';
import { unsafeAsPseudonymized, type Speaker } from '../../core/index.js';
import { createTranscriptIndex } from './transcript-index.js';
import { isAllergyCompoundOfSaid } from './unexamined-findings.js';

function indexOf(lines: readonly (readonly [Speaker, string])[]) {
  return createTranscriptIndex({
    segments: lines.map(([speaker, text]) => ({ speaker, text: unsafeAsPseudonymized(text) })),
  });
}

describe('an allergy compound is a rewording of what was said (session 34f, 34k)', () => {
  it('reads «pollenallergi» as said when the answer to an allergy question names pollen', () => {
    const index = indexOf([
      ['lege', 'Er du allergisk mot noe?'],
      ['pasient', 'Nei, bare pollen.'],
    ]);
    expect(isAllergyCompoundOfSaid('pollenallergi', index)).toBe(true);
  });

  it('reads «notteallergi» as said in one patient turn', () => {
    const index = indexOf([
      ['lege', 'Hvordan har du det?'],
      ['pasient', 'Jeg har allergier mot nøtter.'],
    ]);
    expect(isAllergyCompoundOfSaid('notteallergi', index)).toBe(true);
  });

  it('never when «allerg…» and the allergen stand in different turns', () => {
    const index = indexOf([
      ['lege', 'Er du allergisk mot noe?'],
      ['pasient', 'Nei.'],
      ['lege', 'Hvordan er det med pusten?'],
      ['pasient', 'Pollen er ille i år, men pusten er grei.'],
    ]);
    expect(isAllergyCompoundOfSaid('pollenallergi', index)).toBe(false);
  });

  it('never when the allergen or the allergy was not said', () => {
    const cat = indexOf([
      ['lege', 'Er du allergisk mot noe?'],
      ['pasient', 'Nei, bare katt.'],
    ]);
    expect(isAllergyCompoundOfSaid('pollenallergi', cat)).toBe(false);
    expect(isAllergyCompoundOfSaid('pollen', cat)).toBe(false);
    const nose = indexOf([['pasient', 'Pollen gir meg tett nese.']]);
    expect(isAllergyCompoundOfSaid('pollenallergi', nose)).toBe(false);
  });
});
