import { readFile } from 'node:fs/promises';
import * as path from 'node:path';

import { describe, expect, it } from 'vitest';

import { readSourceDocuments } from './build-data.js';
import { DOCUMENT_KINDS, findAnnotationProblems } from './eval-document.js';
import { hasValidControlDigits } from './fodselsnummer.js';
import { loadCleanCorpus, loadEvalDocuments } from './load-eval-set.js';
import { PHI_TYPES } from './phi-types.js';
import { countWords } from './score.js';
import { loadSharedConsultations, parseSharedConsultation } from './shared-consultations.js';
import { getSharedConsultationsDirectory } from '../../src/testing/shared-data.js';

const here = import.meta.dirname;
const own = await loadEvalDocuments(path.join(here, 'data'));
// The open development texts (eval/deid/clean-open) are identifier-free too and held to the same rules.
const clean = [
  ...(await loadCleanCorpus(path.join(here, 'clean'))),
  ...(await loadCleanCorpus(path.join(here, 'clean-open'))),
];
const sharedDirectory = getSharedConsultationsDirectory();

describe('the own evaluation set', () => {
  it('has annotations whose text equals text.slice(start, end) and that never overlap', () => {
    expect(own.flatMap(findAnnotationProblems)).toEqual([]);
  });

  it('matches its marked-up sources, so the JSON is not edited by hand', async () => {
    const fromSources = await readSourceDocuments(path.join(here, 'source'));
    expect(own).toEqual([...fromSources].sort((left, right) => left.id.localeCompare(right.id)));
  });

  it('holds at least 600 identifier mentions covering every PHI type and every full-document kind', () => {
    const mentions = own.flatMap((document) => document.annotations);
    expect(mentions.length).toBeGreaterThanOrEqual(600);
    expect(new Set(mentions.map((mention) => mention.type))).toEqual(new Set(PHI_TYPES));
    // The own set also holds weak-spot snippets; every full-document kind must be there too.
    const fullDocumentKinds = own
      .map((document) => document.kind)
      .filter((kind) => kind !== 'snippet');
    expect(new Set(fullDocumentKinds)).toEqual(
      new Set(DOCUMENT_KINDS.filter((kind) => kind !== 'snippet')),
    );
  });

  it('has fødselsnumre and D-numre written as digits both with valid and with invalid control digits', () => {
    const numbers = own
      .flatMap((document) => document.annotations)
      .filter((mention) => mention.type === 'ID')
      .map((mention) => mention.text.replace(/[\s.-]/g, ''))
      .filter((digits) => /^\d{11}$/.test(digits));
    const valid = numbers.filter(hasValidControlDigits);
    expect(valid.length).toBeGreaterThanOrEqual(5);
    expect(numbers.length - valid.length).toBeGreaterThanOrEqual(3);
  });

  it('passes every known fødselsnummer as 11 digits', () => {
    for (const document of own) {
      if (document.known?.fnr !== undefined) expect(document.known.fnr).toMatch(/^\d{11}$/);
    }
  });
});

describe('the clean corpus', () => {
  it('holds at least 5,000 words', () => {
    const words = clean.reduce((sum, text) => sum + countWords(text.text), 0);
    expect(words).toBeGreaterThanOrEqual(5000);
  });

  it('contains none of the names, places and organisations annotated in the own set', () => {
    const surfaces = new Set(
      own
        .flatMap((document) => document.annotations)
        .filter((mention) =>
          ['PERSON', 'LOCATION', 'ORGANIZATION', 'WORKPLACE'].includes(mention.type),
        )
        .map((mention) => mention.text)
        .filter((surface) => !deliberateHomographs.has(surface)),
    );
    const alternatives = [...surfaces].map(escapeRegExp).join('|');
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'gu');
    const found = clean.flatMap((text) =>
      [...text.text.matchAll(pattern)].map((match) => `${text.id}: ${match[0]}`),
    );
    expect(found).toEqual([]);
  });

  it('uses every listed homograph as a common or clinical word (no stale entries)', () => {
    const unused = [...deliberateHomographs].filter(
      (word) =>
        !clean.some((text) =>
          new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'u').test(
            text.text,
          ),
        ),
    );
    expect(unused).toEqual([]);
  });
});

