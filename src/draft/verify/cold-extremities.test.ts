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
