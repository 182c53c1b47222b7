import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { endianness } from 'node:os';
import * as path from 'node:path';

import {
  isHashTableSize,
  SortedWordSet,
  toHashTable,
  toSnapshotBytes,
  toSortedWords,
  toUtf8SortedWords,
} from './sorted-word-set.js';

/**
 * The large word lists of the lexicon, sorted: the bokmål dictionary (`dictionary-nb`, GPL-2.0
 * data, read from the installed package) split into common words and capitalised entries, and the
 * international names (`humannames`, MIT). The dictionary is an optional data package the operator
 * installs (`npm install dictionary-nb`; docs/decisions/2026-12-01-runtime-dependencies.md): without
 * it both dictionary lists are empty and the pseudonymizer relies on its own gazetteers.
 */
export interface LexiconWordLists {
  readonly common: readonly string[];
  readonly proper: readonly string[];
  readonly internationalNames: readonly string[];
}

/** Bump when the snapshot layout or the way the lists are derived changes. */
const snapshotFormat = 5;

/** Where `npm run build` writes the snapshot: beside this module (so `dist/pseudonymize/`). */
export const defaultSnapshotPath = path.join(import.meta.dirname, 'lexicon.snapshot');
/** Run from `src/` (tsx), the built snapshot of the same checkout, when there is one. */
const builtSnapshotPath = path.resolve(
  import.meta.dirname,
  '../../dist/pseudonymize/lexicon.snapshot',
);

function packageFile(name: string, file: string): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve(name)), file);
}

/** The dictionary's `index.dic`, or undefined when the optional package is not installed. */
function tryGetDictionaryFile(): string | undefined {
  try {
    return packageFile('dictionary-nb', 'index.dic');
  } catch {
    return undefined;
  }
}

function packageVersion(name: string): string {
  const content: unknown = JSON.parse(readFileSync(packageFile(name, 'package.json'), 'utf8'));
  return typeof content === 'object' &&
    content !== null &&
    'version' in content &&
    typeof content.version === 'string'
    ? content.version
    : 'unknown';
}

/**
 * What a snapshot was made from: the snapshot format and byte order, and the name, version and
 * byte size of each source file. A snapshot whose fingerprint differs is stale and is not used.
 */
export function getSourceFingerprint(): string {
  // Asked by each snapshot at start-up; the installed packages do not change while a process runs.
  sourceFingerprint ??= readSourceFingerprint();
  return sourceFingerprint;
}

let sourceFingerprint: string | undefined;

function readSourceFingerprint(): string {
  const dictionary = tryGetDictionaryFile();
  const names = packageFile('humannames', 'list.txt');
  return JSON.stringify({
    format: snapshotFormat,
    byteOrder: endianness(),
    dictionary:
      dictionary === undefined
        ? 'none'
        : `dictionary-nb@${packageVersion('dictionary-nb')}:${String(statSync(dictionary).size)}`,
    names: `humannames@${packageVersion('humannames')}:${String(statSync(names).size)}`,
  });
}

/**
 * Reads the word lists from the installed packages (≈0.3–0.5 s). Sorted (as a snapshot holds
 * them) only when `sorted` is true: a lexicon built straight from the sources hashes them instead.
 */
export function readWordListsFromSources(options: { sorted?: boolean } = {}): LexiconWordLists {
  const dictionary = tryGetDictionaryFile();
  const text = dictionary === undefined ? '' : readFileSync(dictionary, 'utf8');
  const common: string[] = [];
  const proper: string[] = [];
  let lineStart = text.indexOf('\n') + 1; // first line is the entry count
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const slash = text.indexOf('/', lineStart);
    const wordEnd = slash >= 0 && slash < lineEnd ? slash : lineEnd;
    const word = text.slice(lineStart, wordEnd).trim();
    if (word.length > 0) {
      const lower = word.toLowerCase();
      if (lower === word) common.push(word);
      else proper.push(lower);
    }
    lineStart = lineEnd + 1;
  }
  const names: string[] = [];
  for (const line of readFileSync(packageFile('humannames', 'list.txt'), 'utf8').split('\n')) {
    const name = line.trim().toLowerCase();
    if (name.length >= 2) names.push(name);
  }
  if (options.sorted === false) return { common, proper, internationalNames: names };
  return {
    common: toSortedWords(common),
    proper: toSortedWords(proper),
    internationalNames: toSortedWords(names),
  };
}

/** The first line of every snapshot file; a file that starts otherwise is not of this format. */
const magic = 'referent-lexicon-snapshot';

/** Bytes up to the next multiple of four (typed-array views need aligned offsets). */
function padded(length: number): number {
  return (length + 3) & ~3;
}

/**
 * The snapshot: a line with `magic`, a line with the fingerprint, a line with the word count,
 * byte length and hash-table slots of each list — common words, capitalised entries,
 * international names — padded with spaces to a multiple of four bytes; then per list the words,
 * each in UTF-8 followed by a line feed, sorted by their bytes, padded to a multiple of four,
 * and its hash table (32-bit slots in this machine's byte order, which the fingerprint names).
 * Loading it creates no string per word: the sets search the file's bytes (`SortedWordSet`).
 */
export function toLexiconSnapshot(lists: LexiconWordLists, fingerprint: string): Buffer {
  return toWordListSnapshot([lists.common, lists.proper, lists.internationalNames], fingerprint);
}

/**
 * Any number of word lists in the layout of `toLexiconSnapshot` (which writes three): the word-forms
 * snapshot holds its list of inflected forms the same way.
 */
