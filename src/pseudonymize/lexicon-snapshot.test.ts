import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { createLexicon } from './lexicon.js';
import { toSortedWords } from './sorted-word-set.js';
import {
  getSourceFingerprint,
  loadWordLists,
  parseLexiconSnapshot,
  readWordListsFromSources,
  toLexiconSnapshot,
  writeLexiconSnapshot,
} from './lexicon-snapshot.js';

const sources = readWordListsFromSources();
const fingerprint = getSourceFingerprint();
const directory = mkdtempSync(path.join(tmpdir(), 'referent-lexicon-'));
afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

/** Where `npm run build` writes the snapshot the compiled `referent` command reads. */
const builtSnapshot = path.resolve(import.meta.dirname, '../../dist/pseudonymize/lexicon.snapshot');

describe('lexicon snapshot', () => {
  it('holds exactly the word lists of the dictionary and the name list', () => {
    const parsed = parseLexiconSnapshot(toLexiconSnapshot(sources, fingerprint), fingerprint);
    expect(parsed).toEqual(sources);
    expect(sources.common.length).toBeGreaterThan(200_000);
    expect(sources.internationalNames).toContain('yusuf');
  });

  it('is ignored when it was made from other sources, and the sources are read instead', () => {
    const stale = path.join(directory, 'stale.snapshot');
    const other = fingerprint.replace('dictionary-nb@', 'dictionary-nb@0.0.0-');
    writeFileSync(stale, toLexiconSnapshot({ ...sources, common: ['bare-ett-ord'] }, other));
    expect(parseLexiconSnapshot(readFileSync(stale, 'utf8'), fingerprint)).toBeUndefined();
    const loaded = loadWordLists(stale);
    expect(loaded.sorted).toBe(false);
    expect(toSortedWords(loaded.common)).toEqual(sources.common);
  });

  it('gives a lexicon that answers every lookup as the one built from the sources', () => {
    const snapshot = path.join(directory, 'lexicon.snapshot');
    writeLexiconSnapshot(snapshot);
    const fromSnapshot = createLexicon({ snapshotPath: snapshot });
    const fromSources = createLexicon({ snapshotPath: path.join(directory, 'missing') });
    for (const word of ['hanse', 'hansen', 'tone', 'vår', 'oslo', 'sykehuset', 'yusuf', 'xqzv']) {
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
      expect(readFileSync(builtSnapshot, 'utf8')).toBe(toLexiconSnapshot(sources, fingerprint));
    },
  );
});
