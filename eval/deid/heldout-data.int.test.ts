import * as path from 'node:path';

import { describe, expect, it } from 'vitest';

import { readSourceDocuments } from './build-data.js';
import { HELDOUT_DATA_DIRECTORY, HELDOUT_SOURCE_DIRECTORY } from './build-heldout.js';
import type { DocumentKind } from './eval-document.js';
import { findAnnotationProblems } from './eval-document.js';
import { hasValidControlDigits } from './fodselsnummer.js';
import { loadCleanCorpus, loadEvalDocuments } from './load-eval-set.js';
import { PHI_TYPES } from './phi-types.js';
import { countWords } from './score.js';
import {
  SNIPPET_CATEGORIES,
  SNIPPET_CATEGORY_DESCRIPTIONS,
  snippetCategory,
} from './snippet-category.js';

const here = import.meta.dirname;
const heldout = await loadEvalDocuments(HELDOUT_DATA_DIRECTORY);
const heldoutClean = await loadCleanCorpus(path.join(here, 'heldout-clean'));
const own = await loadEvalDocuments(path.join(here, 'data'));
const snippets = heldout.filter((document) => document.kind === 'snippet');
const fullDocuments = heldout.filter((document) => document.kind !== 'snippet');

describe('the held-out evaluation set', () => {
  it('has annotations whose text equals text.slice(start, end) and that never overlap', () => {
    expect(heldout.flatMap(findAnnotationProblems)).toEqual([]);
  });

  it('matches its marked-up sources, so the JSON is not edited by hand', async () => {
    const fromSources = await readSourceDocuments(HELDOUT_SOURCE_DIRECTORY);
    expect(heldout).toEqual(
      [...fromSources].sort((left, right) => left.id.localeCompare(right.id)),
    );
  });

  it('uses document ids that cannot collide with the own set', () => {
    const ownIds = new Set(own.map((document) => document.id));
    expect(heldout.filter((document) => ownIds.has(document.id))).toEqual([]);
    expect(heldout.every((document) => document.id.startsWith('ho-'))).toBe(true);
  });

  it('holds at least 120 weak-spot snippets with 200 mentions, each in a known category with at least five snippets', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(120);
    expect(snippets.flatMap((document) => document.annotations).length).toBeGreaterThanOrEqual(200);
    expect(snippets.filter((document) => snippetCategory(document.id) === undefined)).toEqual([]);
    for (const category of SNIPPET_CATEGORIES) {
      const inCategory = snippets.filter((document) => snippetCategory(document.id) === category);
      expect(inCategory.length, category).toBeGreaterThanOrEqual(5);
    }
    expect(Object.keys(SNIPPET_CATEGORY_DESCRIPTIONS).sort()).toEqual(
      [...SNIPPET_CATEGORIES].sort(),
    );
  });

  it('holds at least 15 full documents with 150 mentions, covering every PHI type and note kind', () => {
    expect(fullDocuments.length).toBeGreaterThanOrEqual(15);
    const mentions = fullDocuments.flatMap((document) => document.annotations);
    expect(mentions.length).toBeGreaterThanOrEqual(150);
    expect(new Set(mentions.map((mention) => mention.type))).toEqual(new Set(PHI_TYPES));
    const kinds = new Set(fullDocuments.map((document) => document.kind));
    const expected: readonly DocumentKind[] = [
      'journalnotat',
      'epikrise',
      'henvisning',
      'telefonnotat',
      'pasientbrev',
      'transcript',
    ];
    expect(expected.filter((kind) => !kinds.has(kind))).toEqual([]);
  });

  it('has typed fødselsnumre and D-numre both with valid and with invalid control digits', () => {
    const numbers = heldout
      .flatMap((document) => document.annotations)
      .filter((mention) => mention.type === 'ID')
      .map((mention) => mention.text.replace(/[\s.-]/g, ''))
      .filter((digits) => /^\d{11}$/.test(digits));
    const valid = numbers.filter(hasValidControlDigits);
    expect(valid.length).toBeGreaterThanOrEqual(8);
    expect(valid.filter((digits) => /^[4-7]/.test(digits)).length).toBeGreaterThanOrEqual(2);
    expect(numbers.length - valid.length).toBeGreaterThanOrEqual(2);
  });

  it('passes every known fødselsnummer as 11 digits', () => {
    for (const document of heldout) {
      if (document.known?.fnr !== undefined) expect(document.known.fnr).toMatch(/^\d{11}$/);
    }
  });
});

describe('the held-out clean corpus', () => {
  it('holds at least 3,000 words', () => {
    const words = heldoutClean.reduce((sum, text) => sum + countWords(text.text), 0);
    expect(words).toBeGreaterThanOrEqual(3000);
  });

  it('contains none of the names, places and organisations annotated in the held-out set', () => {
    const surfaces = new Set(
      heldout
        .flatMap((document) => document.annotations)
        .filter((mention) =>
          ['PERSON', 'LOCATION', 'ORGANIZATION', 'WORKPLACE', 'ADDRESS'].includes(mention.type),
        )
        .map((mention) => mention.text)
        .filter((surface) => !WORDS_THAT_ARE_ALSO_NAMES.has(surface.toLowerCase())),
    );
    const alternatives = [...surfaces].map(escapeRegExp).join('|');
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'gu');
    const found = heldoutClean.flatMap((text) =>
      [...text.text.matchAll(pattern)].map((match) => `${text.id}: ${match[0]}`),
    );
    expect(found).toEqual([]);
  });
});

/**
 * Given names that are also ordinary Norwegian words. The clean corpus uses them as words on purpose
 * ("Vår og sommer", "Stein i nyrene"), as hard negatives.
 */
const WORDS_THAT_ARE_ALSO_NAMES = new Set([
  'ask',
  'bjørk',
  'dag',
  'eik',
  'fred',
  'lerke',
  'lin',
  'liv',
  'lykke',
  'rose',
  'siv',
  'sol',
  'stein',
  'storm',
  'tor',
  'vilje',
  'vår',
]);

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
