import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('an illness said of the patient inside a compound ("en KOLS-forverring")', () => {
  const visit = indexOf([
    ['pasient', 'Æ har vært så tung i pusten den siste uka.'],
    ['pårørende', 'Bror hans har KOLS òg, han går på sånne inhalasjoner.'],
    ['lege', 'Dette er en KOLS-forverring, sannsynligvis utløst av en infeksjon.'],
  ]);

  it('bears out the illness written as the patient’s', () => {
    expect(shownFlags('Pasienten har KOLS.', visit, 'anamnese')).not.toContain(
      'error:person-conflict',
    );
  });

  it('still flags the illness when only the relative named it', () => {
    const relativeOnly = indexOf([
      ['pasient', 'Æ har vært så tung i pusten den siste uka.'],
      ['pårørende', 'Bror hans har KOLS òg, han går på sånne inhalasjoner.'],
      ['lege', 'Dette er nok en luftveisinfeksjon.'],
    ]);
    expect(shownFlags('Pasienten har KOLS.', relativeOnly, 'anamnese')).toContain(
      'error:person-conflict',
    );
  });
});
