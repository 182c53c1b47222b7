import { describe, expect, it } from 'vitest';
import { readOpeningAge } from './patient-age.js';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('the patient age a sentence opens with', () => {
  it('reads years and months, not an age later in the sentence', () => {
    expect(readOpeningAge('83 år gammel kvinne med forvirring.')).toEqual({
      value: 83,
      unit: 'year',
    });
    expect(readOpeningAge('14 mnd gammel gutt med feber.')).toEqual({ value: 14, unit: 'month' });
    expect(readOpeningAge('Bror fikk infarkt 48 år gammel.')).toBeUndefined();
    expect(readOpeningAge('2,5 år gammel jente med eksem.')).toBeUndefined();
    expect(readOpeningAge('3 år siden forrige operasjon.')).toBeUndefined();
    expect(readOpeningAge('10 år med diabetes.')).toBeUndefined();
  });
});

describe('a patient age the conversation gave as another', () => {
  const answered = indexOf([
    ['lege', 'Hvor gammel er du nå, trettiåtte?'],
    ['pasient', 'Trettini.'],
    ['pasient', 'Kona mi er førtito, hun bruker Keppra.'],
  ]);
  const ownWords = indexOf([
    ['pårørende', 'Pappa er åttiseks, han bruker Marevan.'],
    ['pasient', 'Jeg er åttitre, det stemmer.'],
  ]);
  const onlyRelatives = indexOf([
    ['pårørende', 'Storesøster er fire år, hun hadde ørebetennelse.'],
    ['lege', 'Hvor gammel er datteren?'],
    ['pasient', 'Hun er ni.'],
  ]);
  const selfAfterRelative = indexOf([
    ['lege', 'Hvor gammel er datteren?'],
    ['pasient', 'Hun er ni.'],
    ['lege', 'Og du selv?'],
    ['pasient', 'Førtitre.'],
  ]);
  const birthday = indexOf([
    ['lege', 'Hvor gammel er du?'],
    ['pasient', 'Jeg fyller femti i mai.'],
  ]);

  it('is flagged when the patient answered another age or said their own', () => {
    expect(shownFlags('38 år.', answered, 'anamnese')).toContain('error:number-conflict');
    expect(shownFlags('42 år gammel mann.', answered, 'anamnese')).toContain(
      'error:number-conflict',
    );
    expect(shownFlags('86 år gammel kvinne med forvirring.', ownWords, 'kontaktarsak')).toContain(
      'error:number-conflict',
    );
    expect(shownFlags('9 år.', selfAfterRelative, 'anamnese')).toContain('error:number-conflict');
  });

  it('is not flagged when the age matches, or the patient’s age was never stated', () => {
    expect(shownFlags('39 år.', answered, 'anamnese')).not.toContain('error:number-conflict');
    expect(shownFlags('83 år gammel kvinne.', ownWords, 'kontaktarsak')).not.toContain(
      'error:number-conflict',
    );
    expect(shownFlags('43 år.', selfAfterRelative, 'anamnese')).not.toContain(
      'error:number-conflict',
    );
    expect(shownFlags('4 år gammel gutt med feber.', onlyRelatives, 'kontaktarsak')).not.toContain(
      'error:number-conflict',
    );
  });

  it('does not take the patient’s answer about somebody else as the patient’s age', () => {
    const aboutFather = indexOf([
      ['lege', 'Faren din hadde infarkt. Hvor gammel er han nå?'],
      ['pasient', 'Han er syttini.'],
    ]);
    expect(shownFlags('52 år gammel mann.', aboutFather, 'anamnese')).not.toContain(
      'error:number-conflict',
    );
  });

  it('allows a year either way around a coming birthday', () => {
    expect(shownFlags('49 år.', birthday, 'anamnese')).not.toContain('error:number-conflict');
    expect(shownFlags('46 år.', birthday, 'anamnese')).toContain('error:number-conflict');
  });

  it('leaves an age at an event in a relative’s history alone', () => {
    expect(shownFlags('Bror fikk infarkt 48 år gammel.', answered, 'anamnese')).not.toContain(
      'error:number-conflict',
    );
  });
});
