import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a function called good where the conversation called it poor, or the reverse', () => {
  const visit = indexOf([
    ['lege', 'Hvordan sover du?'],
    ['pasient', 'Jeg sover dårlig, våkner klokka fire.'],
    ['lege', 'Pupillene er like og reagerer på lys.'],
  ]);

  it('contradicts the turned state', () => {
    expect(shownFlags('Sover godt.', visit, 'anamnese')).toContain('error:negation-conflict');
    expect(shownFlags('Ulike pupiller.', visit, 'funn')).toContain('error:negation-conflict');
  });

  it('leaves the state as said alone', () => {
    expect(shownFlags('Sover dårlig.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Like pupiller med lysreaksjon.', visit, 'funn')).toEqual([]);
  });
});
