import { describe, expect, it } from 'vitest';

import { getSharedLexicon } from './lexicon.js';
import { createWordForms, parseAffixRules } from './word-forms.js';

describe('full-form lookup over the bokmål dictionary', () => {
  const lexicon = getSharedLexicon();

  it('knows the inflected forms an entry takes, and only those', () => {
    expect(lexicon.isCommonWord('hansker')).toBe(true);
    expect(lexicon.isCommonWord('tidligere')).toBe(true);
    expect(lexicon.isCommonWord('resepter')).toBe(true);
    // "Hansen", "Olsen", "Larsen" are no forms of "hanse", "olse", "larse".
    expect(lexicon.isCommonWord('hansen')).toBe(false);
    expect(lexicon.isCommonWord('olsen')).toBe(false);
    expect(lexicon.isCommonWord('larsen')).toBe(false);
  });

  it('recognises compounds of dictionary words that are no entries themselves', () => {
    expect(lexicon.isCompoundWord('hvitfrakksyndrom')).toBe(true);
    expect(lexicon.isCompoundWord('ankelødem')).toBe(true);
    expect(lexicon.isCompoundWord('petrauskas')).toBe(false);
    expect(lexicon.isCompoundWord('ankel')).toBe(false);
  });

  it('applies a suffix rule only to entries carrying its flag and meeting its condition', () => {
    const rules = parseAffixRules(
      ['SFX A Y 2', 'SFX A   0     er          [^e]', 'SFX A   e     er          e'].join('\n'),
    );
    const entries = new Map([
      ['bil', 'A'],
      ['hanske', 'A'],
      ['hus', ''],
    ]);
    const forms = createWordForms(rules, (entry) => entries.get(entry));
    expect(forms.isFullForm('biler')).toBe(true);
    expect(forms.isFullForm('hansker')).toBe(true);
    expect(forms.isFullForm('huser')).toBe(false);
    expect(forms.isFullForm('hus')).toBe(true);
  });
});
