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
