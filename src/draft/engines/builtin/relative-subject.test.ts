import { describe, expect, it } from 'vitest';
import { relativeAsSubject } from './relative-subject.js';

describe('a sentence whose subject is a relative', () => {
  it('recognises the relative words the verifier reads, dialect forms included', () => {
    expect(relativeAsSubject.test('Kona har hatt feber og hoste i 4 dager.')).toBe(true);
    expect(relativeAsSubject.test('Svigermora mi har sukkersjuke.')).toBe(true);
    expect(relativeAsSubject.test("Bror'n hadde astma som liten.")).toBe(true);
    expect(relativeAsSubject.test('Barnet har hatt feber siden i går.')).toBe(true);
  });

  it('leaves the patient and a relative named later alone', () => {
    expect(relativeAsSubject.test('Pasienten har hatt feber i fire dager.')).toBe(false);
    expect(relativeAsSubject.test('Har hatt feber, som kona.')).toBe(false);
    expect(relativeAsSubject.test('Familiær hyperkolesterolemi er kjent.')).toBe(false);
  });
});