/**
 * Words annotated as a name or place somewhere in the own set that the clean texts use on purpose
 * in their common or clinical sense, as hard negatives for precision (session 24's `54-s24b-`
 * texts and earlier ones): "Dag 2" after an operation, Manchester-triage, Lauge-Hansen, "Vår og
 * sommer", "Liv" and "Sol" as words, "i bakke", triage colour "Rød", the "San Francisco syncope rule",
 * "Håp", "Fred", "Lykke" and "Rosa" as words; session 26's `56-s26f-` texts: "Siri" the voice
 * assistant, "Vilje", "Fjell", "Lund" and "frost" as words, the pill "Yasmin", the weekday
 * abbreviation "tor"; session 27's `57-s27c-` texts: "Lien" (Latin for the spleen), the "Kiwi" vacuum
 * cup, "Clarke" test, "Berlin" definition of ARDS, the hormone "AMH", "Fortimel Extra"; session 27's `s27a-`
 * snippets name people in lower case after a pronoun or "spør" ("han stein", "ho sol", "spør Per",
 * "han dag", "hun vår", "spør ask", "han bjørn"), words the clean texts use as words ("per os",
 * "dag 2", "liv", "sol", "stein", "vår", "ask", "bjørn"); session 28's `58-s28b-` texts: "Vold" (violence,
 * in a risk assessment) and "split" (a split-bolus CT protocol); session 28's `s28c-` snippets name the
 * club "brann" in lower case and a child "McKenzie" (the clean texts: "brann" the fire, the McKenzie
 * method in physiotherapy). Any other own-set surface in a clean text is still an error.
 */
const deliberateHomographs = new Set([
  'AMH',
  'Ask',
  'Berg',
  'Berlin',
  'Bjørk',
  'Bo',
  'Clarke',
  'Dag',
  'Eik',
  'Extra',
  'Fjell',
  'Fred',
  'Gry',
  'HS',
  'Håp',
  'Hansen',
  'Haugen',
  'Kiwi',
  'Lerke',
  'Lien',
  'Lin',
  'Liv',
  'Lund',
  'Lykke',
  'Mai',
  'Manchester',
  'Moss',
  'Rosa',
  'Rune',
  'Rød',
  'San Francisco',
  'Siri',
  'Siv',
  'Ski',
  'Sol',
  'Stein',
  'Storm',
  'Strand',
  'Vold',
  'Vår',
  'Vilje',
  'Yasmin',
  'bakke',
  'frost',
  'kalle',
  'tone',
  'tor',
  'Ål',
  'Ørn',
  'Per',
  'ask',
  'bjørn',
  'dag',
  'liv',
  'sol',
  'split',
  'stein',
  'Bjørn',
  'eik',
  'siv',
  'ulv',
  'vår',
  'McKenzie',
  'brann',
  // s29c: a club named like an ordinary word, and makers that are surnames after a title.
  'Start',
  'Philips',
  'Siemens',
  // s34j: the lime tree as a word in a dialect story ("Lind og bjørk har vi òg").
  'Lind',
  // s36j: words that are also surnames or places, used as words in 69-s36j- texts ("Lia bak huset
  // er bratt", "Bakke opp er tungt", "Vik unna fet mat", "berg er det lite av", "på stranda").
  'Bakke',
  'Vik',
  'berg',
  'stranda',
  // s38e: snippets name people Storm, Frost, Glad, Vinter, Bonde and Grace (names that are words);
  // earlier clean texts use them as words ("storm", "Frost i tærne", "Glad", "Vinter", "Bonde",
  // the GRACE score).
  'storm',
  'Frost',
  'Glad',
  'Vinter',
  'Bonde',
  'Grace',
  // s39e: a transcript names a place in dialect ("oppi Lia"); clean texts use the word for a
  // hillside ("Lia bak huset er bratt").
  'Lia',
]);

describe('the shared consultation cases', () => {
  it('become six transcripts in which every listed identifier string is annotated at least once', async () => {
    const shared = await loadSharedConsultations(sharedDirectory);
    expect(shared).toHaveLength(6);
    for (const document of shared) {
      expect(findAnnotationProblems(document)).toEqual([]);
      const content = await readFile(path.join(sharedDirectory, `${document.id}.json`), 'utf8');
      const listed = parseSharedConsultation(content).phi.map((phi) => phi.text);
      const annotated = new Set(document.annotations.map((annotation) => annotation.text));
      expect(listed.filter((text) => !annotated.has(text))).toEqual([]);
    }
  });
});

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
