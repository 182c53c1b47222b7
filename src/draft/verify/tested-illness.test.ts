import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

// Dev case v680: a partner has hepatitis C; the doctor orders hepatitis tests and offers a vaccine.
// Naming the illness a test or vaccine is for does not say the patient has it.
describe('an illness named only as what a test or vaccine is for', () => {
  const visit = indexOf([
    [
      'pasient',
      'Kjæresten min har fått påvist hepatitt C nå i høst. Så jeg lurte på om jeg burde testes.',
    ],
    ['lege', 'Har du testet deg før?'],
    ['pasient', 'For to år siden, og da var det negativt.'],
    ['lege', 'Da tar vi hepatitt C-antistoff, hepatitt B og hiv i dag.'],
    ['lege', 'Og jeg skriver at du skal få tilbud om hepatitt B-vaksine.'],
  ]);

  it('flags «Kronisk hepatitt C» in the assessment', () => {
    expect(shownFlags('Kronisk hepatitt C.', visit, 'vurdering')).toContain('warning:unsupported');
  });

  it('flags «Kjent hepatitt C-positiv» as the partner’s illness', () => {
    expect(shownFlags('Kjent hepatitt C-positiv.', visit, 'anamnese')).toContain(
      'error:person-conflict',
    );
  });

  it('accepts the partner’s illness and the tests ordered', () => {
    expect(shownFlags('Kjæresten har fått påvist hepatitt C i høst.', visit, 'anamnese')).toEqual(
      [],
    );
    expect(
      shownFlags('Hepatitt C-antistoff, hepatitt B og hiv tatt i dag.', visit, 'tiltak'),
    ).toEqual([]);
  });

  it('still reads a plain statement of the illness as the patient’s', () => {
    const known = indexOf([
      ['lege', 'Du har hepatitt B fra før, og vi tar nye prøver i dag.'],
      ['pasient', 'Ja, jeg vet det.'],
    ]);
    expect(shownFlags('Kjent hepatitt B.', known, 'anamnese')).toEqual([]);
  });
});
