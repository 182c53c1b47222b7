import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('lay words for chills, night sweats, thirst and much urine', () => {
  const visit = indexOf([
    ['lege', 'Kva plagar deg?'],
    ['pasient', 'Eg har frøse og svettet om nettene ei veke no.'],
    ['pårørende', 'Han har drukke og tissa masse i to veker.'],
  ]);

  it('bears out the clinical terms', () => {
    expect(shownFlags('Frysninger og nattesvette i en uke.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Polydipsi og polyuri i to uker.', visit, 'anamnese')).toEqual([]);
  });

  it('contradicts the same terms denied', () => {
    expect(shownFlags('Ingen frysninger.', visit, 'anamnese')).toContain('error:negation-conflict');
    expect(shownFlags('Ingen nattesvette.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
    expect(shownFlags('Ingen polyuri.', visit, 'anamnese')).toContain('error:negation-conflict');
  });

  it('still contradicts a wrong duration', () => {
    expect(shownFlags('Polydipsi og polyuri i fire uker.', visit, 'anamnese')).toContain(
      'error:number-conflict',
    );
  });
});

describe('a lay word for a child’s hip inflammation beside a relative’s palsy', () => {
  const visit = indexOf([
    ['lege', 'Kjenner du nummenhet eller lammelse i ansiktet?'],
    ['pasient', 'Nei.'],
    ['pårørende', 'Eg hadde borrelia med ansiktslammelse for tre år sia.'],
    ['lege', 'Dette er trolig en forbigående hoftebetennelse etter forkjølelsen.'],
  ]);

  it('bears out the clinical term', () => {
    expect(shownFlags('Trolig coxitis simplex.', visit, 'vurdering')).toEqual([]);
  });

  it('still flags the wife’s palsy written as the patient’s', () => {
    expect(shownFlags('Hatt facialisparese.', visit, 'anamnese')).not.toEqual([]);
  });
});
