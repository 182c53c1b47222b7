import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

// "Brukar du nokon faste medisinar?" "Ingenting anna enn Eliquis" (dev case v444): a no with an
// exception that names a drug says the patient uses that drug.
describe('a no to a question about medicines that names an exception', () => {
  const visit = indexOf([
    ['lege', 'Brukar du nokon faste medisinar?'],
    ['pasient', 'Ingenting anna enn Eliquis, fem milligram morgon og kveld.'],
  ]);

  it('accepts the note that the patient uses the drug named', () => {
    expect(shownFlags('Bruker Eliquis 5 mg to ganger daglig.', visit, 'anamnese')).toEqual([]);
  });

  it('flags a note that the patient uses no regular medicines', () => {
    expect(shownFlags('Bruker ingen faste medisiner.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('keeps a plain "Nei, ingenting" a no', () => {
    const none = indexOf([
      ['lege', 'Bruker du noen faste medisiner?'],
      ['pasient', 'Nei, ingenting.'],
    ]);
    expect(shownFlags('Bruker ingen faste medisiner.', none, 'anamnese')).toEqual([]);
  });
});
