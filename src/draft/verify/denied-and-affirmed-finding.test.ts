import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a finding denied at one site and said at another in the same sentence', () => {
  const visit = indexOf([
    ['lege', 'Klør det i øynene?'],
    ['pasient', 'Nei, ikke i øynene, men det klør i ganen.'],
  ]);

  it('bears out a note that denies it at one site and states it at the other', () => {
    expect(shownFlags('Ingen kløe i øynene, men kløe i ganen.', visit, 'anamnese')).toEqual([]);
  });

  it('still contradicts a note that denies it everywhere', () => {
    expect(shownFlags('Ingen kløe.', visit, 'anamnese')).toContain('error:negation-conflict');
  });
});

describe('a finding denied in the conversation, written both denied and stated', () => {
  const visit = indexOf([
    ['lege', 'Har du kløe noe sted?'],
    ['pasient', 'Nei, ingen kløe i det hele tatt.'],
  ]);

  it('contradicts the note by its stated mention', () => {
    expect(shownFlags('Ingen kløe i øynene, men kløe i ganen.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });
});
