import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

const found = (text: string): string[] =>
  detectIdentifiers(text).map((entity) => `${entity.type}:${entity.text}`);

const has = (text: string, entity: string): boolean => found(text).includes(entity);

describe('privacy leaks from the s34g/s34j merge (s34k)', () => {
  it('keeps a place before a road number («Bjerkvik E10», «Vinstra E6», «Ås B2»)', () => {
    expect(has('MC-ulykke ved Bjerkvik E10 i går kveld.', 'LOCATION:Bjerkvik')).toBe(true);
    expect(has('Påkjørt ved Vinstra E6', 'LOCATION:Vinstra')).toBe(true);
    expect(has('Bor på Ås B2', 'LOCATION:Ås')).toBe(true);
    expect(has('Trafikkulykke på Gausdal Rv4 i natt.', 'LOCATION:Gausdal')).toBe(true);
  });
  it('still reads a maker before a model code («Hamilton C6»)', () => {
    expect(found('Pasienten ligger på Hamilton C6 i natt.')).toEqual([]);
  });

  it('keeps a place after a device word and «fra» unless the word is a listed maker', () => {
    expect(has('Overført med respirator fra Kirkenes.', 'LOCATION:Kirkenes')).toBe(true);
    expect(has('Fikk rullatoren fra Sortland.', 'LOCATION:Sortland')).toBe(true);
    expect(has('Kateteret fra Lillehammer er skiftet.', 'LOCATION:Lillehammer')).toBe(true);
    expect(has('Ny madrass fra Steinkjer i dag.', 'LOCATION:Steinkjer')).toBe(true);
    expect(has('Fikk hjelpemidler fra Hamar.', 'LOCATION:Hamar')).toBe(true);
  });
  it('still reads a listed maker after a device word and «fra» («rullatoren fra Dolomite»)', () => {
    expect(found('Rullatoren fra Dolomite er levert.')).toEqual([]);
  });

  it('keeps a year of an offer as a date when a pronoun for one person is in the clause', () => {
    expect(found('Fra 2019 dekkes det for henne av NAV.')).toContain('DATE:2019');
    expect(found('Fra 2021 dekkes det nå for ham av kommunen.')).toContain('DATE:2021');
  });
  it('still drops the year of an offer to everyone («Fra 2020 tilbys alle gravide»)', () => {
    expect(found('Fra 2020 tilbys alle gravide ultralyd.')).not.toContain('DATE:2020');
  });

  it('keeps an unknown surname in -de/-te that is no verb before an object', () => {
    expect(found('eg heiter rasa kazlauskaite og eg er frå litauen')).toContain(
      'PERSON:rasa kazlauskaite',
    );
    expect(found('han heter ola grende og jobbar på sagbruket')).toContain('PERSON:ola grende');
    expect(found('ho heiter siv fjelde og kjem på besøk i morgon')).toContain('PERSON:siv fjelde');
  });
  it('still stops a lower-case name before a past-tense verb and an object («torleiv køyrde meg»)', () => {
    const entities = found('sonen hennar torleiv køyrde meg hit i dag');
    expect(entities).toContain('PERSON:torleiv');
    expect(entities).not.toContain('PERSON:torleiv køyrde');
  });

  it('keeps a person before the nynorsk «sit» and a lone «superman»', () => {
    expect(found('Pasienten Wall sit i rullestol.')).toContain('PERSON:Wall');
    expect(found('Han heter Per Superman og bur i Bergen.')).toContain('PERSON:Per Superman');
  });
  it('still reads a capitalised exercise name or one in an exercise frame as no person', () => {
    expect(found('Wall Sit 3 x 30 sekunder, Bird Dog og Dead Bug.')).toEqual([]);
    expect(found('Øvelser: wall sit 3x10 repetisjoner.')).toEqual([]);
  });

  it('keeps a workplace after «poliklinisk», «kontroll» or «oppfølging» in a work frame', () => {
    expect(found('Hun jobber som sykepleier ved poliklinisk avdeling på Lovisenberg.')).toContain(
      'WORKPLACE:Lovisenberg',
    );
  });
  it('still reads a care verb as a care frame («jobber som lærer og ble innlagt ved …»)', () => {
    expect(found('Han jobber som lærer og ble innlagt ved Lovisenberg i går.')).not.toContain(
      'WORKPLACE:Lovisenberg',
    );
  });

  it('reads a slashed number after any relative word as a phone («Venninna 9321/4455»)', () => {
    expect(found('Venninna 9321/4455 henter henne.')).toContain('PHONE:9321/4455');
    expect(found('Kjæresten 4521/3344 henter henne.')).toContain('PHONE:4521/3344');
    expect(found('Saksnummer 2023/4418 er registrert.')).not.toContain('PHONE:2023/4418');
  });
});
