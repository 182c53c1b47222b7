import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function persons(text: string): string[] {
  return detectIdentifiers(text)
    .filter((entity) => entity.type === 'PERSON')
    .map((entity) => entity.text);
}

describe('isProductName', () => {
  it('does not take a device, a car model or a tobacco brand for a person', () => {
    expect(persons('Pasienten bruker Apple Watch og har sett pulsen opp mot 150.')).toEqual([]);
    expect(persons('Han kjører en Tesla Model Y og sitter mye i bilen.')).toEqual([]);
    expect(persons('pasient: jeg røyker Prince, en pakke om dagen.')).toEqual([]);
  });

  it('keeps the persons beside the product', () => {
    expect(persons('Kari Nordmann bruker Apple Watch om natta.')).toEqual(['Kari Nordmann']);
    expect(persons('Kontroll hos Per Hauge, som bruker Samsung Galaxy.')).toEqual(['Per Hauge']);
  });
});
