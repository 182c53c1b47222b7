import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map((entity) => `${entity.type}:${entity.text}`);
}

describe('recognizeDialectPlaces', () => {
  it('takes a compound place name after a fused dialect preposition', () => {
    expect(found('Ho har hytte borti Steinbrua.')).toEqual(['LOCATION:Steinbrua']);
  });

  it('leaves a sentence start, a drug and plain "i"/"på" alone', () => {
    expect(found('Oppå Benken satt han.')).not.toContain('LOCATION:Benken');
    expect(found('Han tar Paracet oppå Ibux.')).toEqual([]);
    expect(found('Legg kluten oppi vasken.')).toEqual([]);
  });
});

describe('recognizeAgencyRegions', () => {
  it('finds a regional unit of Bufetat as one organisation', () => {
    expect(found('Saken er overført til Bufetat region nord.')).toEqual([
      'ORGANIZATION:Bufetat region nord',
    ]);
  });

  it('never takes the national agency alone for a person', () => {
    expect(found('Han har ikke vært i kontakt med Bufetat eller barnevernet.')).toEqual([]);
  });
});

describe('withFramePlacesRetyped', () => {
  it('types a farm named after "som heiter" as a place, not a person', () => {
    expect(found('Dei bur på ein gard som heiter Kleivi innafor Lom.')).toContain(
      'LOCATION:Kleivi',
    );
    expect(found('Han har ein hund som heiter Kleivi.')).not.toContain('LOCATION:Kleivi');
  });

  it('types the office of a counsellor the patient has as an organisation', () => {
    expect(found('pasient: jeg har en veileder på nav gjøvik')).toEqual([
      'ORGANIZATION:nav gjøvik',
    ]);
  });

  it('keeps NAV as the workplace of someone who works there', () => {
    expect(found('Han jobber som veileder på NAV Gjøvik.')).toEqual(['WORKPLACE:NAV Gjøvik']);
  });

  it('types the town after a workplace noun and "i" as a place', () => {
    expect(found('Han arbeidet på et verft i Gdynia i femten år.')).toEqual(['LOCATION:Gdynia']);
    expect(found('Foreldrene driver en liten butikk i Bacolod.')).toEqual(['LOCATION:Bacolod']);
  });

  it('keeps a firm right after an occupation or a work verb and "i" as the workplace', () => {
    expect(found('Han jobber som sveiser i Aibel.')).toEqual(['WORKPLACE:Aibel']);
    expect(found('Hun jobber i Equinor.')).toEqual(['WORKPLACE:Equinor']);
  });
});

describe('lower-case origins (recognizeLowerCasePlaces)', () => {
  it('takes an unknown lower-case word after "er fra" as a place', () => {
    expect(found('pasient: jeg er fra hargeisa')).toEqual(['LOCATION:hargeisa']);
    expect(found('pasient: vi bodde mange år i bosaso')).toEqual(['LOCATION:bosaso']);
  });

  it('leaves ordinary words and drugs after "er fra"/"er i" alone', () => {
    expect(found('pasient: det er fra apoteket')).toEqual([]);
    expect(found('pasient: det er fra ibux')).toEqual([]);
    expect(found('pasient: hun er i permisjon')).toEqual([]);
  });
});

describe('institution head words (s40b)', () => {
  it('takes a place and a church, adult-education or health-sport head as one organisation', () => {
    expect(found('Hun er aktiv i Frøya pinsemenighet.')).toEqual([
      'ORGANIZATION:Frøya pinsemenighet',
    ]);
    expect(found('Hun tar norskkurs ved Malvik voksenopplæring.')).toEqual([
      'ORGANIZATION:Malvik voksenopplæring',
    ]);
    expect(found('Hun har hatt et opphold på Valnesfjord Helsesportssenter.')).toEqual([
      'ORGANIZATION:Valnesfjord Helsesportssenter',
    ]);
  });
});

describe('listed towns abroad in a place frame (foreign-towns.ts)', () => {
  it('types a listed town after a preposition as a place, not a firm or a person', () => {
    expect(found('Hun har en datter som jobber i Doha.')).toEqual(['LOCATION:Doha']);
    expect(found('Han har bodd i Rzeszów og Kraków før han kom hit.')).toEqual([
      'LOCATION:Rzeszów',
      'LOCATION:Kraków',
    ]);
  });

  it('keeps a firm named after a town, and a town word opening a sentence', () => {
    expect(found('Han jobber i Lagos Shipping.')).toEqual(['WORKPLACE:Lagos Shipping']);
    expect(found('Doha ringte i dag.')).not.toContain('LOCATION:Doha');
  });
});

describe('r40b: what the s40b frames must leave as main had it', () => {
  it('takes no ordinary noun capitalised after a fused dialect preposition for a place', () => {
    for (const text of [
      'Han falt og slo seg da han klatret oppå Taket i helgen.',
      'Hun satt borti Hjørnet hele møtet og sa lite.',
      'Vi gikk nedpå Kjøkkenet for å hente kaffe.',
      'Legg tabletten oppå Tunga.',
      'Vi var borti Legevakta i går.',
      'Hun hadde vondt utpå Kvelden.',
      'Hun gikk innpå Badet og kasta opp.',
    ])
      expect(found(text)).toEqual([]);
    expect(found('Dei har kjøpt hus oppå Byneset.')).toEqual(['LOCATION:Byneset']);
    expect(found('Han har hytte oppå Høgda.')).toEqual(['LOCATION:Høgda']);
  });

  it('takes a listed town after "og" for a place only when a place comes before', () => {
    expect(found('Han snakket med Idlib og Homs om oppholdet.')).toEqual([
      'PERSON:Idlib',
      'PERSON:Homs',
    ]);
  });

  it('keeps a person after «til» outside a journey', () => {
    expect(found('Han sendte melding til Amman, broren sin.')).toEqual(['PERSON:Amman']);
    expect(found('Hun ga telefonen til Adana.')).toEqual(['PERSON:Adana']);
    expect(found('Hun flyttet til Doha i fjor.')).toEqual(['LOCATION:Doha']);
  });

  it('reads «slakter», «røkter» and «klokker» as verbs or plurals without «er/som» before', () => {
    expect(found('Han slakter sau hos naboen Ola.')).toEqual(['PERSON:Ola']);
    expect(found('Han røkter dyra hos naboen.')).toEqual([]);
    expect(found('Hun samler på klokker hos Olsen.')).toEqual(['PERSON:Olsen']);
    expect(found('Han er slakter hos Nortura.')).toEqual(['WORKPLACE:Nortura']);
    expect(found('Arbeid: Røkter på anlegget til Salmar Nordfjord.')).toEqual([
      'WORKPLACE:Salmar Nordfjord',
    ]);
  });

  it('joins no list of places to a NAV office', () => {
    expect(found('Han ringte NAV Stjørdal Meråker og Hitra.')).toEqual([
      'ORGANIZATION:NAV Stjørdal',
      'LOCATION:Meråker',
      'LOCATION:Hitra',
    ]);
  });

  it('takes no firm, test or shop after "er/var fra" for an origin', () => {
    for (const text of [
      'pasient: hun var fra adecco',
      'pasient: de var fra securitas',
      'pasient: det var fra vitusapotek',
      'lege: prøven var fra ferritin',
    ])
      expect(found(text)).toEqual([]);
    expect(found('pasient: jeg er fra mosul opprinnelig')).toEqual(['LOCATION:mosul']);
    expect(found('pasient: kona, elzbieta, er fra gdynia')).toContain('LOCATION:gdynia');
  });
});
