import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a nurse answering the doctor’s question about a resident', () => {
  const visit = indexOf([
    ['lege', 'Har ho kasta opp?'],
    ['sykepleier', 'Nei, men ho har spist dårlig.'],
    ['lege', 'Har ho hatt vondt i magen?'],
    ['sykepleier', 'Ja, ho har klaga over magen sia i går.'],
  ]);

  it('reads the nurse’s no and yes as the answer', () => {
    expect(shownFlags('Har kastet opp.', visit, 'anamnese')).toContain('error:negation-conflict');
    expect(shownFlags('Ingen magesmerter.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('leaves the answer written as given alone', () => {
    expect(shownFlags('Ikke kastet opp.', visit, 'anamnese')).toEqual([]);
  });
});
