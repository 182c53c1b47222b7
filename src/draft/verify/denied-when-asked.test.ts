import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a diagnosis the patient answered no to when asked', () => {
  const headache = indexOf([
    ['pasient', 'Eg har hatt hovudverk kvar dag i to veker.'],
    ['lege', 'Har du nokon gong hatt migrene?'],
    ['pasient', 'Nei, men kona mi har migrene.'],
    ['lege', 'Dette er truleg ein spenningshovudpine.'],
  ]);

  it('flags the diagnosis written as the patient’s', () => {
    expect(shownFlags('Migrene uten aura.', headache, 'vurdering')).toContain(
      'error:negation-conflict',
    );
  });

  it('accepts the denial', () => {
    expect(shownFlags('Ikke tidligere migrene.', headache, 'anamnese')).not.toContain(
      'error:negation-conflict',
    );
  });

  it('decides nothing when the answer goes on with the patient’s own complaint', () => {
    const twoPart = indexOf([
      ['lege', 'Har du vondt i brystet eller hjertebank?'],
      ['pasient', 'Nei, men jeg kjenner hjertebank av og til.'],
    ]);
    expect(shownFlags('Episoder med hjertebank.', twoPart, 'anamnese')).not.toContain(
      'error:negation-conflict',
    );
  });
});
