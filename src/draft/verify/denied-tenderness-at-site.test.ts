import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

// Tenderness belongs to a spot, so a denial at one spot is not contradicted by tenderness at
// another. But a denial at the very spot the examination found tender is (dev cases v198, v444).
describe('tenderness denied at the spot the examination found it', () => {
  it('flags "Ikke øm langs venene" where the clinician said "øm langs venene"', () => {
    const visit = indexOf([
      ['lege', 'Han er øm langs venene og litt varm, ikkje raud. Høgre legg er normal.'],
    ]);
    expect(shownFlags('Ikke øm langs venene.', visit, 'funn')).toContain('error:negation-conflict');
    expect(shownFlags('Øm langs venene.', visit, 'funn')).toEqual([]);
  });

  it('flags "Ingen ømhet i venstre fossa iliaca" beside a denial at another spot', () => {
    const visit = indexOf([
      [
        'lege',
        'Magen er blaut. Du er ikkje øm over nyrelosjane, men du er øm i venstre fossa iliaca.',
      ],
    ]);
    expect(shownFlags('Ingen ømhet i venstre fossa iliaca.', visit, 'funn')).toContain(
      'error:negation-conflict',
    );
  });

  it('accepts a denial at another spot than the tender one', () => {
    const visit = indexOf([
      ['lege', 'Hun er øm over det fremre leddbåndet. Ikke øm over fibula eller båtbenet.'],
    ]);
    expect(shownFlags('Ikke øm over fibula.', visit, 'funn')).toEqual([]);
    expect(shownFlags('Ikke øm over båtbenet.', visit, 'funn')).toEqual([]);
  });
});

describe('tenderness found at a spot yesterday and denied there today', () => {
  it('accepts "Ikke øm langs venene i dag" when today it is gone', () => {
    const visit = indexOf([
      ['lege', 'Han var øm langs venene i går, i dag er det ikke øm lenger.'],
    ]);
    expect(shownFlags('Ikke øm langs venene i dag.', visit, 'funn')).toEqual([]);
  });
});
