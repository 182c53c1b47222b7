/**
 * Worker thread of `referent deid` (see `createDeidWorkerPool`): reads JSON lines and detects their
 * identifiers. It holds no vault; surrogates are made by the main thread, in input order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { z } from 'zod';
import { knownPatientSchema } from '../core/index.js';
import { detectDeidLine } from './deid-line.js';
import { getSharedLexicon } from './lexicon.js';

const settingsSchema = z
  .object({ known: knownPatientSchema.optional(), minConfidence: z.number().min(0).max(1) })
  .strict();
const requestSchema = z
  .object({ batch: z.number().int(), lines: z.array(z.string()), nameParts: z.array(z.string()) })
  .strict();

const port = parentPort;
if (port !== null) {
  const settings = settingsSchema.parse(workerData);
  const options = {
    minConfidence: settings.minConfidence,
    ...(settings.known === undefined ? {} : { known: settings.known }),
  };
  // Build the word lists before saying ready, so the main thread keeps working meanwhile.
  getSharedLexicon();
  // Name parts the main thread's vault holds (confidently): sent as they become known.
  const knownNameParts = new Set<string>();
  port.on('message', (message: unknown) => {
    const request = requestSchema.parse(message);
    for (const part of request.nameParts) knownNameParts.add(part);
    port.postMessage({
      batch: request.batch,
      results: request.lines.map((line) =>
        detectDeidLine(line, options, undefined, knownNameParts),
      ),
    });
  });
  port.postMessage({ ready: true });
}
