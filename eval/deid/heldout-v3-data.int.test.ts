/**
 * Consistency of the third held-out set (`eval/deid/heldout-v3`, session 5, issue 10): the JSON is
 * what the marked-up sources build to, every annotation is sound (the runner's own loader refuses a
 * broken one), the set keeps its size (400 mentions, 3,000 clean words), every PHI type and kind,
 * its spread over the weak-spot categories and its typed fødselsnumre, and its identifier-free
 * texts hold none of its names or places. Failures name files and counts only, never the held-out
 * text.
 */
import { readFile, readdir } from 'node:fs/promises';
import * as path from 'node:path';

import { describe, expect, it } from 'vitest';

import { readSourceDocuments, toDataFileContent } from './build-data.js';
import { HELDOUT_V3_DATA_DIRECTORY, HELDOUT_V3_SOURCE_DIRECTORY } from './build-heldout.js';
import { hasValidControlDigits } from './fodselsnummer.js';
import { loadCleanCorpus, loadEvalDocuments } from './load-eval-set.js';
import { countWords } from './score.js';

const documents = await loadEvalDocuments(HELDOUT_V3_DATA_DIRECTORY);
const sources = await readSourceDocuments(HELDOUT_V3_SOURCE_DIRECTORY);
const clean = await loadCleanCorpus(path.join(import.meta.dirname, 'heldout-v3-clean'));

const categoryOf = (id: string): string | undefined => /^v3-sn-([a-z-]+)-\d+$/.exec(id)?.[1];

describe('held-out set v3 (deid)', () => {
  it('holds exactly the documents its marked-up sources build to', async () => {
    const files = (await readdir(HELDOUT_V3_DATA_DIRECTORY)).filter((name) =>
      name.endsWith('.json'),
    );
    expect(files.sort()).toEqual(sources.map((document) => `${document.id}.json`).sort());
    const drifted: string[] = [];
    for (const document of sources) {
      const stored = await readFile(
        path.join(HELDOUT_V3_DATA_DIRECTORY, `${document.id}.json`),
        'utf8',
      );
      if (stored !== toDataFileContent(document)) drifted.push(document.id);
    }
    expect(drifted).toEqual([]);
  });

  it('has at least 400 mentions, every PHI type, snippets and full documents', () => {
    const mentions = documents.flatMap((document) => document.annotations);
    expect(mentions.length).toBeGreaterThanOrEqual(400);
    const types = new Set(mentions.map((mention) => mention.type));
    expect([...types].sort()).toEqual(
      [
        'ADDRESS',
        'AGE',
        'DATE',
        'EMAIL',
        'ID',
        'LOCATION',
        'ORGANIZATION',
        'OTHER',
        'PERSON',
        'PHONE',
        'POSTAL_CODE',
        'WORKPLACE',
      ].sort(),
    );
    const kinds = new Set(documents.map((document) => document.kind));
    expect(kinds.size).toBeGreaterThanOrEqual(8);
  });

  it('names every snippet after its weak-spot category and covers each category issue 10 lists', () => {
    const snippets = documents.filter((document) => document.kind === 'snippet');
    expect(snippets.filter((document) => categoryOf(document.id) === undefined)).toEqual([]);
    const counts = new Map<string, number>();
    for (const snippet of snippets) {
      const category = categoryOf(snippet.id) ?? '';
      counts.set(category, (counts.get(category) ?? 0) + 1);
    }
    for (const category of [
      'lower',
      'noun',
      'negative',
      'initial',
      'relation',
      'nynorsk',
      'intl',
      'surname',
      'initials',
      'street',
      'farm',
      'postal',
      'place',
      'phone',
      'spoken-number',
      'email',
      'id',
      'spoken-age',
      'kept-age',
      'spoken-date',
      'date',
      'workplace',
      'org',
      'other',
    ]) {
      expect({ category, enough: (counts.get(category) ?? 0) >= 4 }).toEqual({
        category,
        enough: true,
      });
    }
  });

  it('holds typed fødselsnumre and D-numre with valid and with failing control digits', () => {
    const typed = documents
      .flatMap((document) => document.annotations)
      .filter((mention) => mention.type === 'ID')
      .map((mention) => mention.text.replace(/\s/g, ''))
      .filter((digits) => /^\d{11}$/.test(digits));
    expect(typed.filter((digits) => hasValidControlDigits(digits)).length).toBeGreaterThanOrEqual(
      5,
    );
    expect(typed.filter((digits) => !hasValidControlDigits(digits)).length).toBeGreaterThanOrEqual(
      1,
    );
  });

  it('has at least 3,000 identifier-free words holding none of the set’s names or places', () => {
    expect(clean.reduce((sum, text) => sum + countWords(text.text), 0)).toBeGreaterThanOrEqual(
      3000,
    );
    const names = new Set(
      documents
        .flatMap((document) => document.annotations)
        .filter((mention) => ['PERSON', 'LOCATION', 'ORGANIZATION'].includes(mention.type))
        .flatMap((mention) => mention.text.split(/[\s,]+/))
        .filter((word) => word.length >= 5 && /^\p{Lu}/u.test(word)),
    );
    const found = clean.flatMap((text) =>
      [...names]
        .filter((name) => new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'u').test(text.text))
        .map(() => text.id),
    );
    expect(found).toEqual([]);
  });
});
