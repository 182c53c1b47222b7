import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

import {
  getSourceFingerprint,
  parseWordListSnapshot,
  toWordListSnapshot,
} from './lexicon-snapshot.js';
import type { SortedWordSet } from './sorted-word-set.js';

/**
 * Exact full-form lookup over the bokmål dictionary: a word is an ordinary word when it is a
 * dictionary entry, or an entry inflected by one of the suffix rules (hunspell `SFX`) that entry's
 * flags allow. So "hansker" is "hanske" + plural, but "Hansen" is not "hanse" + "n": "hanse" does
 * not take that ending. Compounds ("hvitfrakksyndrom") are recognised separately, from two or
 * three dictionary words.
 */

/** One suffix rule: remove `strip` from the entry, add `add`, when the entry ends as `condition`. */
export interface SuffixRule {
  readonly flag: string;
  readonly strip: string;
  readonly add: string;
  readonly condition: RegExp;
}

/** The suffix rules of a hunspell affix file. */
export interface AffixRules {
  readonly suffixes: readonly SuffixRule[];
}

/** Parses the `SFX` lines of a hunspell affix file. */
export function parseAffixRules(affix: string): AffixRules {
  const suffixes: SuffixRule[] = [];
  for (const line of affix.split('\n')) {
    const parts = line.trim().split(/\s+/u);
    if (parts[0] !== 'SFX' || parts.length < 5) continue;
    const [, flag = '', strip = '0', add = '0', condition = '.'] = parts;
    suffixes.push({
      flag,
      strip: strip === '0' ? '' : strip,
      add: (add.split('/')[0] ?? '').replace(/^0$/u, ''),
      condition: new RegExp(`${condition}$`, 'u'),
    });
  }
  return { suffixes };
}

/** What the lookup needs of the dictionary: the flags of an entry, undefined when no entry. */
export type FlagsOf = (entry: string) => string | undefined;

/** Full-form and compound tests over a dictionary's entries and affix rules. */
export interface WordForms {
  /** The entry itself or an inflected form its flags allow. */
  isFullForm(lower: string): boolean;
  /**
   * Two (or three) dictionary words joined, with an optional linking "s":
   * "hvitfrakksyndrom", "korttidsavdelingen", "ankelødem".
   */
  isCompound(lower: string): boolean;
}

/** Most words a lookup cache holds; past it, further words are looked up every time. */
const cacheLimit = 100_000;
/**
 * Longer strings are not remembered: no word is this long, and V8 hashes very long strings by
 * their length alone, so a flood of them would make a cache quadratic.
 */
export const longestCachedWord = 64;

/** `flagsOf` with its answers remembered (bounded): the compound search asks the same parts often. */
function cachedFlagsOf(flagsOf: FlagsOf): FlagsOf {
  const cache = new Map<string, string | null>();
  return (entry) => {
    const known = cache.get(entry);
    if (known !== undefined) return known ?? undefined;
    const flags = flagsOf(entry);
    if (cache.size < cacheLimit && entry.length <= longestCachedWord)
      cache.set(entry, flags ?? null);
    return flags;
  };
}

/** What the full-form and compound tests ask of a dictionary. */
export interface FormLookups {
  /** True when `lower` is a (lower-case) dictionary entry. */
  readonly isEntry: (lower: string) => boolean;
  /** True when `lower` is an entry or a form an entry inflects to by the rules its flags allow. */
  readonly isFullForm: (lower: string) => boolean;
}

