import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a spoken one that cannot be the article', () => {
  const visit = indexOf([
    ['lege', 'Bruker du noen faste medisiner?'],
    ['pasient', 'Bare Albyl-E, én om dagen.'],
    ['lege', 'Du får Apocillin ein million einingar fire gonger dagleg i ti dagar.'],
    ['lege', 'Jeg starter Flutide, én inhalasjon morgen og kveld.'],
  ]);

  it('bears out "1 tablett daglig" said as "én om dagen"', () => {
    expect(shownFlags('Bruker Albyl-E 1 tablett daglig.', visit, 'anamnese')).toEqual([]);
  });

  it('bears out "1 mill IE" said as "ein million einingar"', () => {
    expect(shownFlags('Apocillin 1 mill IE x4 i 10 dager.', visit, 'tiltak')).toEqual([]);
  });

  it('bears out "1 inhalasjon" said as a stressed "én inhalasjon"', () => {
    expect(shownFlags('Starter Flutide 1 inhalasjon x 2.', visit, 'tiltak')).toEqual([]);
  });

  it('still flags the same frames with a number that was not said', () => {
    expect(shownFlags('Bruker Albyl-E 2 tabletter daglig.', visit, 'anamnese')).not.toEqual([]);
    expect(shownFlags('Apocillin 2 mill IE x4 i 10 dager.', visit, 'tiltak')).not.toEqual([]);
    expect(shownFlags('Starter Flutide 2 inhalasjoner x 2.', visit, 'tiltak')).not.toEqual([]);
  });

  it('still reads an unstressed "en" before a plain noun as the article', () => {
    const article = indexOf([['pasient', 'Jeg fikk en resept på Albyl-E i fjor.']]);
    expect(shownFlags('Albyl-E 1 tablett daglig.', article, 'anamnese')).toContain(
      'warning:number-not-in-transcript',
    );
  });
});

describe('a one said with its decimals', () => {
  const visit = indexOf([['lege', 'visus høyre null komma åtte venstre ein komma null']]);

  it('bears out "1,0" said as "ein komma null"', () => {
    expect(shownFlags('Visus høyre 0,8, venstre 1,0.', visit, 'funn')).toEqual([]);
  });

  it('still flags a value that was not said', () => {
    expect(shownFlags('Visus høyre 0,8, venstre 1,2.', visit, 'funn')).not.toEqual([]);
  });
});

describe('a length of time said with "heil" or "hel" before its unit', () => {
  const visit = indexOf([
    ['lege', 'Kor lenge varer anfalla?'],
    [
      'pasient',
      'Stort sett berre nokre sekund. Men ein gong i førre veke varte det i ein heil time.',
    ],
    ['lege', 'Og hovudverken etterpå?'],
    ['pasient', 'Ein heil dag, ofte.'],
  ]);

  it('bears out "en time" and "eit døgn" said as "ein heil time" and "ein heil dag"', () => {
    expect(shownFlags('Ett anfall i forrige uke varte en time.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Hovudverken varer opptil eit døgn.', visit, 'anamnese')).toEqual([]);
  });

  it('still contradicts a length that differs', () => {
    expect(shownFlags('Ett anfall i forrige uke varte to timer.', visit, 'anamnese')).toEqual([
      'error:number-conflict',
    ]);
    expect(shownFlags('Hovudverken varer opptil tre døgn.', visit, 'anamnese')).toEqual([
      'error:number-conflict',
    ]);
  });
});

describe('how many times written against its number ("x2")', () => {
  const visit = indexOf([
    ['lege', 'Du får Apocillin ein million einingar fire gonger dagleg i ti dagar.'],
  ]);

  it('bears out "x4" said as "fire gonger dagleg"', () => {
    expect(shownFlags('Apocillin 1 mill IE x4 i 10 dager.', visit, 'tiltak')).toEqual([]);
  });

  it('contradicts "x2" when four times a day was said', () => {
    expect(shownFlags('Apocillin 1 mill IE x2 i 10 dager.', visit, 'tiltak')).toEqual([
      'error:number-conflict',
    ]);
  });
});

describe('a spoken one without a unit is a count, never a dose', () => {
  const visit = indexOf([
    ['lege', 'Tar du Paracet?'],
    ['pasient', 'Ja, 500 milligram. Én om dagen.'],
    ['lege', 'Jeg starter Flutide, én inhalasjon morgen og kveld.'],
  ]);

  it('flags "Paracet 1 g" where "500 milligram. Én om dagen" was said', () => {
    expect(shownFlags('Bruker Paracet 1 g daglig.', visit, 'anamnese')).not.toEqual([]);
    expect(shownFlags('Paracet 1 g x 1.', visit, 'anamnese')).not.toEqual([]);
  });

  it('flags "x 1" where one inhalation morning and evening was said', () => {
    expect(shownFlags('Starter Flutide 1 inhalasjon x 1.', visit, 'tiltak')).not.toEqual([]);
  });

  it('still bears out the count of tablets and inhalations', () => {
    expect(shownFlags('Bruker Paracet 500 mg, 1 tablett daglig.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Starter Flutide 1 inhalasjon x 2.', visit, 'tiltak')).toEqual([]);
  });
});
