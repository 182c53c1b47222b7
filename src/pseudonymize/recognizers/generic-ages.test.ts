import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

describe('ages of a group or a rule', () => {
  it('keeps ages said of many people, an age limit and a range of ages', () => {
    expect(found('Pasienter i 80-årene har høyere risiko for delirium.')).toEqual([]);
    expect(found('Aldersgrensen er 18 år for voksenmottaket.')).toEqual([]);
    expect(found('Femåringer og toåringer med feber vurderes av barnelege.')).toEqual([]);
    expect(found('Ungdom i alderen 13–16 år vurderes av barnelege.')).toEqual([]);
  });

  it("still replaces one person's age beside them", () => {
    expect(found('Pasienten er i 80-årene.')).toEqual(['AGE 80-årene']);
    expect(found('Aldersgrensen er 18 år for voksenmottaket. Gutten er 16 år.')).toEqual([
      'AGE 16 år',
    ]);
    expect(found('Seksåringen var med.')).toEqual(['AGE Seksåringen']);
  });
});

describe('a range of ages after a group (s32k)', () => {
  const ages = (text: string): string[] =>
    detectIdentifiers(text)
      .filter((entity) => entity.type === 'AGE')
      .map((entity) => entity.text);
  it('is no age: «for barn 6–12 år», «barn 1–5 år»', () => {
    expect(ages('Influensavaksine anbefales for barn 6–12 år med kronisk sykdom.')).toEqual([]);
    expect(ages('Dosering for barn 1–5 år: 5 ml to ganger daglig.')).toEqual([]);
  });
  it('is still the age of a person, also of children said together', () => {
    expect(ages('Sønnen er 12 år.')).toEqual(['12 år']);
    expect(ages('Barna er 6 og 12 år.')).toEqual(['6 og 12 år']);
    expect(ages('Barna er 6–12 år.')).toEqual(['6', '12 år']);
  });
});

describe('years as a duration before the noun they measure (s32k)', () => {
  const ages = (text: string): string[] =>
    detectIdentifiers(text)
      .filter((entity) => entity.type === 'AGE')
      .map((entity) => entity.text);
  it('is no age: «10 års risiko», «5 års oppfølging»', () => {
    expect(ages('10 års risiko for hjerte- og karsykdom beregnes med NORRISK 2.')).toEqual([]);
    expect(ages('5 års oppfølging anbefales.')).toEqual([]);
  });
  it('is still the age before a person', () => {
    expect(ages('54 års mann med brystsmerter.')).toEqual(['54 års']);
    expect(ages('10 års gutt med feber.')).toEqual(['10 års']);
  });
});

describe('years as the length of a time limit said with «er» (s33d)', () => {
  const ages = (text: string): string[] =>
    detectIdentifiers(text)
      .filter((entity) => entity.type === 'AGE')
      .map((entity) => entity.text);
  it('is no age: «fristen er tre år», «Gyldighetstiden er fem år»', () => {
    expect(
      ages('Krav om erstatning må meldes, og fristen er tre år fra skaden ble kjent.'),
    ).toEqual([]);
    expect(ages('Gyldighetstiden er fem år for attesten.')).toEqual([]);
    expect(ages('Karenstida er eitt år etter anfallet.')).toEqual([]);
  });
  it('is still the age of a person said with «er»', () => {
    expect(ages('Sønnen er tre år.')).toEqual(['tre år']);
    expect(ages('Fristen er tre år. Datteren er fem år.')).toEqual(['fem år']);
  });
});

describe('«fylte N år» in a rule about a group (s33d)', () => {
  const ages = (text: string): string[] =>
    detectIdentifiers(text)
      .filter((entity) => entity.type === 'AGE')
      .map((entity) => entity.text);
  it('is no age when the sentence speaks of many people and of no one', () => {
    expect(ages('Prediktiv testing av barn gjøres normalt ikke før fylte 18 år.')).toEqual([]);
    expect(ages('Tilbudet gjelder alle kvinner etter fylte 50 år.')).toEqual([]);
  });
  it('is no age in a rule said of no one: «førerkort … etter fylte 75 år»', () => {
    expect(
      ages('Attest ved fornyelse av førerkort klasse B for alle sjåfører etter fylte 75 år.'),
    ).toEqual([]);
    expect(ages('For personer over 70 gjelder kravet om helseattest fra fylte 75 år.')).toEqual([]);
  });
  it('is still the age in a note that leaves out the person', () => {
    expect(ages('Fikk diagnosen etter fylte 75 år.')).toEqual(['75 år']);
    expect(ages('Han fornyet førerkortet etter fylte 75 år.')).toEqual(['75 år']);
  });
  it('is still the age when one person is in the sentence', () => {
    expect(ages('Hun fikk diagnosen etter fylte 75 år.')).toEqual(['75 år']);
    expect(ages('Barnet ble vaksinert etter fylte 2 år, som andre barn.')).toEqual(['2 år']);
  });
});

describe('a decade of life in a statement of how often a disease comes (s33d)', () => {
  const ages = (text: string): string[] =>
    detectIdentifiers(text)
      .filter((entity) => entity.type === 'AGE')
      .map((entity) => entity.text);
  it('is no age: «kommer ofte i 40- og 50-årene», «som regel i 60-årene»', () => {
    expect(ages('Ved Lynch-syndrom kommer tarmkreft ofte i 40- og 50-årene.')).toEqual([]);
    expect(ages('Sykdommen oppstår som regel i 60-årene.')).toEqual([]);
  });
  it('is still the age of the person the sentence is about', () => {
    expect(ages('Han fikk tarmkreft i 50-årene.')).toEqual(['50-årene']);
    expect(ages('Hun var ofte syk i 50-årene.')).toEqual(['50-årene']);
  });
});

describe('«fylte N år» needs a plural group, and never for 90 and over (s33r)', () => {
  const ages = (text: string): string[] =>
    detectIdentifiers(text)
      .filter((entity) => entity.type === 'AGE')
      .map((entity) => entity.text);
  it("is the patient's age in a note without a subject or with «pasient», «ham»", () => {
    expect(ages('Søker helseattest til førerkortet, fylte 84 år i april.')).toEqual(['84 år']);
    expect(ages('Søker helseattest for førerkort, fylte 94 år i juni.')).toEqual(['94 år']);
    expect(ages('Helseattest førerkort: gjelder pasient som fylte 81 år i mars.')).toEqual([
      '81 år',
    ]);
    expect(ages('Kravet om attest gjelder ham fra fylte 78 år.')).toEqual(['78 år']);
    expect(ages('Tilbudet gjelder alle kvinner etter fylte 96 år.')).toEqual(['96 år']);
  });
  it('is still no age in a rule about a plural group of drivers', () => {
    expect(ages('For alle sjåfører kreves helseattest til førerkort etter fylte 75 år.')).toEqual(
      [],
    );
    expect(ages('Eldre bilførere må fornye førerkortet etter fylte 80 år.')).toEqual([]);
  });
});

describe('a decade of life with a frequency word, said of the patient (s33r)', () => {
  const ages = (text: string): string[] =>
    detectIdentifiers(text)
      .filter((entity) => entity.type === 'AGE')
      .map((entity) => entity.text);
  it('is the age in a subjectless note: «Fikk bronkitt ofte i 30-årene»', () => {
    expect(ages('Hadde lungebetennelse ofte i 40-årene.')).toEqual(['40-årene']);
  });
  it('is still no age when a disease or a group is the subject', () => {
    expect(ages('Hos menn debuterer sykdommen gjerne i 30-årene.')).toEqual([]);
  });
});
