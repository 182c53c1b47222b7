import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a drug tolerated or not, turned round in the note', () => {
  const stated = indexOf([
    ['lege', 'Tåler du alle medisinar?'],
    ['pasient', 'Eg tåler ikkje penicillin, eg fekk utslett av det ein gong.'],
  ]);

  it('contradicts "tåler" where the patient said "tåler ikkje"', () => {
    expect(shownFlags('Tåler penicillin.', stated, 'anamnese')).toContain(
      'error:negation-conflict',
    );
    expect(shownFlags('Tåler ikke penicillin.', stated, 'anamnese')).toEqual([]);
  });

  it('reads a yes to "Tåler du …?" and a pronoun object from the question', () => {
    const answered = indexOf([
      ['lege', 'Tåle du medisinan greit?'],
      ['pasient', 'Ja, æ tåle dem fint.'],
      ['lege', 'Tåler du Imigran?'],
      ['pasient', 'Ja, men je får litt trykk i brystet av den.'],
    ]);
    expect(shownFlags('Tåler ikke medisinene.', answered, 'anamnese')).toContain(
      'error:negation-conflict',
    );
    expect(shownFlags('Tåler ikke Imigran.', answered, 'anamnese')).toContain(
      'error:negation-conflict',
    );
    expect(shownFlags('Tåler medisinene godt.', answered, 'anamnese')).toEqual([]);
    expect(shownFlags('Tåler Imigran, men får trykk i brystet.', answered, 'anamnese')).toEqual([]);
  });

  it('reads "no går det fint" as tolerated and keeps the drugs of one sentence apart', () => {
    const visit = indexOf([
      ['lege', 'Tåle du Metformin?'],
      ['pasient', 'Æ fekk litt løs mage i starten, men no går det fint.'],
      ['lege', 'Tåle ho antibiotika?'],
      ['sykepleier', 'Ho tåle itj sulfa, ho fikk utslett av Bactrim.'],
    ]);
    expect(shownFlags('Tåler ikke Metformin på grunn av løs mage.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
    expect(shownFlags('Tåler sulfa, har ikke tålt penicillin.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
    expect(shownFlags('Tåler ikke sulfa.', visit, 'anamnese')).toEqual([]);
  });
});
