import { describe, expect, it } from 'vitest';
import { loosen } from './classify.js';
import { nonDrugAllergyWord, readExceptAnswer } from './except-answer.js';
import { statementFromAnswer } from './question-answer.js';
import { deniedSafetyTopics } from './safety-negatives.js';

describe('readExceptAnswer: one reading of «nei, bare X» for allergy and medicine questions', () => {
  it('reads a drug allergy named after the no as a member of the kind asked', () => {
    expect(readExceptAnswer('Har du noen allergier?', 'Nei, bare mot sulfa.')).toEqual({
      reading: 'member',
      kinds: ['allergy'],
    });
  });

  it('reads a drug or blood thinner named after the no as a member of the kind asked', () => {
    expect(readExceptAnswer('Tar du noen faste medisiner?', 'Nei, bare Metformin.')).toEqual({
      reading: 'member',
      kinds: ['medicine'],
    });
    expect(readExceptAnswer('Bruker du blodfortynnende?', 'Nei, bare Eliquis.')).toEqual({
      reading: 'member',
      kinds: ['bloodThinner'],
    });
  });

  it('reads «bare hvis …» to a medicine question as a use when needed', () => {
    expect(
      readExceptAnswer('Bruker du noen medisiner?', 'Nei, bare hvis jeg får migrene.'),
    ).toEqual({ reading: 'used-when-needed' });
  });

  it('reads an allergen known to be no drug as such, also on loosened text («nøtter»)', () => {
    expect(readExceptAnswer('Er du allergisk mot noe?', 'Nei, bare mot katt.')).toEqual({
      reading: 'non-drug-allergen',
    });
    expect(readExceptAnswer(loosen('Har du noen allergier?'), loosen('Nei, bare nøtter.'))).toEqual(
      { reading: 'non-drug-allergen' },
    );
  });

  it('reads any other bare allergen as an allergen that may be a drug (a CAVE)', () => {
    expect(readExceptAnswer('Har du noen allergier?', 'Nei, bare hestehår.')).toEqual({
      reading: 'allergen',
    });
  });

  it('has no reading for a plain no, a list of symptoms, a clause or a question of two kinds', () => {
    expect(readExceptAnswer('Har du noen allergier?', 'Nei.')).toBeUndefined();
    expect(readExceptAnswer('Har du feber eller hoste?', 'Nei, bare hoste.')).toBeUndefined();
    expect(
      readExceptAnswer('Er du allergisk mot noe?', 'Nei, bare litt tett nese om våren.'),
    ).toBeUndefined();
    expect(
      readExceptAnswer('Har du noen allergier, eller bruker du medisiner?', 'Nei, bare plaster.'),
    ).toBeUndefined();
  });

  it('makes the turned statement and the safety net agree: no allergy denied beside an allergen', () => {
    for (const answer of ['Nei, bare mot katt.', 'Nei, bare hestehår.', 'Nei, bare mot sulfa.']) {
      const question = 'Er du allergisk mot noe?';
      expect(statementFromAnswer(question, 'no', answer) ?? '').not.toMatch(/Ingen allergier/u);
      expect(deniedSafetyTopics(loosen(question), loosen(answer))).not.toContain(
        'Ingen allergier.',
      );
    }
    expect(deniedSafetyTopics(loosen('Er du allergisk mot noe?'), loosen('Nei.'))).toContain(
      'Ingen allergier.',
    );
  });
});

describe('nonDrugAllergyWord', () => {
  it('gives the one word a note uses for an allergen known to be no drug', () => {
    expect(nonDrugAllergyWord('Pollen')).toBe('Pollenallergi');
    expect(nonDrugAllergyWord('nøtter')).toBe('Nøtteallergi');
  });

  it('gives nothing for a drug or an allergen not listed (a note heads those with CAVE)', () => {
    expect(nonDrugAllergyWord('penicillin')).toBeUndefined();
    expect(nonDrugAllergyWord('hestehår')).toBeUndefined();
  });
});
