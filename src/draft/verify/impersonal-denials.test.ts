import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a symptom denied with "det" as subject ("det susar ikkje", "det svir ikke")', () => {
  const visit = indexOf([
    ['lege', 'Korleis er høyrsla?'],
    ['pasient', 'Hørsla er som før, og det susar ikkje i øyra.'],
    ['lege', 'Hvordan er det å tisse?'],
    ['pasient', 'Helt vanlig, det svir ikke.'],
  ]);

  it('contradicts a note that writes the denied symptom as present', () => {
    expect(shownFlags('Tinnitus.', visit, 'anamnese')).toContain('error:negation-conflict');
    expect(shownFlags('Svie ved vannlating.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('leaves the denial written as a denial alone', () => {
    expect(shownFlags('Ingen tinnitus.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Ingen svie ved vannlating.', visit, 'anamnese')).toEqual([]);
  });
});
