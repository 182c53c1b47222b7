import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  countWordMemoEntries,
  createWordMemo,
  isWordInWordMemos,
  registerWordMemo,
  resetWordMemos,
} from './word-memo.js';

describe('memos of words', () => {
  it('are emptied when full, so they hold vocabulary and never grow without bound', () => {
    const memo = createWordMemo<number>(2);
    memo.set('feber', 1);
    memo.set('hoste', 2);
    expect(memo.get('feber')).toBe(1);
    memo.set('kvalme', 3);
    expect(memo.get('feber')).toBeUndefined();
    expect(memo.get('kvalme')).toBe(3);
  });

  it('include caches registered from elsewhere, which resetWordMemos empties too', () => {
    const cache = registerWordMemo(new Map<string, boolean>([['Skjelbreidsvik', true]]));
    const memo = createWordMemo<number>(10);
    memo.set('tyttebærsvie', 1);
    expect(isWordInWordMemos('Skjelbreidsvik')).toBe(true);
    expect(isWordInWordMemos('tyttebærsvie')).toBe(true);

    resetWordMemos();

    expect(cache.size).toBe(0);
    expect(memo.get('tyttebærsvie')).toBeUndefined();
    expect(isWordInWordMemos('Skjelbreidsvik')).toBe(false);
    expect(countWordMemoEntries().entries).toBe(0);
  });
});

/**
 * Empty maps and sets under src/draft, src/pseudonymize and src/language that are filled as code
 * runs and live as long as the module (module level) or a long-lived object (a class field): each
 * is either static data built once from the lexicon or the code's own lists (listed here, with
 * why), or a memo of words that must be made with `createWordMemo` or `registerWordMemo` so
 * `resetWordMemos` empties it.
 */
const staticTables: Readonly<Record<string, string>> = {
  'draft/engines/builtin/note-register.ts compiled':
    'regular expressions of the rules’ own patterns',
  'draft/engines/builtin/rewrite.ts compiled':
    'regular expressions of the rules’ own pronoun patterns',
  'draft/language/clinical-lexicon.ts byAnyStem': 'lexicon phrases by stem, built at load',
  'draft/language/clinical-lexicon.ts byFirstStem': 'lexicon phrases by first stem, built at load',
  'draft/language/clinical-lexicon.ts findingsByLastWord':
    'lexicon findings by last word, built at load',
  'draft/language/clinical-terms.ts synonymsByLetter': 'synonym groups by letter, built at load',
  'draft/verify/unexamined-region.ts placeKeys':
    'the lexicon place concept of each clinical word, filled once from the lexicon',
  'draft/verify/unexamined-findings.ts groupsByWord':
    'examination paraphrases by word, built at load',
  'draft/verify/transcript-index.ts noTokens':
    'the empty token set a non-advice sentence shares, never written to',
  'pseudonymize/word-record.ts cueBitsByWord':
    'line cue bits of the recognizers’ own word sets, filled by lineCue at module load',
  'pseudonymize/word-record.ts classBitsByWord':
    'word class bits of the gazetteers, filled by wordClass at module load',
  'pseudonymize/vault.ts entries': 'a vault’s own mappings, erased with its consultation',
  'pseudonymize/vault.ts nameParts': 'a vault’s own name parts, erased with its consultation',
  'pseudonymize/vault.ts usedSurrogates': 'a vault’s own surrogates, erased with its consultation',
  'pseudonymize/vault.ts realNameParts': 'a vault’s own name parts, erased with its consultation',
  'pseudonymize/vault.ts repeatedValues': 'a vault’s own values, erased with its consultation',
  'pseudonymize/vault.ts consultationNumbers':
    'a vault’s own session state (numbers said), erased with its consultation',
  'pseudonymize/vault.ts consultationStreets':
    'a vault’s own session state (streets said), erased with its consultation',
  'pseudonymize/vault.ts consultationHomePlaces':
    'a vault’s own session state (home places said), erased with its consultation',
  'pseudonymize/vault.ts unsureNameParts':
    'a vault’s own session state (name parts of unsure detections), erased with its consultation',
  'pseudonymize/vault.ts namePoolCursors': 'positions in the surrogate name lists, no words',
  'pseudonymize/vault.ts placePoolCursors': 'positions in the surrogate place lists, no words',
  'pseudonymize/vault.ts workplacePoolCursors':
    'positions in the surrogate place lists used for workplace names, no words',
  'pseudonymize/recognizers/document-numbers.ts noSeparators':
    'an empty, read-only set (digits said with no separator word between them), never written',
};

/** `const|let NAME … = new Map|Set(…)` at the start of a line (module level) with nothing in it. */
const emptyModuleCollection =
  /^(?:export )?(?:const|let|var) (\w+)\b[^=\n]*= new (?:Map|Set)\s*(?:<[^\n]*>)?\(\s*\)/gmu;
/** `private readonly NAME … = new Map|Set(…)`: a class field, as long-lived as its object. */
const emptyFieldCollection =
  /^ +(?:(?:private|protected|public|readonly|static) +)+(\w+)\b[^=\n]*= new (?:Map|Set)\s*(?:<[^\n]*>)?\(\s*\)/gmu;

const sourceRoot = join(import.meta.dirname, '..');
const scanned = ['draft', 'pseudonymize', 'language'];

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.ts') && !/\.test(?:-d)?\.ts$/u.test(file))
    .filter((file) => !file.split(/[/\\]/u).includes('testing'))
    .map((file) => join(directory, file));
}

function collectionsIn(source: string): string[] {
  return [...source.matchAll(emptyModuleCollection), ...source.matchAll(emptyFieldCollection)].map(
    (match) => match[1] ?? '',
  );
}

describe('long-lived maps and sets under src/draft, src/pseudonymize and src/language', () => {
  const found = scanned.flatMap((folder) =>
    sourceFiles(join(sourceRoot, folder)).flatMap((file) =>
      collectionsIn(readFileSync(file, 'utf8')).map(
        (name) => `${relative(sourceRoot, file).split('\\').join('/')} ${name}`,
      ),
    ),
  );

  it('are all made with createWordMemo or registerWordMemo, except the static tables listed', () => {
    const unregistered = found.filter((name) => staticTables[name] === undefined);
    // A cache keyed by words keeps past consultations (patients' names, before pseudonymization)
    // in memory: make it with createWordMemo or registerWordMemo (language/word-memo.ts), or list
    // it above if it only holds static data.
    expect(unregistered).toEqual([]);
  });

  it('lists only static tables that still exist', () => {
    expect(Object.keys(staticTables).filter((name) => !found.includes(name))).toEqual([]);
  });

  it('finds a cache the way it is usually written, and not one that is registered', () => {
    const sample = [
      'const seen = new Map<string, boolean>();',
      'export let cache = new Set();',
      'class Analysis {',
      '  private readonly verdicts = new Map<string, boolean>();',
      '  private readonly records = registerWordMemo(new Map<string, WordRecord>());',
      '}',
      'const memo = registerWordMemo(new Map<string, number>());',
    ].join('\n');
    expect(collectionsIn(sample)).toEqual(['seen', 'cache', 'verdicts']);
  });
});
