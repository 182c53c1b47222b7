import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import * as path from 'node:path';

import { InvalidInputError } from '../../src/core/index.js';

import type { EvalDocument } from './eval-document.js';
import { evalDocumentSchema, findAnnotationProblems } from './eval-document.js';
import { loadSharedConsultations } from './shared-consultations.js';
import { getSharedConsultationsDirectory } from '../../src/testing/shared-data.js';

/** A text of the identifier-free corpus. */
export interface CleanText {
  readonly id: string;
  readonly text: string;
}

/** Reads and validates every `*.json` document in `directory`, sorted by file name. */
export async function loadEvalDocuments(directory: string): Promise<EvalDocument[]> {
  const names = (await readdir(directory)).filter((name) => name.endsWith('.json')).sort();
  const documents: EvalDocument[] = [];
  for (const name of names) {
    const content = await readFile(path.join(directory, name), 'utf8');
    let json: unknown;
    try {
      json = JSON.parse(content);
    } catch {
      throw new InvalidInputError(`evaluation document ${name} is not valid JSON`);
    }
    const parsed = evalDocumentSchema.safeParse(json);
    if (!parsed.success) {
      throw new InvalidInputError(`evaluation document ${name} does not match the schema`, {
        issues: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
      });
    }
    const problems = findAnnotationProblems(parsed.data);
    if (problems.length > 0) {
      throw new InvalidInputError(`evaluation document ${name} has inconsistent annotations`, {
        issues: problems,
      });
    }
    documents.push(parsed.data);
  }
  return documents;
}

/** Reads every `*.txt` file in `directory` (the identifier-free corpus), sorted by file name. */
export async function loadCleanCorpus(directory: string): Promise<CleanText[]> {
  const names = (await readdir(directory)).filter((name) => name.endsWith('.txt')).sort();
  const texts: CleanText[] = [];
  for (const name of names) {
    texts.push({
      id: name.replace(/\.txt$/, ''),
      text: await readFile(path.join(directory, name), 'utf8'),
    });
  }
  return texts;
}

