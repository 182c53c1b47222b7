import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

// Lay and dialect words the lexicon missed, so a flipped negation found no claim to check
// (dev cases v444, v445, v446).
describe('lay words read as the finding a note denies or states', () => {
  it('reads the nynorsk "frøse" as chills', () => {
    const visit = indexOf([
      ['lege', 'Har du hatt feber?'],
      ['pasient', 'Eg har frøse litt om kveldane, men eg har ikkje målt feber.'],
    ]);
    expect(shownFlags('Ingen frysninger.', visit, 'anamnese')).toContain('error:negation-conflict');
  });

  it('reads "ansiktslammelse" as the paresis the patient denied', () => {
    const visit = indexOf([
      ['lege', 'Har du kjent nummenheit eller lammelse i ansiktet?'],
      ['pasient', 'Inga lammelse, og ikkje nummen.'],
    ]);
    expect(shownFlags('Ansiktslammelse.', visit, 'anamnese')).toContain('error:negation-conflict');
    expect(shownFlags('Ingen ansiktslammelse.', visit, 'anamnese')).toEqual([]);
  });

  it('reads "bankøm" as tenderness the examination denied', () => {
    const visit = indexOf([['lege', 'Ho e itj bankøm over nyrelogan. Magen e bløt.']]);
    expect(shownFlags('Bankøm over nyrelosjene.', visit, 'funn')).toContain(
      'error:negation-conflict',
    );
  });

  it('reads "hoftebetennelse" as a diagnosis the patient had', () => {
    const visit = indexOf([
      ['lege', 'Har du hatt hoftebetennelse?'],
      ['pasient', 'Ja, æ hadd hoftebetennelse som unge.'],
    ]);
    expect(shownFlags('Aldri hatt hoftebetennelse.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('reads "… at jeg ikke orker mer" as suicidal thoughts', () => {
    const visit = indexOf([
      ['lege', 'Hvordan har du det?'],
      ['pasient', 'Noen kvelder tenker jeg at jeg ikke orker mer.'],
    ]);
    expect(shownFlags('Ingen suicidale tanker.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('does not read "ikke orker mer" with an object after it as suicidal thoughts', () => {
    const visit = indexOf([
      ['pasient', 'Jeg er så sliten etter jobb at jeg ikke orker mer trening.'],
    ]);
    expect(shownFlags('Suicidale tanker.', visit, 'anamnese')).toContain('warning:unsupported');
    const work = indexOf([['pasient', 'Eg er så sliten at eg ikkje orkar meir jobb.']]);
    expect(shownFlags('Suicidale tanker.', work, 'anamnese')).toContain('warning:unsupported');
  });
});
