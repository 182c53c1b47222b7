import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a blood thinner the home nurse says the patient uses', () => {
  const visit = indexOf([
    ['lege', 'Bruker hun noe blodfortynnende?'],
    ['sykepleier', 'Ja, hun bruker Eliquis.'],
  ]);

  it('flags "Bruker ikke antikoagulasjon"', () => {
    expect(shownFlags('Bruker ikke antikoagulasjon.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('leaves "Bruker Eliquis" alone', () => {
    expect(shownFlags('Bruker Eliquis.', visit, 'anamnese')).toEqual([]);
  });

  it("does not read the doctor's plan as a drug in use", () => {
    const plan = indexOf([
      ['lege', 'Bruker du noe blodfortynnende?'],
      ['pasient', 'Nei.'],
      ['lege', 'Da starter vi Eliquis i dag.'],
    ]);
    expect(shownFlags('Brukte ikke blodfortynnende før i dag.', plan, 'anamnese')).not.toContain(
      'error:negation-conflict',
    );
  });
  it("does not read the nurse's plan for tomorrow as a drug in use", () => {
    const plan = indexOf([
      ['lege', 'Bruker hun noe blodfortynnende?'],
      ['pasient', 'Nei.'],
      ['sykepleier', 'Vi starter Eliquis i morgen om legen vil.'],
    ]);
    expect(shownFlags('Bruker ikke blodfortynnende.', plan, 'anamnese')).not.toContain(
      'error:negation-conflict',
    );
  });
});
