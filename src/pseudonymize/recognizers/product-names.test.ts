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

  it('does not take the make and model of a medical device for a person', () => {
    expect(
      persons(
        'Volumetrisk pumpe BD Alaris GP og Braun Infusomat Space; sprøytepumpe Braun Perfusor Space.',
      ),
    ).toEqual([]);
    expect(
      persons('Respirator Hamilton C6 og Dräger Evita V800. Anestesiapparat Dräger Perseus A500.'),
    ).toEqual([]);
    expect(persons('Pacemaker Biotronik Edora og Boston Scientific Accolade.')).toEqual([]);
    expect(persons('Undersøkelsene er utført med Philips EPIQ 7.')).toEqual([]);
  });

  it('keeps a person named like a maker, and a person right after a device', () => {
    expect(persons('Samtale med Braun, Kari om pumpa.')).toEqual(['Braun', 'Kari']);
    expect(persons('Braun Kari kom i dag.')).toEqual(['Braun Kari']);
    expect(persons('Dagens samtale med Braun Hansen.')).toEqual(['Braun Hansen']);
    expect(persons('Hilsen Anne Braun.')).toEqual(['Anne Braun']);
    expect(persons('Sprøytepumpe Braun Perfusor Space. Kari Hansen kom.')).toEqual(['Kari Hansen']);
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
