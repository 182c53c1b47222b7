import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokenize.js';
import { nameBesideCue, type CueSlot } from './name-beside-cue.js';

const afterCue: CueSlot = { cueSide: 'before', minLength: 3 };
const beforeCue: CueSlot = { cueSide: 'after', minLength: 3 };

/** The text of the word `nameBesideCue` finds at the index of `word` in `text`, if any. */
function found(text: string, word: string, slot: CueSlot): string | undefined {
  const tokens = tokenize(text);
  const index = tokens.findIndex((token) => token.text === word);
  return nameBesideCue(text, tokens, index, slot)?.text;
}

describe('nameBesideCue', () => {
  it('finds the word right after a cue word, in any case: «spør Torvald om», «hentet av ingeborg»', () => {
    expect(found('Du kan spør Torvald om han kjører.', 'Torvald', afterCue)).toBe('Torvald');
    expect(found('han blir hentet av ingeborg i dag', 'ingeborg', afterCue)).toBe('ingeborg');
  });

  it('finds the word right before a cue word that closes the slot: «Lyngvik gård»', () => {
    expect(found('De bor på Lyngvik gård nå.', 'Lyngvik', beforeCue)).toBe('Lyngvik');
  });

  it('takes no word parted from the cue by a line break', () => {
    expect(found('Du kan spør\nTorvald om det.', 'Torvald', afterCue)).toBeUndefined();
    expect(found('De bor på Lyngvik\ngård nå.', 'Lyngvik', beforeCue)).toBeUndefined();
  });

  it('takes no word shorter than the slot asks, and any word when it asks for one letter', () => {
    expect(found('spør Bo om det', 'Bo', afterCue)).toBeUndefined();
    expect(found('spør Bo om det', 'Bo', { cueSide: 'before', minLength: 1 })).toBe('Bo');
  });

  it('takes no word in capitals, number or punctuation in the slot', () => {
    expect(found('Ring UNN om svaret.', 'UNN', afterCue)).toBeUndefined();
    expect(found('spør 113 om hjelp', '113', afterCue)).toBeUndefined();
    expect(found('spør , om hjelp', ',', { cueSide: 'before', minLength: 1 })).toBeUndefined();
  });

  it('finds nothing where no token stands on the cue side', () => {
    expect(found('Torvald kom i går.', 'Torvald', afterCue)).toBeUndefined();
    expect(found('De bor på Lyngvik', 'Lyngvik', beforeCue)).toBeUndefined();
  });
});
