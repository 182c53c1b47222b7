import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('one wording denied beside another of the same concept affirmed', () => {
  const tingling = indexOf([
    ['lege', 'Er det nummenhet også?'],
    ['pasient', 'Nei, ingen nummenhet, men litt prikking, særlig om natta.'],
  ]);

  it('flags the denied wording written as present', () => {
    expect(shownFlags('Nummenhet i fingrene.', tingling, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('accepts the denial of the denied wording', () => {
    expect(shownFlags('Ingen nummenhet.', tingling, 'anamnese')).toEqual([]);
  });

  it('accepts the affirmed wording', () => {
    expect(shownFlags('Prikking i fingrene om natten.', tingling, 'anamnese')).not.toContain(
      'error:negation-conflict',
    );
  });

  it('leaves a wording that was also said present elsewhere to the concept-level reading', () => {
    const both = indexOf([
      ['pasient', 'Ingen nummenhet i går, men litt prikking.'],
      ['pasient', 'I dag kjenner jeg nummenhet i tommelen.'],
    ]);
    expect(shownFlags('Nummenhet i tommelen.', both, 'anamnese')).not.toContain(
      'error:negation-conflict',
    );
  });

  it('leaves the concept said present later in another form of the word', () => {
    const later = indexOf([
      ['pasient', 'Ingen nummenhet, men litt prikking i fingrene.'],
      ['lege', 'Og nå i dag?'],
      ['pasient', 'Nå er fingrene nummen.'],
    ]);
    expect(shownFlags('Nummenhet i fingrene.', later, 'anamnese')).not.toContain(
      'error:negation-conflict',
    );
  });

  it('still flags the denied wording when only the affirmed wording is said again', () => {
    const again = indexOf([
      ['pasient', 'Ingen nummenhet, men litt prikking i fingrene.'],
      ['pasient', 'Prikkingen er verst om natta.'],
    ]);
    expect(shownFlags('Nummenhet i fingrene.', again, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });
});
