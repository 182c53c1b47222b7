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

  it('keeps a person named after a maker or standing right after one', () => {
    expect(persons('Pasienten heter Sony Hansen.')).toEqual(['Sony Hansen']);
    expect(persons('Navn: Sony Berg')).toEqual(['Sony Berg']);
    expect(persons('han har kjøpt en Tesla Ola er misunnelig')).toEqual(['Ola']);
    expect(persons('hun har Samsung Kari hjelper henne med appen').join(' ')).toContain('Kari');
  });

  it('keeps a tobacco brand that is a name when no verb of smoking stands before it', () => {
    expect(persons('Pasienten bruker Prince som tolk.')).toEqual(['Prince']);
  });
});
