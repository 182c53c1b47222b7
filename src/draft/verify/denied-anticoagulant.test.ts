import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a note denying blood thinners where the patient named an anticoagulant', () => {
  const visit = indexOf([
    ['lege', 'Bruker du nokon faste medisinar?'],
    ['pasient', 'Ingenting anna enn Eliquis, for hjarteflimmeret.'],
  ]);

  it('contradicts "Bruker ingen blodfortynnende"', () => {
    expect(shownFlags('Bruker ingen blodfortynnende.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
    expect(shownFlags('Ikke på blodfortynnende.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('bears out a note that names the drug', () => {
    expect(shownFlags('Bruker Eliquis fast.', visit, 'anamnese')).toEqual([]);
  });
});

describe('an anticoagulant the patient stopped', () => {
  const visit = indexOf([
    ['lege', 'Bruker du noe blodfortynnende?'],
    ['pasient', 'Nei. Jeg brukte Marevan, men sluttet med det for to år siden.'],
  ]);

  it('does not contradict "Bruker ingen blodfortynnende"', () => {
    expect(shownFlags('Bruker ingen blodfortynnende.', visit, 'anamnese')).not.toContain(
      'error:negation-conflict',
    );
  });
});
