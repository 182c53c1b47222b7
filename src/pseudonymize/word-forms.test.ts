import { existsSync } from 'node:fs';
import * as path from 'node:path';

import { describe, expect, it } from 'vitest';

import { getSharedLexicon } from './lexicon.js';
import { createWordForms, loadWordForms, parseAffixRules, toInflectedForms } from './word-forms.js';

/** Where `npm run build` writes the inflected forms the compiled `referent` command reads. */
const builtSnapshot = path.resolve(
  import.meta.dirname,
  '../../dist/pseudonymize/word-forms.snapshot',
);

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

  it('lists once, at build time, exactly the forms the suffix rules allow', () => {
    const rules = parseAffixRules(
      [
        'SFX A Y 3',
        'SFX A   0     er          [^e]',
        'SFX A   e     er          e',
        'SFX A   0     ene         .',
        'SFX B Y 1',
        'SFX B   y     ier         [^aeiou]y',
      ].join('\n'),
    );
    const entries = new Map([
      ['bil', 'A'],
      ['hanske', 'A'],
      ['hus', ''],
      ['by', 'AB'],
      ['fly', 'B'],
      ['e', 'A'],
    ]);
    const inflected = toInflectedForms(rules, entries);
    const fromRules = createWordForms(rules, (entry) => entries.get(entry));
    const probes = new Set(inflected);
    for (const entry of entries.keys())
      for (const ending of ['', 'er', 'ene', 'ier', 'r', 'e', 'y'])
        for (const cut of [0, 1, 2]) probes.add(entry.slice(0, entry.length - cut) + ending);
    for (const word of probes)
      expect(entries.has(word) || inflected.includes(word)).toBe(fromRules.isFullForm(word));
    expect(inflected.sort()).toEqual([
      'bilene',
      'biler',
      'byene',
      'byer',
      'flier',
      'hanskeene',
      'hansker',
    ]);
  });

  it.skipIf(!existsSync(builtSnapshot))(
    'answers from the built snapshot as from the dictionary and its suffix rules',
    () => {
      const lexicon = getSharedLexicon();
      const isEntry = (lower: string): boolean => lexicon.isDictionaryEntry(lower);
      const fromSnapshot = loadWordForms(isEntry, builtSnapshot);
      const fromRules = loadWordForms(isEntry, path.join(import.meta.dirname, 'no-such-snapshot'));
      const endings = ['', 'e', 'en', 'er', 'ene', 'et', 'a', 's', 'ere', 'est', 'te', 'de', 'n'];
      const stems = ['hanske', 'hanse', 'lege', 'sykehus', 'ankel', 'ødem', 'resept', 'gå', 'bil'];
      for (const stem of stems)
        for (const ending of endings) {
          for (const word of [stem + ending, stem.slice(0, -1) + ending]) {
            expect(fromSnapshot.isFullForm(word), word).toBe(fromRules.isFullForm(word));
            expect(fromSnapshot.isCompound(`blod${word}`)).toBe(
              fromRules.isCompound(`blod${word}`),
            );
          }
        }
      expect(fromSnapshot.isFullForm('hansker')).toBe(true);
      expect(fromSnapshot.isFullForm('hansen')).toBe(false);
    },
  );
});