/** Builds the full-form and compound tests from a dictionary's entry flags and suffix rules. */
export function createWordForms(rules: AffixRules, lookUpFlags: FlagsOf): WordForms {
  const flagsOf = cachedFlagsOf(lookUpFlags);
  const byAdd = new Map<string, SuffixRule[]>();
  let longestAdd = 0;
  for (const rule of rules.suffixes) {
    const list = byAdd.get(rule.add);
    if (list === undefined) byAdd.set(rule.add, [rule]);
    else list.push(rule);
    longestAdd = Math.max(longestAdd, rule.add.length);
  }
  const formFlags = (lower: string): string | undefined => {
    const own = flagsOf(lower);
    if (own !== undefined) return own;
    for (let length = 0; length <= Math.min(longestAdd, lower.length - 2); length++) {
      const candidates = byAdd.get(length === 0 ? '' : lower.slice(-length));
      if (candidates === undefined) continue;
      const base = length === 0 ? lower : lower.slice(0, -length);
      for (const rule of candidates) {
        const entry = base + rule.strip;
        if (!rule.condition.test(entry)) continue;
        const flags = flagsOf(entry);
        if (flags?.includes(rule.flag) === true) return flags;
      }
    }
    return undefined;
  };
  // Words recur from line to line: remember each verdict (bounded, so memory stays flat).
  const fullForms = new Map<string, boolean>();
  const isFullForm = (lower: string): boolean => {
    let known = fullForms.get(lower);
    if (known === undefined) {
      known = formFlags(lower) !== undefined;
      if (fullForms.size < cacheLimit && lower.length <= longestCachedWord)
        fullForms.set(lower, known);
    }
    return known;
  };
  return toWordForms({ isEntry: (lower) => flagsOf(lower) !== undefined, isFullForm });
}

/**
 * Every form the suffix rules make of the entries (entry → its flags) that is not itself an
 * entry: exactly the words beside the entries for which `createWordForms(rules, …).isFullForm`
 * is true, listed once at build time so a lookup is one hash probe (`loadWordForms`).
 */
export function toInflectedForms(
  rules: AffixRules,
  entries: ReadonlyMap<string, string>,
): string[] {
  const byFlag = new Map<string, SuffixRule[]>();
  for (const rule of rules.suffixes) {
    const list = byFlag.get(rule.flag);
    if (list === undefined) byFlag.set(rule.flag, [rule]);
    else list.push(rule);
  }
  const forms = new Set<string>();
  for (const [entry, flags] of entries) {
    // One code unit at a time, as `flags.includes(rule.flag)` matches a one-unit flag.
    const seen = new Set<string>();
    for (const flag of flags.split('')) {
      if (seen.has(flag)) continue;
      seen.add(flag);
      for (const rule of byFlag.get(flag) ?? []) {
        if (!entry.endsWith(rule.strip) || !rule.condition.test(entry)) continue;
        const base = entry.slice(0, entry.length - rule.strip.length);
        // The lookup leaves at least two letters before the ending it takes off.
        if (base.length < 2) continue;
        const form = base + rule.add;
        if (!entries.has(form)) forms.add(form);
      }
    }
  }
  // A rule whose flag is longer than one unit matches wherever `includes` finds it.
  for (const rule of rules.suffixes) {
    if (rule.flag.length === 1) continue;
    for (const [entry, flags] of entries) {
      if (!flags.includes(rule.flag) || !entry.endsWith(rule.strip)) continue;
      if (!rule.condition.test(entry)) continue;
      const base = entry.slice(0, entry.length - rule.strip.length);
      if (base.length < 2) continue;
      const form = base + rule.add;
      if (!entries.has(form)) forms.add(form);
    }
  }
  return [...forms];
}

/** The full-form and compound tests over `lookups`. */
function toWordForms(lookups: FormLookups): WordForms {
  const { isEntry, isFullForm } = lookups;
  // Bokmål compounds freely: the dictionary's compound flag is missing on many words that do
  // compound in clinical text ("ankel" + "ødem"), so any entry may lead and any form may end one.
  const minimum = 4;
  // No Norwegian word is this long; the cap keeps adversarial input (a 200,000-letter "word")
  // linear, as the split search below is cubic in the word's length.
  const maximum = 60;
  const isCompoundPart = (part: string, last: boolean): boolean =>
    last ? isFullForm(part) : isEntry(part);
  const isCompound = (lower: string, depth = 0): boolean => {
    if (lower.length < minimum * 2 || lower.length > maximum || lower.includes('-')) return false;
    for (let split = minimum; split <= lower.length - minimum; split++) {
      const tail = lower.slice(split);
      const tailIsWord = isCompoundPart(tail, true) || (depth === 0 && isCompound(tail, depth + 1));
      if (!tailIsWord) continue;
      const head = lower.slice(0, split);
      if (isCompoundPart(head, false)) return true;
      // A linking "s": "korttid-s-avdeling".
      if (head.endsWith('s') && isCompoundPart(head.slice(0, -1), false)) return true;
    }
    return false;
  };
  return { isFullForm, isCompound: (lower) => isCompound(lower) };
}

