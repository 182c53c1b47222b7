import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a drug the patient tolerates or not ("Tåler du penicillin?")', () => {
  const visit = indexOf([
    ['lege', 'Tåler du penicillin?'],
    ['pasient', 'Ja, det har æ fått mange gang, det går fint.'],
    ['lege', 'Og Prednisolon?'],
    ['pasient', 'Eg tåler ikkje Voltaren, eg får magesår av det.'],
    ['lege', 'Tåler du Ibux?'],
    ['pasient', 'Dæ ha je fått før, dæ gikk bra.'],
  ]);

  it('bears out a note that says what was said', () => {
    expect(shownFlags('Tåler penicillin.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Tåler ikke Voltaren, har fått magesår.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Tåler Ibux.', visit, 'anamnese')).toEqual([]);
  });

  it('contradicts a note that turns it round', () => {
    expect(shownFlags('Tåler ikke penicillin.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
    expect(shownFlags('Kjent penicillinallergi.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
    expect(shownFlags('Tåler Voltaren.', visit, 'anamnese')).toContain('error:negation-conflict');
    expect(shownFlags('Tåler ikke Ibux.', visit, 'anamnese')).toContain('error:negation-conflict');
  });
});

describe('a drug in use or stopped', () => {
  const visit = indexOf([
    ['lege', 'Hva bruker du av medisiner nå?'],
    ['pasient', 'Symbicort tar æ to ganga dagli. Og så Simvastatin om kvelden.'],
    ['lege', 'Tar du dem hver dag?'],
    ['pasient', 'Ja, hver dag. Bortsett fra Simvastatin, den sluttet jeg med i sommer.'],
  ]);

  it('contradicts a note that gives a stopped drug as used, or a used drug as not used', () => {
    expect(shownFlags('Bruker Simvastatin daglig.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
    expect(shownFlags('Bruker ikke Symbicort.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('bears out a note that says it was stopped or is used', () => {
    expect(shownFlags('Sluttet med Simvastatin i sommer.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Bruker Symbicort to ganger daglig.', visit, 'anamnese')).toEqual([]);
  });
});
