import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a diagnosis said whole only of a relative, and of the patient only as a body part', () => {
  const visit = indexOf([
    ['lege', 'Tar du Amlodipin kvar dag?'],
    ['pasient', 'Joa, men eg gløyme han kanskje annakvar dag.'],
    ['pasient', 'Kona mi har høgt blodtrykk og hjertesvikt, så me e nøye med salt.'],
    ['lege', 'Hjertet høyrest normalt ut.'],
  ]);

  it('flags "Har hjertesvikt" written as the patient’s', () => {
    expect(shownFlags('Har hjertesvikt.', visit, 'anamnese')).toContain('error:person-conflict');
  });

  it('accepts it written as the wife’s, and the heart examined', () => {
    expect(shownFlags('Kona har hypertensjon og hjertesvikt.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Normal cor.', visit, 'funn')).toEqual([]);
  });

  it('accepts it when the patient said it of himself too', () => {
    const both = indexOf([
      ['pasient', 'Eg har hjertesvikt, og kona mi har òg hjertesvikt.'],
      ['lege', 'Hjertet høyrest normalt ut.'],
    ]);
    expect(shownFlags('Har hjertesvikt.', both, 'anamnese')).toEqual([]);
  });
});
