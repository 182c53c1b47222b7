/**
 * The consistency checks every later held-out de-identification set (v2, v3 …, issue 10) must
 * pass, shared by their `heldout-vN-data.int.test.ts`: the JSON is what the marked-up sources build
 * to, the set keeps its size, every PHI type and its kinds, its spread over the weak-spot
 * categories and its typed fødselsnumre, and its identifier-free texts hold none of its names or
 * places. Failures name files and counts only, never the held-out text.
 */
import { readFile, readdir } from 'node:fs/promises';
import * as path from 'node:path';

import { describe, expect, it } from 'vitest';

import { toDataFileContent } from './build-data.js';
import type { EvalDocument } from './eval-document.js';
import { hasValidControlDigits } from './fodselsnummer.js';
import type { CleanText } from './load-eval-set.js';
import { countWords } from './score.js';
import { SNIPPET_CATEGORIES } from './snippet-category.js';

/** The weak-spot categories of the first held-out set plus those the later sets added. */
export const LATER_HELDOUT_CATEGORIES: readonly string[] = [
  ...SNIPPET_CATEGORIES,
  'postal',
  'place',
  'phone',
  'id',
  'date',
  'org',
];

/** One later held-out set, loaded, with the size it must keep. */
export interface LaterHeldoutSet {
  /** `v2`, `v3` …: the prefix of its snippet ids. */
  readonly name: string;
  readonly dataDirectory: string;
  readonly documents: readonly EvalDocument[];
  /** The documents its marked-up sources build to. */
  readonly sources: readonly EvalDocument[];
  readonly clean: readonly CleanText[];
  readonly minMentions: number;
  readonly minKinds: number;
  /** Weak-spot categories each needing at least four snippets. */
  readonly categories: readonly string[];
}

/** Declares the consistency tests of one later held-out set. */
export function describeLaterHeldoutSet(set: LaterHeldoutSet): void {
  const categoryPattern = new RegExp(`^${set.name}-sn-([a-z-]+)-\\d+$`);
  const categoryOf = (id: string): string | undefined => categoryPattern.exec(id)?.[1];
  describe(`held-out set ${set.name} (deid)`, () => {
    it('holds exactly the set.documents its marked-up sources build to', async () => {
      const files = (await readdir(set.dataDirectory)).filter((name) => name.endsWith('.json'));
      expect(files.sort()).toEqual(set.sources.map((document) => `${document.id}.json`).sort());
      const drifted: string[] = [];
      for (const document of set.sources) {
        const stored = await readFile(path.join(set.dataDirectory, `${document.id}.json`), 'utf8');
        if (stored !== toDataFileContent(document)) drifted.push(document.id);
      }
      expect(drifted).toEqual([]);
    });

    it(`has at least ${set.minMentions} mentions, every PHI type, snippets and full set.documents`, () => {
      const mentions = set.documents.flatMap((document) => document.annotations);
      expect(mentions.length).toBeGreaterThanOrEqual(set.minMentions);
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
      const kinds = new Set(set.documents.map((document) => document.kind));
      expect(kinds.size).toBeGreaterThanOrEqual(set.minKinds);
    });

    it('names every snippet after its weak-spot category and covers each category issue 10 lists', () => {
      const snippets = set.documents.filter((document) => document.kind === 'snippet');
      expect(snippets.filter((document) => categoryOf(document.id) === undefined)).toEqual([]);
      const counts = new Map<string, number>();
      for (const snippet of snippets) {
        const category = categoryOf(snippet.id) ?? '';
        counts.set(category, (counts.get(category) ?? 0) + 1);
      }
      for (const category of set.categories) {
        expect({ category, enough: (counts.get(category) ?? 0) >= 4 }).toEqual({
          category,
          enough: true,
        });
      }
    });

    it('holds typed fødselsnumre and D-numre with valid and with failing control digits', () => {
      const typed = set.documents
        .flatMap((document) => document.annotations)
        .filter((mention) => mention.type === 'ID')
        .map((mention) => mention.text.replace(/\s/g, ''))
        .filter((digits) => /^\d{11}$/.test(digits));
      expect(typed.filter((digits) => hasValidControlDigits(digits)).length).toBeGreaterThanOrEqual(
        5,
      );
      expect(
        typed.filter((digits) => !hasValidControlDigits(digits)).length,
      ).toBeGreaterThanOrEqual(1);
    });

    it('has at least 3,000 identifier-free words holding none of the set’s names or places', () => {
      expect(
        set.clean.reduce((sum, text) => sum + countWords(text.text), 0),
      ).toBeGreaterThanOrEqual(3000);
      const names = new Set(
        set.documents
          .flatMap((document) => document.annotations)
          .filter((mention) => ['PERSON', 'LOCATION', 'ORGANIZATION'].includes(mention.type))
          .flatMap((mention) => mention.text.split(/[\s,]+/))
          .filter((word) => word.length >= 5 && /^\p{Lu}/u.test(word)),
      );
      const found = set.clean.flatMap((text) =>
        [...names]
          .filter((name) => new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'u').test(text.text))
          .map(() => text.id),
      );
      expect(found).toEqual([]);
    });
  });
}
