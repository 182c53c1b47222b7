import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import * as path from 'node:path';

import { InvalidInputError } from '../../src/core/index.js';

import type { EvalDocument } from './eval-document.js';
import { evalDocumentSchema, findAnnotationProblems } from './eval-document.js';
import { LATER_HELDOUT_SETS, laterHeldoutDirectories } from './later-heldout-sets.js';
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
   * The later held-out sets (`eval/deid/heldout-vN` with `heldout-vN-clean`), by name in the order
   * of `LATER_HELDOUT_SETS`; a set whose directory does not exist is left out.
   */
  readonly laterHeldout: ReadonlyMap<string, LaterHeldoutSetData>;
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
  const laterHeldout = new Map<string, LaterHeldoutSetData>();
  for (const set of LATER_HELDOUT_SETS) {
    const data = await loadLaterHeldoutSet(set.name);
    if (data !== undefined) laterHeldout.set(set.name, data);
  }
  return {
    own: await loadEvalDocuments(path.join(here, 'data')),
    clean: await loadCleanCorpus(path.join(here, 'clean')),
    cleanOpen: existsSync(path.join(here, 'clean-open'))
      ? await loadCleanCorpus(path.join(here, 'clean-open'))
      : [],
    shared: sharedFound ? await loadSharedConsultations(sharedDirectory) : [],
    sharedFound,
    heldout: existsSync(heldoutDirectory) ? await loadEvalDocuments(heldoutDirectory) : [],
    laterHeldout,
    heldoutClean: existsSync(heldoutCleanDirectory)
      ? await loadCleanCorpus(heldoutCleanDirectory)
      : [],
  };
}

/** A later held-out set's documents and identifier-free texts. */
export interface LaterHeldoutSetData {
  readonly documents: EvalDocument[];
  readonly clean: CleanText[];
}

/**
 * A later held-out set by name (`heldout-vN/*.json` with its `heldout-vN-clean/*.txt`); undefined
 * when the directory does not exist, an empty clean corpus when only that is missing.
 */
export async function loadLaterHeldoutSet(name: string): Promise<LaterHeldoutSetData | undefined> {
  const directories = laterHeldoutDirectories(name);
  if (!existsSync(directories.data)) return undefined;
  return {
    documents: await loadEvalDocuments(directories.data),
    clean: existsSync(directories.clean) ? await loadCleanCorpus(directories.clean) : [],
  };
}
