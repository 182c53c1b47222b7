import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('how often a complaint comes, said in dialect', () => {
  const visit = indexOf([
    ['lege', 'Vaknar du med hovudpine?'],
    ['pasient', 'Ja, annakvar morgon kanskje.'],
    ['pasient', 'Og e sovnar framfor TV-en kvar einaste kveld.'],
  ]);

  it('reads "annakvar morgon" as every other morning', () => {
    expect(shownFlags('Morgenhodepine omtrent annenhver morgen.', visit, 'anamnese')).toEqual([]);
  });

  it('flags "daglig" against the reply to the question, not a daily habit said next', () => {
    expect(shownFlags('Morgenhodepine daglig.', visit, 'anamnese')).toContain(
      'error:number-conflict',
    );
  });
});

describe("how often a complaint comes is not read from a drug's dosing said nearby", () => {
  const visit = indexOf([
    ['lege', 'Er det vondt om natta òg?'],
    ['pasient', 'Ja, eg vaknar av det nokre netter, kanskje annakvar natt.'],
    ['lege', 'Kva tek du for smertene?'],
    ['pasient', 'Paracet, to tablettar morgon og kveld.'],
    ['pasient', 'Og så har eg Albyl-E ein gong om dagen for hjartet.'],
  ]);

  it('flags pain every night', () => {
    expect(shownFlags('Nattlige smerter hver natt.', visit, 'anamnese')).toContain(
      'error:number-conflict',
    );
    expect(shownFlags('Nattlige smerter omtrent annenhver natt.', visit, 'anamnese')).toEqual([]);
  });
});

describe('no regular medicines, one as needed', () => {
  const visit = indexOf([
    ['lege', 'Bruker han nokon medisinar?'],
    ['pårørende', 'Nei, ingenting fast. Me har gitt han Paracet mikstur ved behov.'],
  ]);

  it('reads "ingen faste medisiner" as no regimen, not a fixed one', () => {
    expect(shownFlags('Ingen faste medisiner, Paracet mikstur ved behov.', visit)).toEqual([]);
  });
});

describe('a drug taken morning and evening', () => {
  const visit = indexOf([
    ['lege', 'Kva tek du for smertene?'],
    ['pasient', 'Paracet, to tablettar morgon og kveld.'],
  ]);

  it('is a regimen, not "ved behov"', () => {
    expect(shownFlags('Bruker Paracet to tabletter ved behov.', visit)).toContain(
      'error:number-conflict',
    );
    expect(shownFlags('Bruker Paracet to tabletter morgen og kveld.', visit)).toEqual([]);
    expect(shownFlags('Paracet to tabletter morgen og kveld ved behov.', visit)).toEqual([]);
  });
});
