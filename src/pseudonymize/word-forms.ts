import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

import { getSourceFingerprint } from './lexicon-snapshot.js';

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

/** Builds the full-form and compound tests. */
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
  // Bokmål compounds freely: the dictionary's compound flag is missing on many words that do
  // compound in clinical text ("ankel" + "ødem"), so any entry may lead and any form may end one.
  const minimum = 4;
  // No Norwegian word is this long; the cap keeps adversarial input (a 200,000-letter "word")
  // linear, as the split search below is cubic in the word's length.
  const maximum = 60;
  const isCompoundPart = (part: string, last: boolean): boolean =>
    (last ? formFlags(part) : flagsOf(part)) !== undefined;
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

/**
 * The hunspell flags of the lower-case dictionary entries, held as the bytes of lines
 * "entry/flags\n" sorted by the entry's UTF-8 bytes and searched there by bisection: loading
 * costs one file read, no string per entry.
 */
export class EntryFlags {
  private query = new Uint8Array(64);
  private readonly encoder = new TextEncoder();
  private readonly decoder = new TextDecoder();

  constructor(
    private readonly bytes: Uint8Array,
    private readonly start: number,
  ) {}

  /** The flags of `entry` ('' when it has none), or undefined when it is no entry. */
  flagsOf(entry: string): string | undefined {
    if (this.query.length < entry.length * 3) this.query = new Uint8Array(entry.length * 3);
    const length = this.encoder.encodeInto(entry, this.query).written;
    const bytes = this.bytes;
    const query = this.query;
    let low = this.start;
    let high = bytes.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      let lineStart = middle;
      while (lineStart > low && bytes[lineStart - 1] !== 10) lineStart--;
      let slash = lineStart;
      while (bytes[slash] !== 47 && bytes[slash] !== 10) slash++;
      let lineEnd = slash;
      while (lineEnd < bytes.length && bytes[lineEnd] !== 10) lineEnd++;
      const entryLength = slash - lineStart;
      const shared = entryLength < length ? entryLength : length;
      let order = 0;
      for (let index = 0; index < shared && order === 0; index++)
        order = (bytes[lineStart + index] ?? 0) - (query[index] ?? 0);
      if (order === 0) order = entryLength - length;
      if (order === 0)
        return slash < lineEnd ? this.decoder.decode(bytes.subarray(slash + 1, lineEnd)) : '';
      if (order < 0) low = lineEnd + 1;
      else high = lineStart;
    }
    return undefined;
  }
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
 * The snapshot body: the lower-case entries of the dictionary with their flags (an entry on
 * several lines gets the union), one "entry/flags" line each, sorted by the entry's UTF-8 bytes.
 */
function entryFlagLines(): Buffer {
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
  const encoded = [...flags].map(([entry, entryFlags]) => ({
    key: Buffer.from(entry, 'utf8'),
    line: `${entry}/${entryFlags}\n`,
  }));
  encoded.sort((left, right) => Buffer.compare(left.key, right.key));
  return Buffer.from(encoded.map((item) => item.line).join(''), 'utf8');
}

/** Where `npm run build` writes the entry flags: beside this module (so `dist/pseudonymize/`). */
export const defaultWordFormsSnapshotPath = path.join(import.meta.dirname, 'word-forms.snapshot');
const builtWordFormsSnapshotPath = path.resolve(
  import.meta.dirname,
  '../../dist/pseudonymize/word-forms.snapshot',
);

/** Writes the entry flags of the installed dictionary, headed by the source fingerprint. */
export function writeWordFormsSnapshot(snapshotPath: string = defaultWordFormsSnapshotPath): void {
  if (!isDictionaryInstalled()) return;
  writeFileSync(
    snapshotPath,
    Buffer.concat([Buffer.from(`${getSourceFingerprint()}\n`, 'utf8'), entryFlagLines()]),
  );
}

function readSnapshot(file: string, fingerprint: string): EntryFlags | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const headerEnd = bytes.indexOf(10);
  if (headerEnd < 0 || bytes.toString('utf8', 0, headerEnd) !== fingerprint) return undefined;
  return new EntryFlags(bytes, headerEnd + 1);
}

/**
 * The full-form and compound tests of the installed bokmål dictionary: the entry flags from the
 * snapshot `npm run build` wrote (when it matches the installed dictionary), else read from the
 * dictionary itself (about a second). Without the optional dictionary, nothing is a known form.
 */
export function loadWordForms(snapshotPath?: string): WordForms {
  // Without the optional dictionary no word is known: every capitalised unknown stays a candidate.
  if (!isDictionaryInstalled()) return createWordForms({ suffixes: [] }, () => undefined);
  const fingerprint = getSourceFingerprint();
  const paths =
    snapshotPath === undefined
      ? [defaultWordFormsSnapshotPath, builtWordFormsSnapshotPath]
      : [snapshotPath];
  let entries: EntryFlags | undefined;
  for (const candidate of paths) {
    entries = readSnapshot(candidate, fingerprint);
    if (entries !== undefined) break;
  }
  entries ??= new EntryFlags(entryFlagLines(), 0);
  const rules = parseAffixRules(readFileSync(dictionaryFile('index.aff'), 'utf8'));
  const lookup = entries;
  return createWordForms(rules, (entry) => lookup.flagsOf(entry));
}
