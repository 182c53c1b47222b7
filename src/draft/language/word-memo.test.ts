import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unsafeAsPseudonymized, type PseudonymizedTranscript } from '../../core/index.js';
import { foldText } from '../../language/index.js';
import { createBuiltinDrafter } from '../engines/builtin/create-builtin-drafter.js';
import { getTemplate } from '../templates/templates.js';
import { verifyDraft } from '../verify/verify-draft.js';
import {
  countWordMemoEntries,
  createWordMemo,
  isWordInWordMemos,
  resetWordMemos,
} from './word-memo.js';

/** A word no shared case or lexicon entry holds, said by the patient. */
const distinctive = 'Tyttebærsvie';
const transcript: PseudonymizedTranscript = {
  segments: [
    { speaker: 'lege', text: unsafeAsPseudonymized('Hva kan jeg hjelpe deg med i dag?') },
    {
      speaker: 'pasient',
      text: unsafeAsPseudonymized(
        `Jeg har hatt ${distinctive.toLowerCase()} i munnen i tre dager, og vondt i høyre kne.`,
      ),
    },
    {
      speaker: 'lege',
      text: unsafeAsPseudonymized('Vi ser an dette, og du tar kontakt ved feber.'),
    },
  ],
};

/** Whether any memo holds the distinctive word in any of the forms the readers key it by. */
function holdsDistinctive(): boolean {
  const lower = distinctive.toLowerCase();
  return [distinctive, lower, foldText(lower)].some((form) => isWordInWordMemos(form));
}

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

  it('keep no word of a drafted and verified consultation after resetWordMemos', async () => {
    const template = getTemplate('journalnotat');
    const drafter = createBuiltinDrafter();
    const output = await drafter.draft({ template, transcript }, {});
    verifyDraft({ template, transcript, output, engine: drafter.info });
    // Before the reset the memos do hold it: what the reset removes is really there.
    expect(holdsDistinctive()).toBe(true);
    expect(countWordMemoEntries().entries).toBeGreaterThan(0);

    resetWordMemos();

    expect(holdsDistinctive()).toBe(false);
    expect(countWordMemoEntries().entries).toBe(0);
    // Every memo of the readers is registered (fold, stem, lexicon, drugs, claims …).
    expect(countWordMemoEntries().memos).toBeGreaterThanOrEqual(18);
  });

  it('give the same draft and verification after a reset as before it', async () => {
    const template = getTemplate('journalnotat');
    const drafter = createBuiltinDrafter();
    const run = async () => {
      const output = await drafter.draft({ template, transcript }, {});
      return verifyDraft({ template, transcript, output, engine: drafter.info });
    };
    const warm = await run();
    const again = await run();
    resetWordMemos();
    const cold = await run();
    expect(again).toEqual(warm);
    expect(cold).toEqual(warm);
  });
});

/**
 * Module-level maps and sets under src/draft that start empty and are filled as code runs: each is
 * either static data built once from the lexicon or the code's own lists (listed here, with why),
 * or a memo of words that must be made with `createWordMemo` so `resetWordMemos` empties it.
 */
const staticTables: Readonly<Record<string, string>> = {
  'engines/builtin/note-register.ts compiled': 'regular expressions of the rules’ own patterns',
  'engines/builtin/rewrite.ts compiled': 'regular expressions of the rules’ own pronoun patterns',
  'language/clinical-lexicon.ts byAnyStem': 'lexicon phrases by stem, built at load',
  'language/clinical-lexicon.ts byFirstStem': 'lexicon phrases by first stem, built at load',
  'language/clinical-lexicon.ts findingsByLastWord': 'lexicon findings by last word, built at load',
  'language/clinical-terms.ts synonymsByLetter': 'synonym groups by letter, built at load',
  'verify/unexamined-findings.ts groupsByWord': 'examination paraphrases by word, built at load',
};

/** `const|let NAME … = new Map|Set(…)` at the start of a line (module level) with nothing in it. */
const emptyModuleCollection =
  /^(?:export )?(?:const|let|var) (\w+)\b[^=\n]*= new (?:Map|Set)\s*(?:<[^\n]*>)?\(\s*\)/gmu;

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.ts') && !/\.test(?:-d)?\.ts$/u.test(file))
    .filter((file) => !file.split(/[/\\]/u).includes('testing'))
    .map((file) => join(directory, file));
}

describe('module-level memos under src/draft', () => {
  const draftDirectory = join(import.meta.dirname, '..');
  const found = sourceFiles(draftDirectory).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(emptyModuleCollection)].map(
      (match) => `${relative(draftDirectory, file).split('\\').join('/')} ${match[1] ?? ''}`,
    ),
  );

  it('are all made with createWordMemo, except the static tables listed', () => {
    const unregistered = found.filter((name) => staticTables[name] === undefined);
    // A new module-level cache keyed by words keeps past consultations in memory: make it with
    // createWordMemo (language/word-memo.ts), or list it above if it only holds static data.
    expect(unregistered).toEqual([]);
  });

  it('lists only static tables that still exist', () => {
    expect(Object.keys(staticTables).filter((name) => !found.includes(name))).toEqual([]);
  });

  it('finds a module-level cache the way it is usually written', () => {
    const sample = 'const seen = new Map<string, boolean>();\nexport let cache = new Set();\n';
    expect([...sample.matchAll(emptyModuleCollection)].map((match) => match[1])).toEqual([
      'seen',
      'cache',
    ]);
  });
});
