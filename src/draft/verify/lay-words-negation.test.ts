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
});
