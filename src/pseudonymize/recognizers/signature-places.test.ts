import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function typed(text: string): string[] {
  return detectIdentifiers(text).map((entity) => `${entity.type}:${entity.text}`);
}

describe('a place after a signed name', () => {
  it('types the last word of a signed name as the place when it is a known place only', () => {
    expect(typed('mvh Torunn Vik Mosjøen, turnuslege')).toEqual([
      'PERSON:Torunn Vik',
      'LOCATION:Mosjøen',
    ]);
    expect(typed('Hilsen Kari Hansen Steinkjer')).toEqual([
      'PERSON:Kari Hansen',
      'LOCATION:Steinkjer',
    ]);
  });

  it('keeps three-part names whole, names outside a signature, and a place after a place', () => {
    // "Øvrebø" is a place as well as a surname: the three words may all be the name.
    expect(typed('mvh Per Øvrebø Førde')).toEqual(['PERSON:Per Øvrebø Førde']);
    expect(typed('mvh Tor Inge Bakke')).toEqual(['PERSON:Tor Inge Bakke']);
    expect(typed('Hilsen Anne Lise Dahl')).toEqual(['PERSON:Anne Lise Dahl']);
    expect(typed('Kari Nordmann Bodø kom i dag.')).toEqual(['PERSON:Kari Nordmann Bodø']);
  });
});