function dictionaryFile(file: string): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('dictionary-nb')), file);
}

/** Whether the optional GPL word list `dictionary-nb` is installed (decision record 2026-12-01). */
function isDictionaryInstalled(): boolean {
  try {
    dictionaryFile('index.dic');
    return true;
  } catch {
    return false;
  }
}

/**
 * The lower-case entries of the installed dictionary with their flags (an entry on several lines
 * gets the union).
 */
function readEntryFlags(): Map<string, string> {
  const text = readFileSync(dictionaryFile('index.dic'), 'utf8');
  const flags = new Map<string, string>();
  for (const line of text.split('\n').slice(1)) {
    const slash = line.indexOf('/');
    const entry = (slash < 0 ? line : line.slice(0, slash)).trim();
    if (entry.length === 0 || entry !== entry.toLowerCase() || entry.includes('\n')) continue;
    const own = slash < 0 ? '' : line.slice(slash + 1).trim();
    const known = flags.get(entry) ?? '';
    let joined = known;
    for (const flag of own) if (!joined.includes(flag)) joined += flag;
    flags.set(entry, joined);
  }
  return flags;
}

function readAffixRules(): AffixRules {
  return parseAffixRules(readFileSync(dictionaryFile('index.aff'), 'utf8'));
}

/** Where `npm run build` writes the inflected forms: beside this module (so `dist/pseudonymize/`). */
export const defaultWordFormsSnapshotPath = path.join(import.meta.dirname, 'word-forms.snapshot');
const builtWordFormsSnapshotPath = path.resolve(
  import.meta.dirname,
  '../../dist/pseudonymize/word-forms.snapshot',
);

/** Bump when the word-forms snapshot's content or the way it is derived changes. */
const wordFormsFormat = 2;

/** The word-forms snapshot's fingerprint: its format and the dictionary's (`getSourceFingerprint`). */
function wordFormsFingerprint(): string {
  return `word-forms ${String(wordFormsFormat)} ${getSourceFingerprint()}`;
}

/**
 * Writes the inflected forms of the installed dictionary (`toInflectedForms`) as a snapshot in
 * the layout of the lexicon snapshot (`toWordListSnapshot`): one list, searched in place.
 */
export function writeWordFormsSnapshot(snapshotPath: string = defaultWordFormsSnapshotPath): void {
  if (!isDictionaryInstalled()) return;
  writeFileSync(
    snapshotPath,
    toWordListSnapshot(
      [toInflectedForms(readAffixRules(), readEntryFlags())],
      wordFormsFingerprint(),
    ),
  );
}

function readSnapshot(file: string, fingerprint: string): SortedWordSet | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  return parseWordListSnapshot(bytes, fingerprint, 1)?.[0];
}

/**
 * The full-form and compound tests of the installed bokmål dictionary. `isEntry` answers for its
 * lower-case entries (the lexicon's common words, which are exactly those). With the snapshot
 * `npm run build` wrote (when it matches the installed dictionary) a full form is an entry or one
 * of the snapshot's inflected forms; else the forms are derived from the dictionary's flags and
 * suffix rules at each lookup (reading them costs about a second). Without the optional
 * dictionary, nothing is a known form.
 */
export function loadWordForms(
  isEntry: (lower: string) => boolean,
  snapshotPath?: string,
): WordForms {
  // Without the optional dictionary no word is known: every capitalised unknown stays a candidate.
  if (!isDictionaryInstalled()) return createWordForms({ suffixes: [] }, () => undefined);
  const fingerprint = wordFormsFingerprint();
  const paths =
    snapshotPath === undefined
      ? [defaultWordFormsSnapshotPath, builtWordFormsSnapshotPath]
      : [snapshotPath];
  for (const candidate of paths) {
    const inflections = readSnapshot(candidate, fingerprint);
    if (inflections !== undefined)
      return toWordForms({
        isEntry,
        isFullForm: (lower) => isEntry(lower) || inflections.has(lower),
      });
  }
  const entries = readEntryFlags();
  return createWordForms(readAffixRules(), (entry) => entries.get(entry));
}
