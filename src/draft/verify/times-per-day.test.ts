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
