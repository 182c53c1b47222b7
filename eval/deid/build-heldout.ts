/**
 * `npx tsx eval/deid/build-heldout.ts` — rebuilds the held-out set `eval/deid/heldout/*.json` from
 * the marked-up sources in `eval/deid/heldout-source/*.txt`, the second held-out set
 * `eval/deid/heldout-v2/*.json` from `eval/deid/heldout-v2-source/*.txt`, the third
 * `eval/deid/heldout-v3/*.json` from `eval/deid/heldout-v3-source/*.txt` and the fourth
 * `eval/deid/heldout-v4/*.json` from `eval/deid/heldout-v4-source/*.txt` and the fifth
 * `eval/deid/heldout-v5/*.json` from `eval/deid/heldout-v5-source/*.txt` and the sixth
 * `eval/deid/heldout-v6/*.json` from `eval/deid/heldout-v6-source/*.txt` and the seventh
 * `eval/deid/heldout-v7/*.json` from `eval/deid/heldout-v7-source/*.txt` and the eighth
 * `eval/deid/heldout-v8/*.json` from `eval/deid/heldout-v8-source/*.txt` and the ninth
 * `eval/deid/heldout-v9/*.json` from `eval/deid/heldout-v9-source/*.txt` and the tenth
 * `eval/deid/heldout-v10/*.json` from `eval/deid/heldout-v10-source/*.txt` and the eleventh
 * `eval/deid/heldout-v11/*.json` from `eval/deid/heldout-v11-source/*.txt` and the twelfth
 * `eval/deid/heldout-v12/*.json` from `eval/deid/heldout-v12-source/*.txt` and the thirteenth
 * `eval/deid/heldout-v13/*.json` from `eval/deid/heldout-v13-source/*.txt` and the fourteenth
 * `eval/deid/heldout-v14/*.json` from `eval/deid/heldout-v14-source/*.txt` and the fifteenth
 * `eval/deid/heldout-v15/*.json` from `eval/deid/heldout-v15-source/*.txt` and the sixteenth
 * `eval/deid/heldout-v16/*.json` from `eval/deid/heldout-v16-source/*.txt` and the seventeenth
 * `eval/deid/heldout-v17/*.json` from `eval/deid/heldout-v17-source/*.txt` and the eighteenth
 * `eval/deid/heldout-v18/*.json` from `eval/deid/heldout-v18-source/*.txt` (same markup and checks
 * as `build-data.ts`). The held-out data tests fail when sources and JSON drift.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';

import { InvalidInputError } from '../../src/core/index.js';

import { readSourceDocuments, toDataFileContent } from './build-data.js';

const here = import.meta.dirname;

/** Where the held-out sources are written and where their JSON goes. */
export const HELDOUT_SOURCE_DIRECTORY = path.join(here, 'heldout-source');
export const HELDOUT_DATA_DIRECTORY = path.join(here, 'heldout');
/** The second held-out set (v2), written later by another author who never read the rules. */
export const HELDOUT_V2_SOURCE_DIRECTORY = path.join(here, 'heldout-v2-source');
export const HELDOUT_V2_DATA_DIRECTORY = path.join(here, 'heldout-v2');
/** The third held-out set (v3, session 5), by yet another author who never read the rules. */
export const HELDOUT_V3_SOURCE_DIRECTORY = path.join(here, 'heldout-v3-source');
export const HELDOUT_V3_DATA_DIRECTORY = path.join(here, 'heldout-v3');
/** The fourth held-out set (v4, session 6), by a fourth author who never read the rules. */
export const HELDOUT_V4_SOURCE_DIRECTORY = path.join(here, 'heldout-v4-source');
export const HELDOUT_V4_DATA_DIRECTORY = path.join(here, 'heldout-v4');
/** The fifth held-out set (v5, session 7), by a fifth author who never read the rules. */
export const HELDOUT_V5_SOURCE_DIRECTORY = path.join(here, 'heldout-v5-source');
export const HELDOUT_V5_DATA_DIRECTORY = path.join(here, 'heldout-v5');
/** The sixth held-out set (v6, session 8), by a sixth author who never read the rules. */
export const HELDOUT_V6_SOURCE_DIRECTORY = path.join(here, 'heldout-v6-source');
export const HELDOUT_V6_DATA_DIRECTORY = path.join(here, 'heldout-v6');
/** The seventh held-out set (v7, session 9), by a seventh author who never read the rules. */
export const HELDOUT_V7_SOURCE_DIRECTORY = path.join(here, 'heldout-v7-source');
export const HELDOUT_V7_DATA_DIRECTORY = path.join(here, 'heldout-v7');
/** The eighth held-out set (v8, session 11), by an eighth author who never read the rules. */
export const HELDOUT_V8_SOURCE_DIRECTORY = path.join(here, 'heldout-v8-source');
export const HELDOUT_V8_DATA_DIRECTORY = path.join(here, 'heldout-v8');
/** The ninth held-out set (v9, session 14), by a ninth author who never read the rules. */
export const HELDOUT_V9_SOURCE_DIRECTORY = path.join(here, 'heldout-v9-source');
export const HELDOUT_V9_DATA_DIRECTORY = path.join(here, 'heldout-v9');
/** The tenth held-out set (v10, session 17), by a tenth author who never read the rules. */
export const HELDOUT_V10_SOURCE_DIRECTORY = path.join(here, 'heldout-v10-source');
export const HELDOUT_V10_DATA_DIRECTORY = path.join(here, 'heldout-v10');
/** The eleventh held-out set (v11, session 18), by an eleventh author who never read the rules. */
export const HELDOUT_V11_SOURCE_DIRECTORY = path.join(here, 'heldout-v11-source');
export const HELDOUT_V11_DATA_DIRECTORY = path.join(here, 'heldout-v11');
/** The twelfth held-out set (v12, session 19), by a twelfth author who never read the rules. */
export const HELDOUT_V12_SOURCE_DIRECTORY = path.join(here, 'heldout-v12-source');
export const HELDOUT_V12_DATA_DIRECTORY = path.join(here, 'heldout-v12');
/** The thirteenth held-out set (v13, session 21), by a thirteenth author who never read the rules. */
export const HELDOUT_V13_SOURCE_DIRECTORY = path.join(here, 'heldout-v13-source');
export const HELDOUT_V13_DATA_DIRECTORY = path.join(here, 'heldout-v13');
/** The fourteenth held-out set (v14, session 22), by a fourteenth author who never read the rules. */
export const HELDOUT_V14_SOURCE_DIRECTORY = path.join(here, 'heldout-v14-source');
export const HELDOUT_V14_DATA_DIRECTORY = path.join(here, 'heldout-v14');
/** The fifteenth held-out set (v15, session 23), by a fifteenth author who never read the rules. */
export const HELDOUT_V15_SOURCE_DIRECTORY = path.join(here, 'heldout-v15-source');
export const HELDOUT_V15_DATA_DIRECTORY = path.join(here, 'heldout-v15');
/** The sixteenth held-out set (v16, session 24), by a sixteenth author who never read the rules. */
export const HELDOUT_V16_SOURCE_DIRECTORY = path.join(here, 'heldout-v16-source');
export const HELDOUT_V16_DATA_DIRECTORY = path.join(here, 'heldout-v16');
/** The seventeenth held-out set (v17, session 25), by a seventeenth author who never read the rules. */
export const HELDOUT_V17_SOURCE_DIRECTORY = path.join(here, 'heldout-v17-source');
export const HELDOUT_V17_DATA_DIRECTORY = path.join(here, 'heldout-v17');
/** The eighteenth held-out set (v18, session 26), by an eighteenth author who never read the rules. */
export const HELDOUT_V18_SOURCE_DIRECTORY = path.join(here, 'heldout-v18-source');
export const HELDOUT_V18_DATA_DIRECTORY = path.join(here, 'heldout-v18');

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
  if (existsSync(HELDOUT_V2_SOURCE_DIRECTORY)) {
    await buildSet(HELDOUT_V2_SOURCE_DIRECTORY, HELDOUT_V2_DATA_DIRECTORY);
  }
  if (existsSync(HELDOUT_V3_SOURCE_DIRECTORY)) {
    await buildSet(HELDOUT_V3_SOURCE_DIRECTORY, HELDOUT_V3_DATA_DIRECTORY);
  }
  if (existsSync(HELDOUT_V4_SOURCE_DIRECTORY)) {
    await buildSet(HELDOUT_V4_SOURCE_DIRECTORY, HELDOUT_V4_DATA_DIRECTORY);
  }
  if (existsSync(HELDOUT_V5_SOURCE_DIRECTORY)) {
    await buildSet(HELDOUT_V5_SOURCE_DIRECTORY, HELDOUT_V5_DATA_DIRECTORY);
  }
  if (existsSync(HELDOUT_V6_SOURCE_DIRECTORY)) {
    await buildSet(HELDOUT_V6_SOURCE_DIRECTORY, HELDOUT_V6_DATA_DIRECTORY);
  }
  if (existsSync(HELDOUT_V7_SOURCE_DIRECTORY)) {
    await buildSet(HELDOUT_V7_SOURCE_DIRECTORY, HELDOUT_V7_DATA_DIRECTORY);
  }
  if (existsSync(HELDOUT_V8_SOURCE_DIRECTORY)) {
    await buildSet(HELDOUT_V8_SOURCE_DIRECTORY, HELDOUT_V8_DATA_DIRECTORY);
  }
  if (existsSync(HELDOUT_V9_SOURCE_DIRECTORY)) {
    await buildSet(HELDOUT_V9_SOURCE_DIRECTORY, HELDOUT_V9_DATA_DIRECTORY);
  }
  if (existsSync(HELDOUT_V10_SOURCE_DIRECTORY)) {
    await buildSet(HELDOUT_V10_SOURCE_DIRECTORY, HELDOUT_V10_DATA_DIRECTORY);
  }
  if (existsSync(HELDOUT_V11_SOURCE_DIRECTORY)) {
    await buildSet(HELDOUT_V11_SOURCE_DIRECTORY, HELDOUT_V11_DATA_DIRECTORY);
  }
  if (existsSync(HELDOUT_V12_SOURCE_DIRECTORY)) {
    await buildSet(HELDOUT_V12_SOURCE_DIRECTORY, HELDOUT_V12_DATA_DIRECTORY);
  }
  if (existsSync(HELDOUT_V13_SOURCE_DIRECTORY)) {
    await buildSet(HELDOUT_V13_SOURCE_DIRECTORY, HELDOUT_V13_DATA_DIRECTORY);
  }
  if (existsSync(HELDOUT_V14_SOURCE_DIRECTORY)) {
    await buildSet(HELDOUT_V14_SOURCE_DIRECTORY, HELDOUT_V14_DATA_DIRECTORY);
  }
  if (existsSync(HELDOUT_V15_SOURCE_DIRECTORY)) {
    await buildSet(HELDOUT_V15_SOURCE_DIRECTORY, HELDOUT_V15_DATA_DIRECTORY);
  }
  if (existsSync(HELDOUT_V16_SOURCE_DIRECTORY)) {
    await buildSet(HELDOUT_V16_SOURCE_DIRECTORY, HELDOUT_V16_DATA_DIRECTORY);
  }
  if (existsSync(HELDOUT_V17_SOURCE_DIRECTORY)) {
    await buildSet(HELDOUT_V17_SOURCE_DIRECTORY, HELDOUT_V17_DATA_DIRECTORY);
  }
  if (existsSync(HELDOUT_V18_SOURCE_DIRECTORY)) {
    await buildSet(HELDOUT_V18_SOURCE_DIRECTORY, HELDOUT_V18_DATA_DIRECTORY);
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
