import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

import { toSortedWords } from './sorted-word-set.js';

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
const snapshotFormat = 1;
const sectionMarker = '\n#section\n';

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
 * What a snapshot was made from: the snapshot format, and the name, version and byte size of
 * each source file. A snapshot whose fingerprint differs is stale and is not used.
 */
export function getSourceFingerprint(): string {
  const dictionary = tryGetDictionaryFile();
  const names = packageFile('humannames', 'list.txt');
  return JSON.stringify({
    format: snapshotFormat,
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

/** The snapshot text: the fingerprint line, then the three sorted lists, one word a line. */
export function toLexiconSnapshot(lists: LexiconWordLists, fingerprint: string): string {
  return [
    fingerprint,
    lists.common.join('\n'),
    lists.proper.join('\n'),
    lists.internationalNames.join('\n'),
  ].join(sectionMarker);
}

/** The word lists of a snapshot, or undefined when it was made from other sources. */
export function parseLexiconSnapshot(
  snapshot: string,
  fingerprint: string,
): LexiconWordLists | undefined {
  const sections = snapshot.split(sectionMarker);
  if (sections.length !== 4 || sections[0] !== fingerprint) return undefined;
  const list = (section: string | undefined): string[] =>
    section === undefined || section === '' ? [] : section.split('\n');
  return {
    common: list(sections[1]),
    proper: list(sections[2]),
    internationalNames: list(sections[3]),
  };
}

/**
 * The word lists from the snapshot at `snapshotPath` (default: beside this module, else the built
 * one of this checkout) when it is there and made from the installed sources (`sorted: true`);
 * otherwise read from the sources, unsorted.
 */
export function loadWordLists(
  snapshotPath?: string,
): LexiconWordLists & { readonly sorted: boolean } {
  const paths =
    snapshotPath === undefined ? [defaultSnapshotPath, builtSnapshotPath] : [snapshotPath];
  for (const candidate of paths) {
    if (!existsSync(candidate)) continue;
    const lists = parseLexiconSnapshot(readFileSync(candidate, 'utf8'), getSourceFingerprint());
    if (lists !== undefined) return { ...lists, sorted: true };
  }
  return { ...readWordListsFromSources({ sorted: false }), sorted: false };
}

/** Writes a snapshot of the installed sources (`npm run build` does, into `dist/pseudonymize/`). */
export function writeLexiconSnapshot(snapshotPath: string = defaultSnapshotPath): void {
  writeFileSync(
    snapshotPath,
    toLexiconSnapshot(readWordListsFromSources(), getSourceFingerprint()),
    'utf8',
  );
}