/** The three sets the evaluation scores, read from their default places. */
export interface EvaluationSets {
  readonly own: EvalDocument[];
  readonly shared: EvalDocument[];
  readonly clean: CleanText[];
  /**
   * Identifier-free development texts whose false detections are not all fixed yet
   * (`eval/deid/clean-open/*.txt`): gated at their own count so the main clean corpus keeps its
   * rate; empty when the directory does not exist.
   */
  readonly cleanOpen: CleanText[];
  /** False when the shared consultation directory does not exist (the shared set is then empty). */
  readonly sharedFound: boolean;
  /** The held-out set (`eval/deid/heldout/*.json`); empty when the directory does not exist. */
  readonly heldout: EvalDocument[];
  /**
   * The second held-out set (`eval/deid/heldout-v2/*.json`) and its identifier-free texts
   * (`eval/deid/heldout-v2-clean/*.txt`); absent when `heldout-v2` does not exist. Reported on its
   * own, counts only.
   */
  readonly heldoutV2?: { readonly documents: EvalDocument[]; readonly clean: CleanText[] };
  /**
   * The third held-out set (`eval/deid/heldout-v3/*.json`, session 5) and its identifier-free texts
   * (`eval/deid/heldout-v3-clean/*.txt`); absent when `heldout-v3` does not exist. Reported on its
   * own, counts only.
   */
  readonly heldoutV3?: { readonly documents: EvalDocument[]; readonly clean: CleanText[] };
  /**
   * The fourth held-out set (`eval/deid/heldout-v4/*.json`, session 6) and its identifier-free texts
   * (`eval/deid/heldout-v4-clean/*.txt`); absent when `heldout-v4` does not exist. Reported on its
   * own, counts only.
   */
  readonly heldoutV4?: { readonly documents: EvalDocument[]; readonly clean: CleanText[] };
  /**
   * The fifth held-out set (`eval/deid/heldout-v5/*.json`, session 7) and its identifier-free texts
   * (`eval/deid/heldout-v5-clean/*.txt`); absent when `heldout-v5` does not exist. Reported on its
   * own, counts only.
   */
  readonly heldoutV5?: { readonly documents: EvalDocument[]; readonly clean: CleanText[] };
  /**
   * The sixth held-out set (`eval/deid/heldout-v6/*.json`, session 8) and its identifier-free texts
   * (`eval/deid/heldout-v6-clean/*.txt`); absent when `heldout-v6` does not exist. Reported on its
   * own, counts only.
   */
  readonly heldoutV6?: { readonly documents: EvalDocument[]; readonly clean: CleanText[] };
  /**
   * The seventh held-out set (`eval/deid/heldout-v7/*.json`, session 9) and its identifier-free
   * texts (`eval/deid/heldout-v7-clean/*.txt`); absent when `heldout-v7` does not exist. Reported on
   * its own, counts only.
   */
  readonly heldoutV7?: { readonly documents: EvalDocument[]; readonly clean: CleanText[] };
  /**
   * The eighth held-out set (`eval/deid/heldout-v8/*.json`, session 11) and its identifier-free
   * texts (`eval/deid/heldout-v8-clean/*.txt`); absent when `heldout-v8` does not exist. Reported on
   * its own, counts only.
   */
  readonly heldoutV8?: { readonly documents: EvalDocument[]; readonly clean: CleanText[] };
  /**
   * The ninth held-out set (`eval/deid/heldout-v9/*.json`, session 14) and its identifier-free
   * texts (`eval/deid/heldout-v9-clean/*.txt`); absent when `heldout-v9` does not exist. Reported on
   * its own, counts only.
   */
  readonly heldoutV9?: { readonly documents: EvalDocument[]; readonly clean: CleanText[] };
  /**
   * The tenth held-out set (`eval/deid/heldout-v10/*.json`, session 17) and its identifier-free
   * texts (`eval/deid/heldout-v10-clean/*.txt`); absent when `heldout-v10` does not exist. Reported
   * on its own, counts only.
   */
  readonly heldoutV10?: { readonly documents: EvalDocument[]; readonly clean: CleanText[] };
  /**
   * The eleventh held-out set (`eval/deid/heldout-v11/*.json`, session 18) and its identifier-free
   * texts (`eval/deid/heldout-v11-clean/*.txt`); absent when `heldout-v11` does not exist. Reported
   * on its own, counts only.
   */
  readonly heldoutV11?: { readonly documents: EvalDocument[]; readonly clean: CleanText[] };
  /**
   * The twelfth held-out set (`eval/deid/heldout-v12/*.json`, session 19) and its identifier-free
   * texts (`eval/deid/heldout-v12-clean/*.txt`); absent when `heldout-v12` does not exist. Reported
   * on its own, counts only.
   */
  readonly heldoutV12?: { readonly documents: EvalDocument[]; readonly clean: CleanText[] };
  /**
   * The thirteenth held-out set (`eval/deid/heldout-v13/*.json`, session 21) and its
   * identifier-free texts (`eval/deid/heldout-v13-clean/*.txt`); absent when `heldout-v13` does not
   * exist. Reported on its own, counts only.
   */
  readonly heldoutV13?: { readonly documents: EvalDocument[]; readonly clean: CleanText[] };
  /**
   * The fourteenth held-out set (`eval/deid/heldout-v14/*.json`, session 22) and its
   * identifier-free texts (`eval/deid/heldout-v14-clean/*.txt`); absent when `heldout-v14` does not
   * exist. Reported on its own, counts only.
   */
  readonly heldoutV14?: { readonly documents: EvalDocument[]; readonly clean: CleanText[] };
  /**
   * The fifteenth held-out set (`eval/deid/heldout-v15/*.json`, session 23) and its
   * identifier-free texts (`eval/deid/heldout-v15-clean/*.txt`); absent when `heldout-v15` does not
   * exist. Reported on its own, counts only.
   */
  readonly heldoutV15?: { readonly documents: EvalDocument[]; readonly clean: CleanText[] };
  /**
   * The sixteenth held-out set (`eval/deid/heldout-v16/*.json`, session 24) and its
   * identifier-free texts (`eval/deid/heldout-v16-clean/*.txt`); absent when `heldout-v16` does not
   * exist. Reported on its own, counts only.
   */
  readonly heldoutV16?: { readonly documents: EvalDocument[]; readonly clean: CleanText[] };
  /**
   * The seventeenth held-out set (`eval/deid/heldout-v17/*.json`, session 25) and its
   * identifier-free texts (`eval/deid/heldout-v17-clean/*.txt`); absent when `heldout-v17` does not
   * exist. Reported on its own, counts only.
   */
  readonly heldoutV17?: { readonly documents: EvalDocument[]; readonly clean: CleanText[] };
  /**
   * The eighteenth held-out set (`eval/deid/heldout-v18/*.json`, session 26) and its
   * identifier-free texts (`eval/deid/heldout-v18-clean/*.txt`); absent when `heldout-v18` does not
   * exist. Reported on its own, counts only.
   */
  readonly heldoutV18?: { readonly documents: EvalDocument[]; readonly clean: CleanText[] };
  /** The held-out clean text (`eval/deid/heldout-clean/*.txt`); empty when it does not exist. */
  readonly heldoutClean: CleanText[];
}

/**
 * Reads the own set (`eval/deid/data`), the clean corpus (`eval/deid/clean`) and the shared
 * consultation cases (default `../shared/data/consultations` beside the repository).
 */
