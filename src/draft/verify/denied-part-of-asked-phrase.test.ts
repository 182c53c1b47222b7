import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a question answered "nei" whose phrase the note denies in a clause of its own', () => {
  const visit = indexOf([
    ['lege', 'Blod i avføringen?'],
    ['pårørende', 'Nei, ikke blod, men det er slimete.'],
  ]);

  it('bears out a note that denies the blood and names the stool in the next clause', () => {
    expect(shownFlags('Ikke blod, men slim i avføringen.', visit, 'anamnese')).toEqual([]);
  });

  it('still contradicts a note that states the blood', () => {
    expect(shownFlags('Blod og slim i avføringen.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
    expect(shownFlags('Ikke slim, men blod i avføringen.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });
});
