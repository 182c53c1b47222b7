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
