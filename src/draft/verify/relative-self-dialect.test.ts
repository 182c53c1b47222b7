import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a relative speaking of themself with "e" for "jeg" (Valdres, Hallingdal)', () => {
  const visit = indexOf([
    ['lege', 'Bruker du nokon medisinar?'],
    ['pasient', 'Berre Metformin, to gonger om dagen.'],
    ['pårørende', 'E har sjølv beinskjørheit, e tek Alendronat kvar veke.'],
    ['pårørende', 'Det e han som har sukkersjuke.'],
  ]);

  it("flags the relative's drug and illness written as the patient's", () => {
    expect(shownFlags('Bruker Alendronat ukentlig.', visit, 'anamnese')).toContain(
      'error:person-conflict',
    );
    expect(shownFlags('Kjent osteoporose.', visit, 'anamnese')).toContain('error:person-conflict');
  });

  it('keeps what the relative said of the patient, and "e" for "er"', () => {
    expect(shownFlags('Bruker Metformin to ganger daglig.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Kona har osteoporose og bruker Alendronat.', visit, 'anamnese')).toEqual([]);
  });
});
