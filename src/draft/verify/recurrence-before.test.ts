import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('the same before, where "Har du fått dette før?" was answered "Nei, aldri"', () => {
  const visit = indexOf([
    ['pasient', 'Æ fikk utslett etter at æ åt reker i kveld.'],
    ['lege', 'Har du fått dette før?'],
    ['pasient', 'Nei, aldri.'],
  ]);

  it('flags "tilsvarende … før" written as so', () => {
    expect(shownFlags('Har hatt tilsvarende reaksjoner før.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('accepts it denied, after "før" or "tidligere"', () => {
    expect(shownFlags('Ikke hatt tilsvarende før.', visit, 'anamnese')).toEqual([]);
    expect(
      shownFlags('Utslett etter reker, ikke hatt tilsvarende tidligere.', visit, 'anamnese'),
    ).toEqual([]);
  });
});

describe('"Nei, aldri. Jo, vent, …": the corrected answer wins', () => {
  const visit = indexOf([
    ['pasient', 'Plutselig ble jeg svimmel, alt begynte å snurre rundt.'],
    ['lege', 'Har du hatt slike anfall før?'],
    ['pasient', 'Nei, aldri. Jo, vent, jeg hadde et lignende anfall for to år siden.'],
    ['lege', 'Har du kastet opp?'],
    ['pasient', 'Nei. Jo, vent, én gang i bilen på vei hit.'],
  ]);

  it('flags the denial the patient took back', () => {
    expect(shownFlags('Ikke kastet opp.', visit, 'anamnese')).toContain('error:negation-conflict');
  });

  it('accepts what the correction says', () => {
    expect(shownFlags('Har hatt tilsvarende anfall før.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Hatt et lignende anfall for to år siden.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Kastet opp én gang på vei hit.', visit, 'anamnese')).toEqual([]);
  });
});
