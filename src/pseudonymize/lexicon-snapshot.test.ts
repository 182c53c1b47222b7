import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { createLexicon } from './lexicon.js';
import { toSortedWords } from './sorted-word-set.js';
import {
  getSourceFingerprint,
  loadWordSets,
  parseLexiconSnapshot,
  readWordListsFromSources,
  toLexiconSnapshot,
  writeLexiconSnapshot,
} from './lexicon-snapshot.js';

const sources = readWordListsFromSources();
const fingerprint = getSourceFingerprint();
const snapshot = toLexiconSnapshot(sources, fingerprint);
const directory = mkdtempSync(path.join(tmpdir(), 'referent-lexicon-'));
afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

/** Where `npm run build` writes the snapshot the compiled `referent` command reads. */
const builtSnapshot = path.resolve(import.meta.dirname, '../../dist/pseudonymize/lexicon.snapshot');

describe('lexicon snapshot', () => {
  it('holds exactly the word lists of the dictionary and the name list', () => {
    const parsed = parseLexiconSnapshot(snapshot, fingerprint);
    expect(parsed?.fromSnapshot).toBe(true);
    expect(toSortedWords(parsed?.common ?? [])).toEqual(sources.common);
    expect(toSortedWords(parsed?.proper ?? [])).toEqual(sources.proper);
    expect(toSortedWords(parsed?.internationalNames ?? [])).toEqual(sources.internationalNames);
    expect(parsed?.common.size).toBe(sources.common.length);
    // Names with letters of more than one UTF-8 byte ("ł", "ş") come back as they went in.
    expect(sources.internationalNames.some((name) => Buffer.byteLength(name) > name.length)).toBe(
      true,
    );
    expect(sources.common.length).toBeGreaterThan(200_000);
    expect(sources.internationalNames).toContain('yusuf');
  });

  it('is ignored when it was made from other sources, and the sources are read instead', () => {
    const stale = path.join(directory, 'stale.snapshot');
    const other = fingerprint.replace('dictionary-nb@', 'dictionary-nb@0.0.0-');
    writeFileSync(stale, toLexiconSnapshot({ ...sources, common: ['bare-ett-ord'] }, other));
    expect(parseLexiconSnapshot(readFileSync(stale), fingerprint)).toBeUndefined();
    const loaded = loadWordSets(stale);
    expect(loaded.fromSnapshot).toBe(false);
    expect(loaded.common.size).toBe(sources.common.length);
    expect(sources.common.every((word) => loaded.common.has(word))).toBe(true);
  });

  it('is ignored when it is no snapshot of this format (an older text snapshot, a cut file)', () => {
    expect(parseLexiconSnapshot(Buffer.from(`${fingerprint}\nhanse`), fingerprint)).toBeUndefined();
    expect(parseLexiconSnapshot(snapshot.subarray(0, snapshot.length / 2), fingerprint)).toBe(
      undefined,
    );
  });

  it('gives a lexicon that answers every lookup as the one built from the sources', () => {
    const snapshotPath = path.join(directory, 'lexicon.snapshot');
    writeLexiconSnapshot(snapshotPath);
    const fromSnapshot = createLexicon({ snapshotPath });
    const fromSources = createLexicon({ snapshotPath: path.join(directory, 'missing') });
    const probes = ['hanse', 'hansen', 'tone', 'vår', 'oslo', 'sykehuset', 'yusuf', 'xqzv', ''];
    // The first and last entries of each list, and words just beside them in sort order.
    for (const list of [sources.common, sources.proper, sources.internationalNames]) {
      const first = list[0] ?? '';
      const last = list[list.length - 1] ?? '';
      probes.push(first, last, `${last}a`, first.slice(0, -1), `${first}\u0000`);
      // A sample of entries, and the same words one letter short and one letter longer.
      for (let index = 0; index < list.length; index += 997) {
        const word = list[index] ?? '';
        probes.push(word, word.slice(0, -1), `${word}e`, word.toUpperCase());
      }
    }
    for (const word of probes) {
      expect(fromSnapshot.isCommonWord(word)).toBe(fromSources.isCommonWord(word));
      expect(fromSnapshot.isDictionaryEntry(word)).toBe(fromSources.isDictionaryEntry(word));
      expect(fromSnapshot.properNouns.has(word)).toBe(fromSources.properNouns.has(word));
      expect(fromSnapshot.internationalNames.has(word)).toBe(
        fromSources.internationalNames.has(word),
      );
    }
    // "Hansen" is no inflected form of "hanse": the dictionary's suffix rules decide, not a guess.
    expect(fromSnapshot.isCommonWord('hansen')).toBe(false);
    expect(fromSnapshot.isCommonWord('hanse')).toBe(true);
    expect(fromSnapshot.isDictionaryEntry('hansen')).toBe(false);
  });

  it.skipIf(!existsSync(builtSnapshot))(
    'written by the build matches the installed sources',
    () => {
      expect(readFileSync(builtSnapshot).equals(snapshot)).toBe(true);
    },
  );
});