export function toWordListSnapshot(
  lists: readonly (readonly string[])[],
  fingerprint: string,
): Buffer {
  const encoded = lists.map((list) => {
    const sorted = toUtf8SortedWords(list.filter((word) => !word.includes('\n')));
    const bytes = toSnapshotBytes(sorted);
    return { count: sorted.length, bytes, table: toHashTable(bytes) };
  });
  const sizes = encoded.map(
    (list) => `${String(list.count)} ${String(list.bytes.length)} ${String(list.table.length)}`,
  );
  const header = `${magic}\n${fingerprint}\n${sizes.join(' ')}`;
  const headerLength = Buffer.byteLength(header, 'utf8');
  // Spaces, then the line feed, so the lists start at a multiple of four bytes.
  const spaces = ' '.repeat(padded(headerLength + 1) - headerLength - 1);
  return Buffer.concat([
    Buffer.from(`${header}${spaces}\n`, 'utf8'),
    ...encoded.flatMap((list) => [
      Buffer.concat([list.bytes], padded(list.bytes.length)),
      Buffer.from(list.table.buffer, list.table.byteOffset, list.table.byteLength),
    ]),
  ]);
}

/** The word sets of a lexicon: from a snapshot, or hashed from the sources. */
export interface LexiconWordSets {
  readonly common: ReadonlySet<string>;
  readonly proper: ReadonlySet<string>;
  readonly internationalNames: ReadonlySet<string>;
  /** True when they came from a snapshot. */
  readonly fromSnapshot: boolean;
}

/** The word sets of a snapshot, or undefined when it is no snapshot of the installed sources. */
export function parseLexiconSnapshot(
  snapshot: Uint8Array,
  fingerprint: string,
): LexiconWordSets | undefined {
  const [common, proper, internationalNames] =
    parseWordListSnapshot(snapshot, fingerprint, 3) ?? [];
  if (common === undefined || proper === undefined || internationalNames === undefined)
    return undefined;
  return { common, proper, internationalNames, fromSnapshot: true };
}

/**
 * The `listCount` word sets of a snapshot written by `toWordListSnapshot`, or undefined when it
 * was made from other sources (another fingerprint), holds another number of lists, or is cut.
 */
export function parseWordListSnapshot(
  snapshot: Uint8Array,
  fingerprint: string,
  listCount: number,
): SortedWordSet[] | undefined {
  const header = Buffer.from(snapshot.buffer, snapshot.byteOffset, snapshot.byteLength);
  const lineEnd = (from: number): number => header.indexOf(10, from);
  const magicEnd = lineEnd(0);
  const fingerprintEnd = magicEnd < 0 ? -1 : lineEnd(magicEnd + 1);
  const sizesEnd = fingerprintEnd < 0 ? -1 : lineEnd(fingerprintEnd + 1);
  if (
    sizesEnd < 0 ||
    header.toString('utf8', 0, magicEnd) !== magic ||
    header.toString('utf8', magicEnd + 1, fingerprintEnd) !== fingerprint
  )
    return undefined;
  const sizes = header
    .toString('latin1', fingerprintEnd + 1, sizesEnd)
    .trim()
    .split(' ')
    .map(Number);
  if (
    sizes.length !== listCount * 3 ||
    !sizes.every((size) => Number.isSafeInteger(size) && size >= 0)
  )
    return undefined;
  // Typed-array views need 4-byte alignment; a buffer from a pool may not have it.
  const bytes = snapshot.byteOffset % 4 === 0 ? snapshot : new Uint8Array(snapshot);
  const sets: SortedWordSet[] = [];
  let position = sizesEnd + 1;
  for (let list = 0; list < listCount; list++) {
    const count = sizes[list * 3] ?? 0;
    const length = sizes[list * 3 + 1] ?? 0;
    const slots = sizes[list * 3 + 2] ?? 0;
    const end = position + length;
    const tableStart = position + padded(length);
    // A cut or altered file: each list ends with its last word's line feed, and fits.
    if (
      position % 4 !== 0 ||
      tableStart + slots * 4 > bytes.length ||
      (length > 0 && bytes[end - 1] !== 10) ||
      !isHashTableSize(slots, count)
    )
      return undefined;
    const table = new Uint32Array(bytes.buffer, bytes.byteOffset + tableStart, slots);
    sets.push(new SortedWordSet(bytes, position, end, count, table));
    position = tableStart + slots * 4;
  }
  return sets;
}

function tryReadFile(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * The word sets from the snapshot at `snapshotPath` (default: beside this module, else the built
 * one of this checkout) when it is there and made from the installed sources; otherwise read
 * from the sources into hash sets (≈0.3–0.5 s).
 */
export function loadWordSets(snapshotPath?: string): LexiconWordSets {
  const paths =
    snapshotPath === undefined ? [defaultSnapshotPath, builtSnapshotPath] : [snapshotPath];
  for (const candidate of paths) {
    const snapshot = tryReadFile(candidate);
    if (snapshot === undefined) continue;
    const sets = parseLexiconSnapshot(snapshot, getSourceFingerprint());
    if (sets !== undefined) return sets;
  }
  const lists = readWordListsFromSources({ sorted: false });
  return {
    common: new Set(lists.common),
    proper: new Set(lists.proper),
    internationalNames: new Set(lists.internationalNames),
    fromSnapshot: false,
  };
}

/** Writes a snapshot of the installed sources (`npm run build` does, into `dist/pseudonymize/`). */
export function writeLexiconSnapshot(snapshotPath: string = defaultSnapshotPath): void {
  writeFileSync(
    snapshotPath,
    toLexiconSnapshot(readWordListsFromSources(), getSourceFingerprint()),
  );
}
