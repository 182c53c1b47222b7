import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('how many times a day a drug is taken', () => {
  const visit = indexOf([
    ['lege', 'Du tek Metformin?'],
    ['pasient', 'Ja, ein tablett morgon og kveld.'],
    ['lege', 'Hun får Paracet?'],
    ['pårørende', 'Ja, hver sjette time.'],
    ['lege', 'Ta Amlodipin ein gong dagleg om morgonen.'],
  ]);

  it('flags once a day where the reply said morning and evening', () => {
    expect(shownFlags('Bruker Metformin én tablett daglig.', visit, 'anamnese')).toContain(
      'error:number-conflict',
    );
    expect(shownFlags('Bruker Metformin én tablett morgen og kveld.', visit, 'anamnese')).toEqual(
      [],
    );
    expect(shownFlags('Bruker Metformin to ganger daglig.', visit, 'anamnese')).toEqual([]);
  });

  it('flags every hour where it was every sixth hour', () => {
    expect(shownFlags('Får Paracet hver time.', visit, 'anamnese')).toContain(
      'error:number-conflict',
    );
    expect(shownFlags('Får Paracet hver sjette time.', visit, 'anamnese')).toEqual([]);
  });

  it('flags twice a day where it was once a day', () => {
    expect(shownFlags('Amlodipin to ganger daglig.', visit, 'tiltak')).toContain(
      'error:number-conflict',
    );
    expect(shownFlags('Amlodipin én gang daglig om morgenen.', visit, 'tiltak')).toEqual([]);
  });
});

describe('times a day: a correction wins, and each drug keeps its own count', () => {
  const visit = indexOf([
    ['lege', 'Hvor ofte tar du Ventoline?'],
    ['pasient', 'Jeg tar Ventoline to ganger om dagen, nei, tre ganger om dagen nå.'],
    ['lege', 'Hvilke andre medisiner bruker du?'],
    [
      'pasient',
      'Jeg tar Metformin to ganger om dagen og Albyl-E én gang om dagen, og så Lipitor om kvelden.',
    ],
    ['lege', 'Og mot smertene?'],
    ['pasient', 'Paracet hver sjette time og Ibux hver åttende time.'],
  ]);

  it('flags the count the patient took back', () => {
    expect(shownFlags('Bruker Ventoline to ganger daglig.', visit, 'anamnese')).toContain(
      'error:number-conflict',
    );
    expect(shownFlags('Bruker Ventoline tre ganger daglig.', visit, 'anamnese')).toEqual([]);
  });

  it('flags a count said of another drug in the same sentence', () => {
    expect(shownFlags('Albyl-E to ganger daglig.', visit, 'anamnese')).toContain(
      'error:number-conflict',
    );
    expect(shownFlags('Bruker Metformin én gang daglig.', visit, 'anamnese')).toContain(
      'error:number-conflict',
    );
    expect(shownFlags('Albyl-E én gang daglig.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Bruker Metformin to ganger daglig.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Ibux hver sjette time.', visit, 'anamnese')).toContain(
      'error:number-conflict',
    );
    expect(shownFlags('Ibux hver åttende time.', visit, 'anamnese')).toEqual([]);
  });
});
