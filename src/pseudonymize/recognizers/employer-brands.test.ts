import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map((entity) => `${entity.type}:${entity.text}`);
}

describe('recognizeEmployerBrands', () => {
  it('finds a brand that is also a word as the workplace in a work frame, in lower case', () => {
    expect(found('pasient: jeg kjører for bring om nettene.')).toEqual(['WORKPLACE:bring']);
    expect(found('pasient: sønnen min er lærling i veidekke.')).toEqual(['WORKPLACE:veidekke']);
    expect(found('pasient: ho jobbar på felleskjøpet, på lageret.')).toEqual([
      'WORKPLACE:felleskjøpet',
    ]);
  });

  it('finds a known place after the brand as its site', () => {
    expect(found('pasient: han jobbe på jotun på sandefjord, i laboratoriet.')).toEqual([
      'WORKPLACE:jotun',
      'LOCATION:sandefjord',
    ]);
  });

  it('leaves the same words alone outside a work frame', () => {
    expect(found('pasient: la maten tine på kjøkkenbenken først.')).toEqual([]);
    expect(found('pasient: kan du bring den hit?')).toEqual([]);
  });

  it("takes the second word of a brand's full name into the workplace", () => {
    expect(found('pasient: han jobber på aker solutions på stord, sveiser.')).toEqual([
      'WORKPLACE:aker solutions',
      'LOCATION:stord',
    ]);
    expect(found('pasient: jeg jobber på circle k på skedsmokorset, nattskift.')).toEqual([
      'WORKPLACE:circle k',
      'LOCATION:skedsmokorset',
    ]);
    expect(found('pasient: jeg jobber i et circle.')).toEqual([]);
  });

  it('finds the brand that owns the part of the firm one works in, and the firm one drives a vehicle for', () => {
    expect(found('pasient: hun jobber på lageret til elkjøp på vestby.')).toEqual([
      'WORKPLACE:elkjøp',
      'LOCATION:vestby',
    ]);
    expect(found('pasient: jeg kjører buss for vy om kveldene.')).toEqual(['WORKPLACE:vy']);
  });

  it('reads the hospital as the workplace only in a work frame', () => {
    expect(found('pasient: jeg er sykepleier på ahus, på akutten.')).toEqual(['WORKPLACE:ahus']);
    expect(found('pasient: vi var på ahus i går.')).not.toContain('WORKPLACE:ahus');
  });
});

describe('a listed employer brand where a person «er på» or is off sick from (s32k)', () => {
  it('is the workplace: «han er på Kiwi om kveldene», «jeg er på Europris på Sandmoen»', () => {
    expect(found('pasient: han er på Kiwi om kveldene, ved siden av skolen.')).toEqual([
      'WORKPLACE:Kiwi',
    ]);
    expect(found('pasient: jeg er på Europris på Sandmoen, men er sykmeldt nå.')).toEqual([
      'WORKPLACE:Europris',
      'LOCATION:Sandmoen',
    ]);
    expect(found('pasient: jeg er i Telenor på Fornebu, sitter mye.')).toEqual([
      'WORKPLACE:Telenor',
      'LOCATION:Fornebu',
    ]);
    expect(found('pasient: jeg er på Bunnpris på Lademoen fire dager i uka.')).toEqual([
      'WORKPLACE:Bunnpris',
      'LOCATION:Lademoen',
    ]);
    expect(found('Hun er sykmeldt fra Posten, der hun sorterer pakker.')).toEqual([
      'WORKPLACE:Posten',
    ]);
  });
  it('is nothing when no person is there or the words mean something else', () => {
    expect(found('Svaret er på posten, sendt i går.')).toEqual([]);
    expect(found('pasient: det er på tide å slutte å røyke.')).toEqual([]);
    expect(found('pasient: medisinen kommer fra apoteket.')).toEqual([]);
  });
});
