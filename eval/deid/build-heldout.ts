/**
 * `npx tsx eval/deid/build-heldout.ts` — rebuilds the held-out set `eval/deid/heldout/*.json` from
 * the marked-up sources in `eval/deid/heldout-source/*.txt`, and every later held-out set of
 * `LATER_HELDOUT_SETS` (`eval/deid/heldout-vN/*.json` from `eval/deid/heldout-vN-source/*.txt`),
 * with the same markup and checks as `build-data.ts`. The held-out data tests fail when sources and
 * JSON drift.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';

import { InvalidInputError } from '../../src/core/index.js';

import { readSourceDocuments, toDataFileContent } from './build-data.js';
import { LATER_HELDOUT_SETS, laterHeldoutDirectories } from './later-heldout-sets.js';

const here = import.meta.dirname;

/** Where the held-out sources are written and where their JSON goes. */
export const HELDOUT_SOURCE_DIRECTORY = path.join(here, 'heldout-source');
export const HELDOUT_DATA_DIRECTORY = path.join(here, 'heldout');

async function buildSet(sourceDirectory: string, dataDirectory: string): Promise<void> {
  const documents = await readSourceDocuments(sourceDirectory);
  await mkdir(dataDirectory, { recursive: true });
  for (const name of await readdir(dataDirectory)) {
    if (name.endsWith('.json')) await rm(path.join(dataDirectory, name));
  }
  for (const document of documents) {
    await writeFile(path.join(dataDirectory, `${document.id}.json`), toDataFileContent(document));
  }
  const mentions = documents.reduce((sum, document) => sum + document.annotations.length, 0);
  process.stdout.write(
    `wrote ${documents.length} held-out documents with ${mentions} identifier mentions to ${path.basename(dataDirectory)}\n`,
  );
}

async function main(): Promise<void> {
  if (existsSync(HELDOUT_SOURCE_DIRECTORY)) {
    await buildSet(HELDOUT_SOURCE_DIRECTORY, HELDOUT_DATA_DIRECTORY);
  }
  for (const set of LATER_HELDOUT_SETS) {
    const directories = laterHeldoutDirectories(set.name);
    if (existsSync(directories.source)) await buildSet(directories.source, directories.data);
  }
}

if (
  process.argv[1] !== undefined &&
  path.resolve(process.argv[1]) === path.join(here, 'build-heldout.ts')
) {
  main().catch((error: unknown) => {
    process.stderr.write(
      `build failed: ${error instanceof Error ? error.message : 'unknown error'}\n`,
    );
    if (error instanceof InvalidInputError) process.stderr.write(`${error.issues.join('\n')}\n`);
    process.exitCode = 1;
  });
}
