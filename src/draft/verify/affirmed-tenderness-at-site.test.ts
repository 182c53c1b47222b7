import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

// "Bankøm over nyrelosjene" where the examination said "ikkje bankøm over nyrelosjane, men øm i
// venstre fossa iliaca" (dev case v444): tenderness said at the very spot it was denied.
describe('tenderness stated at the spot the examination denied it', () => {
  const visit = indexOf([
    [
      'lege',
      'Magen er blaut. Du er ikkje bankøm over nyrelosjane, men du er øm i venstre fossa iliaca.',
    ],
  ]);

  it('flags "Bankøm over nyrelosjene"', () => {
    expect(shownFlags('Bankøm over nyrelosjene.', visit, 'funn')).toContain(
      'error:negation-conflict',
    );
  });

  it('accepts tenderness at the spot found tender', () => {
    expect(shownFlags('Øm i venstre fossa iliaca.', visit, 'funn')).toEqual([]);
  });

  it('accepts tenderness named after a denial at another spot in the same sentence', () => {
    const ankle = indexOf([['lege', 'Ikke øm over fibula, men øm over det fremre leddbåndet.']]);
    expect(shownFlags('Øm over det fremre leddbåndet.', ankle, 'funn')).toEqual([]);
  });
});
