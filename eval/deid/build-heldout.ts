/**
 * `npx tsx eval/deid/build-heldout.ts` — rebuilds the held-out set `eval/deid/heldout/*.json` from
 * the marked-up sources in `eval/deid/heldout-source/*.txt` (same markup and checks as
 * `build-data.ts`). The held-out data test fails when the two drift.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';

import { InvalidInputError } from '../../src/core/index.js';

import { readSourceDocuments, toDataFileContent } from './build-data.js';

const here = import.meta.dirname;

/** Where the held-out sources are written and where their JSON goes. */
export const HELDOUT_SOURCE_DIRECTORY = path.join(here, 'heldout-source');
export const HELDOUT_DATA_DIRECTORY = path.join(here, 'heldout');

async function main(): Promise<void> {
  const documents = await readSourceDocuments(HELDOUT_SOURCE_DIRECTORY);
  await mkdir(HELDOUT_DATA_DIRECTORY, { recursive: true });
  for (const name of await readdir(HELDOUT_DATA_DIRECTORY)) {
    if (name.endsWith('.json')) await rm(path.join(HELDOUT_DATA_DIRECTORY, name));
  }
  for (const document of documents) {
    await writeFile(
      path.join(HELDOUT_DATA_DIRECTORY, `${document.id}.json`),
      toDataFileContent(document),
    );
  }
  const mentions = documents.reduce((sum, document) => sum + document.annotations.length, 0);
  process.stdout.write(
    `wrote ${documents.length} held-out documents with ${mentions} identifier mentions\n`,
  );
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
