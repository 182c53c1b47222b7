import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function persons(text: string): string[] {
  return detectIdentifiers(text)
    .filter((entity) => entity.type === 'PERSON')
    .map((entity) => entity.text);
}

describe('recognizeLowerContactNames', () => {
  it('finds a lower-case name after a call, a copy, an appointment or an answer', () => {
    expect(persons('ring olu etter klokka fire.')).toEqual(['olu']);
    expect(persons('kontakt ferhat om tolk.')).toEqual(['ferhat']);
    expect(persons('kopi til ngugi på rus og psykiatri.')).toEqual(['ngugi']);
    expect(persons('neste time hos sæbø.')).toEqual(['sæbø']);
    expect(persons('vi venter på svar fra skogheim på sykehuset.')).toEqual(['skogheim']);
  });

  it('finds a name after a role and "er", and a given name between a verb of saying and "at"', () => {
    expect(persons('fastlegen er amina sheikh på grorud legekontor.')).toEqual(['amina sheikh']);
    expect(persons('så sier liv at hun er sliten.')).toEqual(['liv']);
  });

  it('leaves services, roles, pronouns and English words in the same frames alone', () => {
    expect(persons('ring legevakten hvis det blir verre.')).toEqual([]);
    expect(persons('kontakt fastlegen om svar.')).toEqual([]);
    expect(persons('time hos tannlegen neste uke.')).toEqual([]);
    expect(persons('ring hope etter jobb.')).toEqual([]);
    expect(persons('fastlegen er syk i dag.')).toEqual([]);
    expect(persons('ring henne i morgen.')).toEqual([]);
    expect(persons('kontakt oss ved spørsmål.')).toEqual([]);
    expect(persons('hun sier at det går bra.')).toEqual([]);
    expect(persons('kontroll hos onkolog om tre uker.')).toEqual([]);
    expect(persons('time hos kiropraktor neste uke.')).toEqual([]);
    // A written note capitalises names: a lower-case word in its frames is a word.
    expect(persons('Pasienten har time hos gnathos i morgen.')).toEqual([]);
    expect(persons('ingen kontroll hos lavrisikopasient.')).toEqual([]);
    expect(persons('ring hundreogtretten hvis det blir verre.')).toEqual([]);
  });
});
