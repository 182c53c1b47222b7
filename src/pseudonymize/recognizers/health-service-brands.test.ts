import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map((entity) => `${entity.type}:${entity.text}`);
}

describe('recognizeHealthServiceBrands', () => {
  it('finds a private clinic as an organisation, not a place, in either case', () => {
    expect(found('Pasienten var på Volvat i forrige uke og fikk tatt MR.')).toEqual([
      'ORGANIZATION:Volvat',
    ]);
    expect(found('pasient: jeg gikk til aleris fordi det var lang ventetid.')).toEqual([
      'ORGANIZATION:aleris',
    ]);
  });

  it('keeps the unit after the brand in the same span', () => {
    expect(found('MR kne tatt ved Aleris Colosseum viser meniskskade.')).toEqual([
      'ORGANIZATION:Aleris Colosseum',
    ]);
    expect(found('Spirometri tatt hos Avonova Sandnes viser normale verdier.')).toEqual([
      'ORGANIZATION:Avonova Sandnes',
    ]);
  });

  it('reads "Dr. Dropin" as the clinic, not a doctor', () => {
    expect(found('Han var hos bedriftslegen i Dr. Dropin Bedrift for lungefunksjon.')).toEqual([
      'ORGANIZATION:Dr. Dropin Bedrift',
    ]);
  });

  it('finds the occupational-health provider named after the service word', () => {
    expect(found('Henvist fra bedriftshelsetjenesten Avonova etter hørselstest.')).toEqual([
      'ORGANIZATION:Avonova',
    ]);
    expect(found('pasient: bedriftshelsetjenesten vår, aktimed, målte blodtrykket.')).toEqual([
      'ORGANIZATION:aktimed',
    ]);
  });

  it('takes nothing from the service word alone', () => {
    expect(found('pasient: vi har bedriftshelsetjeneste på jobben.')).toEqual([]);
  });
});
