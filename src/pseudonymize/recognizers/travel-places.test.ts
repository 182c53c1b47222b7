import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map((entity) => `${entity.type}:${entity.text}`);
}

describe('recognizeTravelPlaces', () => {
  it('finds a foreign city after a word of travel, flight or origin', () => {
    expect(found('Pasienten er født i Asmara og flyktet via Khartoum.')).toContain(
      'LOCATION:Khartoum',
    );
    expect(found('Reiste hjem til Hargeisa i sommer for å besøke moren.')).toEqual([
      'LOCATION:Hargeisa',
    ]);
  });

  it('finds the second stop of a journey', () => {
    expect(found('Familien flyktet fra Aleppo til Beirut og så til Norge.')).toEqual([
      'LOCATION:Aleppo',
      'LOCATION:Beirut',
    ]);
  });

  it('leaves ordinary words and persons after a travel word alone', () => {
    expect(found('Hun kom fra Jobben og reiste til Kari.')).toEqual(['PERSON:Kari']);
    expect(found('Han reiste til Syden i fjor.')).toEqual([]);
  });
});

describe('withTravelChainPlaces', () => {
  it('takes a name joined by "og så" to a found place as the next place', () => {
    expect(found('pasient: før bodde vi i Toulouse, og så Marseille.')).toEqual([
      'LOCATION:Toulouse',
      'LOCATION:Marseille',
    ]);
    expect(found('pasient: han reiste til Kraków og så videre til Lviv.')).toEqual([
      'LOCATION:Kraków',
      'LOCATION:Lviv',
    ]);
  });

  it('keeps a given name after "og så" a person', () => {
    expect(found('Han reiste til Oslo, og så Mette.')).toEqual(['LOCATION:Oslo', 'PERSON:Mette']);
  });
});
