import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a no to allergies with an exception ("Ingenting, bortsett fra penicillin") is a yes', () => {
  it('flags "ingen kjente allergier" when penicillin was the exception', () => {
    const visit = indexOf([
      ['lege', 'Har du noen allergier?'],
      ['pasient', 'Ingenting, bortsett fra penicillin da.'],
    ]);
    expect(shownFlags('Ingen kjente allergier.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
    expect(shownFlags('Allergi mot penicillin.', visit, 'anamnese')).toEqual([]);
  });

  it("still reads a plain denial, an exception to another question or a relative's allergy as a no", () => {
    const visit = indexOf([
      ['lege', 'Har du noen allergier?'],
      ['pasient', 'Ingenting.'],
      ['lege', 'Bruker du noen blodfortynnende?'],
      ['pasient', 'Ingenting, bortsett fra Paracet av og til.'],
      ['lege', 'Har du noen andre allergier?'],
      ['pasient', 'Ingenting, anna enn at mor reagerer på penicillin.'],
    ]);
    expect(shownFlags('Ingen kjente allergier.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Bruker ingen blodfortynnende.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Allergi mot penicillin.', visit, 'anamnese')).not.toEqual([]);
  });
});
