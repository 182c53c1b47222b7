import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('cold hands or feet ("eg fraus på hendene")', () => {
  const visit = indexOf([
    ['lege', 'Har du hatt feber eller frysningar?'],
    ['pasient', 'Nei, ingen feber. Men eg fraus på hendene i går då eg var ute og gjekk.'],
  ]);

  it('do not bear out chills', () => {
    expect(shownFlags('Ingen feber, men frysninger.', visit, 'anamnese').length).toBeGreaterThan(0);
    expect(shownFlags('Frysninger.', visit, 'anamnese').length).toBeGreaterThan(0);
  });
});

describe('chills told without a body part', () => {
  const visit = indexOf([
    ['lege', 'Har du hatt feber?'],
    ['pasient', 'Nei, men eg har frose og skalv i heile natt.'],
  ]);

  it('still bear out chills', () => {
    expect(shownFlags('Ingen feber, men frysninger.', visit, 'anamnese')).toEqual([]);
  });
});

describe('chills at a place whose name starts like a body part ("på fotballtreningen")', () => {
  const visit = indexOf([
    ['pasient', 'Jeg har hatt feber og frøs på fotballtreningen, skalv helt.'],
  ]);

  it('still bear out chills', () => {
    expect(shownFlags('Frysninger.', visit, 'anamnese')).toEqual([]);
  });

  it('cold feet and fingers still do not', () => {
    const feet = indexOf([['pasient', 'Eg fraus på føtene og fingrane i går, elles er eg fin.']]);
    expect(shownFlags('Frysninger.', feet, 'anamnese').length).toBeGreaterThan(0);
  });
});
