import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a denial written as the opposite ability', () => {
  const ankle = indexOf([
    ['lege', 'Ka e det som har skjedd?'],
    [
      'pasient',
      'Æ datt på isen i går kveld, tråkka over på høyre foten. Æ klare ikkje å gå på den, må hinke.',
    ],
  ]);
  const throat = indexOf([
    ['lege', 'Får du svelgt spyttet?'],
    ['pasient', 'Nei, det renn ut, eg klarar ikkje å svelgje.'],
  ]);

  it('flags "går fint" and "svelger uten problemer" as a negation error', () => {
    expect(shownFlags('Går fint på foten.', ankle, 'anamnese')).toContain(
      'error:negation-conflict',
    );
    expect(shownFlags('Svelger spytt uten problemer.', throat, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('bears out the inability written in clinical terms', () => {
    expect(shownFlags('Klarer ikke å belaste foten, hinker.', ankle, 'anamnese')).not.toContain(
      'error:negation-conflict',
    );
    expect(shownFlags('Klarer ikke å svelge spyttet.', throat, 'anamnese')).not.toContain(
      'error:negation-conflict',
    );
  });

  it('does not flag where the patient also said the activity goes', () => {
    const both = indexOf([
      ['pasient', 'Det hovna opp med en gang, men jeg kan gå på den.'],
      ['pasient', 'Jeg klarer ikke å gå i trapper.'],
    ]);
    expect(shownFlags('Går fint på foten.', both, 'anamnese')).not.toContain(
      'error:negation-conflict',
    );
  });
});

describe('an ability written as a denial', () => {
  const finger = indexOf([
    ['lege', 'Kjenner du nummenhet i fingertuppen?'],
    ['pasient', 'Nei, jeg kjenner alt.'],
    ['lege', 'Kan du bøye fingeren helt?'],
    ['pasient', 'Ja, det går fint.'],
  ]);
  const ankle = indexOf([
    [
      'pasient',
      'Jeg tråkka over på venstre foten i går kveld, den hovna opp med en gang, men jeg kan gå på den.',
    ],
  ]);

  it('flags "klarer ikke" and "kan ikke belaste" as a negation error', () => {
    expect(shownFlags('Klarer ikke å bøye fingeren.', finger, 'anamnese')).toContain(
      'error:negation-conflict',
    );
    expect(shownFlags('Hevelse umiddelbart, kan ikke belaste foten.', ankle, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('bears out the ability in clinical terms', () => {
    expect(shownFlags('Kan bøye fingeren fullt.', finger, 'anamnese')).toEqual([]);
    expect(shownFlags('Hevelse umiddelbart, kan gå på foten.', ankle, 'anamnese')).toEqual([]);
  });
});

describe('a short sentence about drinking with no evidence of its own', () => {
  const child = indexOf([
    ['lege', 'Kor lenge har han vore dårleg?'],
    ['pårørende', 'Sia i natt. Han har kasta opp fem-seks gonger. Han vil ikkje drikke noko.'],
  ]);

  it('flags "Drikker godt" against "vil ikkje drikke noko"', () => {
    expect(shownFlags('Drikker godt.', child, 'anamnese')).toContain('error:negation-conflict');
  });

  it('bears out "vil ikke drikke"', () => {
    expect(shownFlags('Vil ikke drikke.', child, 'anamnese')).not.toContain(
      'error:negation-conflict',
    );
  });
});
