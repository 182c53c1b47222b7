import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('"siste <unit>" without a number', () => {
  const visit = indexOf([
    ['lege', 'Du kommer for pusten igjen?'],
    ['pasient', 'Ja, det har vorre verre siste ukå. Og gult slim i fem dager.'],
    ['pasient', 'Æ har røkt i førti år.'],
  ]);

  it('is flagged in a unit the conversation never used for a length', () => {
    expect(shownFlags('Forverring av tung pust siste måned.', visit, 'anamnese')).toContain(
      'warning:number-conflict',
    );
  });

  it('is accepted in the unit said, also in dialect', () => {
    expect(shownFlags('Forverring av tung pust siste uke.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Forverring av tung pust den siste uka.', visit, 'anamnese')).toEqual([]);
  });

  it('is accepted where a length said rounds to it', () => {
    const weeks = indexOf([['pasient', 'Det har vart i fire uker no.']]);
    expect(shownFlags('Plager siste måned.', weeks, 'anamnese')).toEqual([]);
    const yesterday = indexOf([['pasient', 'Det har vært vondt i ryggen siden i går kveld.']]);
    expect(shownFlags('Vondt i ryggen siste døgn.', yesterday, 'anamnese')).toEqual([]);
  });
});
