/**
 * `npx tsx eval/deid/build-data.ts` — rebuilds `eval/deid/data/*.json` from the marked-up sources
 * in `eval/deid/source/*.txt` (one JSON file per document). The data test fails when the two drift.
 */
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';

import { InvalidInputError } from '../../src/core/index.js';

import type { EvalDocument } from './eval-document.js';
import { findAnnotationProblems } from './eval-document.js';
import { parseSourceFile } from './markup.js';

const here = import.meta.dirname;

/** Parses every source file in `directory` into documents; throws on duplicate ids or bad offsets. */
export async function readSourceDocuments(directory: string): Promise<EvalDocument[]> {
  const names = (await readdir(directory)).filter((name) => name.endsWith('.txt')).sort();
  const documents: EvalDocument[] = [];
  for (const name of names) {
    documents.push(...parseSourceFile(await readFile(path.join(directory, name), 'utf8')));
  }
  const ids = new Set<string>();
  for (const document of documents) {
    if (ids.has(document.id)) throw new InvalidInputError(`duplicate document id ${document.id}`);
    ids.add(document.id);
    const problems = findAnnotationProblems(document);
    if (problems.length > 0)
      throw new InvalidInputError('inconsistent annotations', { issues: problems });
  }
  return documents;
}

/** The JSON text stored for a document. */
export function toDataFileContent(document: EvalDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

async function main(): Promise<void> {
  const documents = await readSourceDocuments(path.join(here, 'source'));
  const dataDirectory = path.join(here, 'data');
  for (const name of await readdir(dataDirectory)) {
    if (name.endsWith('.json')) await rm(path.join(dataDirectory, name));
  }
  for (const document of documents) {
    await writeFile(path.join(dataDirectory, `${document.id}.json`), toDataFileContent(document));
  }
  const mentions = documents.reduce((sum, document) => sum + document.annotations.length, 0);
  process.stdout.write(
    `wrote ${documents.length} documents with ${mentions} identifier mentions\n`,
  );
}

if (
  process.argv[1] !== undefined &&
  path.resolve(process.argv[1]) === path.join(here, 'build-data.ts')
) {
  main().catch((error: unknown) => {
    process.stderr.write(
      `build failed: ${error instanceof Error ? error.message : 'unknown error'}\n`,
    );
    if (error instanceof InvalidInputError) process.stderr.write(`${error.issues.join('\n')}\n`);
    process.exitCode = 1;
  });
}
