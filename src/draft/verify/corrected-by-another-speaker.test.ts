import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a denial corrected by another speaker', () => {
  const child = indexOf([
    ['lege', 'Har ho hatt feber?'],
    ['pårørende', 'Nei, ikkje feber.'],
    ['pasient', 'Jo pappa, æ hadd feber på søndag.'],
    ['pårørende', 'Ja, det stemme, litt feber på søndag.'],
  ]);
  const diabetes = indexOf([
    ['pasient', 'Jeg tar Metformin morgen og kveld. Jeg har ingen føling.'],
    ['pårørende', 'Du hadde jo en føling forrige uke, da du svettet og skalv.'],
    ['pasient', 'Ja, det var en gang.'],
  ]);

  it('flags the first denial written as the answer', () => {
    expect(shownFlags('Ikke hatt feber.', child, 'anamnese')).toContain('error:negation-conflict');
    expect(shownFlags('Ingen hypoglykemier.', diabetes, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('bears out the corrected finding', () => {
    expect(shownFlags('Feber på søndag.', child, 'anamnese')).toEqual([]);
    expect(shownFlags('En episode med hypoglykemi forrige uke.', diabetes, 'anamnese')).toEqual([]);
  });

  it('does not flag the denial where the correction is itself taken back', () => {
    const takenBack = indexOf([
      ['lege', 'Har ho hatt feber?'],
      ['pårørende', 'Nei, ikkje feber.'],
      ['pasient', 'Jo pappa, æ hadd feber på søndag.'],
      ['pårørende', 'Nei, du hadde ikkje feber, det var broren din.'],
    ]);
    expect(shownFlags('Ikke hatt feber.', takenBack, 'anamnese')).not.toContain(
      'error:negation-conflict',
    );
  });
});
