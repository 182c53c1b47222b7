import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('"tidligere" before an illness in the plural ("Tidligere lungebetennelser")', () => {
  const visit = indexOf([
    ['lege', 'Har du hatt lungebetennelse før?'],
    ['pasient', 'Ja, to gonger, sist i fjor.'],
  ]);

  it('states the illness, not a habit given up', () => {
    expect(shownFlags('Tidligere lungebetennelser.', visit, 'anamnese')).toEqual([]);
  });

  it('is contradicted where the patient never had it', () => {
    const denied = indexOf([
      ['lege', 'Har du hatt lungebetennelse før?'],
      ['pasient', 'Nei, eg har aldri hatt lungebetennelse.'],
    ]);
    expect(shownFlags('Tidligere lungebetennelser.', denied, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });
});

describe('a former smoker ("tidligere røyker")', () => {
  const visit = indexOf([
    ['lege', 'Røyker du?'],
    ['pasient', 'Nei, eg slutta for ti år sidan.'],
  ]);

  it('is still read as a habit given up', () => {
    expect(shownFlags('Tidligere røyker.', visit, 'anamnese')).toEqual([]);
  });
});