export async function loadEvaluationSets(
  options: { sharedDirectory?: string; heldoutDirectory?: string } = {},
): Promise<EvaluationSets> {
  const here = import.meta.dirname;
  const sharedDirectory = options.sharedDirectory ?? getSharedConsultationsDirectory();
  const sharedFound = existsSync(sharedDirectory);
  const heldoutDirectory = options.heldoutDirectory ?? path.join(here, 'heldout');
  const heldoutCleanDirectory = path.join(here, 'heldout-clean');
  const heldoutV2 = await loadLaterHeldoutSet(path.join(here, 'heldout-v2'));
  const heldoutV3 = await loadLaterHeldoutSet(path.join(here, 'heldout-v3'));
  const heldoutV4 = await loadLaterHeldoutSet(path.join(here, 'heldout-v4'));
  const heldoutV5 = await loadLaterHeldoutSet(path.join(here, 'heldout-v5'));
  const heldoutV6 = await loadLaterHeldoutSet(path.join(here, 'heldout-v6'));
  const heldoutV7 = await loadLaterHeldoutSet(path.join(here, 'heldout-v7'));
  const heldoutV8 = await loadLaterHeldoutSet(path.join(here, 'heldout-v8'));
  const heldoutV9 = await loadLaterHeldoutSet(path.join(here, 'heldout-v9'));
  const heldoutV10 = await loadLaterHeldoutSet(path.join(here, 'heldout-v10'));
  const heldoutV11 = await loadLaterHeldoutSet(path.join(here, 'heldout-v11'));
  const heldoutV12 = await loadLaterHeldoutSet(path.join(here, 'heldout-v12'));
  const heldoutV13 = await loadLaterHeldoutSet(path.join(here, 'heldout-v13'));
  const heldoutV14 = await loadLaterHeldoutSet(path.join(here, 'heldout-v14'));
  const heldoutV15 = await loadLaterHeldoutSet(path.join(here, 'heldout-v15'));
  const heldoutV16 = await loadLaterHeldoutSet(path.join(here, 'heldout-v16'));
  const heldoutV17 = await loadLaterHeldoutSet(path.join(here, 'heldout-v17'));
  const heldoutV18 = await loadLaterHeldoutSet(path.join(here, 'heldout-v18'));
  return {
    own: await loadEvalDocuments(path.join(here, 'data')),
    clean: await loadCleanCorpus(path.join(here, 'clean')),
    cleanOpen: existsSync(path.join(here, 'clean-open'))
      ? await loadCleanCorpus(path.join(here, 'clean-open'))
      : [],
    shared: sharedFound ? await loadSharedConsultations(sharedDirectory) : [],
    sharedFound,
    heldout: existsSync(heldoutDirectory) ? await loadEvalDocuments(heldoutDirectory) : [],
    ...(heldoutV2 === undefined ? {} : { heldoutV2 }),
    ...(heldoutV3 === undefined ? {} : { heldoutV3 }),
    ...(heldoutV4 === undefined ? {} : { heldoutV4 }),
    ...(heldoutV5 === undefined ? {} : { heldoutV5 }),
    ...(heldoutV6 === undefined ? {} : { heldoutV6 }),
    ...(heldoutV7 === undefined ? {} : { heldoutV7 }),
    ...(heldoutV8 === undefined ? {} : { heldoutV8 }),
    ...(heldoutV9 === undefined ? {} : { heldoutV9 }),
    ...(heldoutV10 === undefined ? {} : { heldoutV10 }),
    ...(heldoutV11 === undefined ? {} : { heldoutV11 }),
    ...(heldoutV12 === undefined ? {} : { heldoutV12 }),
    ...(heldoutV13 === undefined ? {} : { heldoutV13 }),
    ...(heldoutV14 === undefined ? {} : { heldoutV14 }),
    ...(heldoutV15 === undefined ? {} : { heldoutV15 }),
    ...(heldoutV16 === undefined ? {} : { heldoutV16 }),
    ...(heldoutV17 === undefined ? {} : { heldoutV17 }),
    ...(heldoutV18 === undefined ? {} : { heldoutV18 }),
    heldoutClean: existsSync(heldoutCleanDirectory)
      ? await loadCleanCorpus(heldoutCleanDirectory)
      : [],
  };
}

/**
 * A later held-out set (`heldout-vN/*.json` with its `heldout-vN-clean/*.txt`); undefined when the
 * directory does not exist, an empty clean corpus when only that is missing.
 */
async function loadLaterHeldoutSet(
  directory: string,
): Promise<{ documents: EvalDocument[]; clean: CleanText[] } | undefined> {
  if (!existsSync(directory)) return undefined;
  const cleanDirectory = `${directory}-clean`;
  return {
    documents: await loadEvalDocuments(directory),
    clean: existsSync(cleanDirectory) ? await loadCleanCorpus(cleanDirectory) : [],
  };
}
