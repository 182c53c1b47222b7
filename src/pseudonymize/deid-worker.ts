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

/** A batch from the pool (`createDeidWorkerPool`). */
interface DeidRequest {
  readonly batch: number;
  readonly lines: readonly string[];
  readonly nameParts: readonly string[];
}

function isStringArray(value: unknown): value is readonly string[] {
  if (!Array.isArray(value)) return false;
  for (const item of value as unknown[]) if (typeof item !== 'string') return false;
  return true;
}

/**
 * Checks a batch message from the main thread of this process (trusted, internal) with plain type
 * tests instead of a zod schema: it is asked once per batch of about a thousand lines, on the
 * worker's hot path. The lines themselves are checked one by one by `detectDeidLine`.
 */
function toRequest(message: unknown): DeidRequest {
  if (typeof message === 'object' && message !== null) {
    const { batch, lines, nameParts } = message as Record<string, unknown>;
    if (Number.isInteger(batch) && isStringArray(lines) && isStringArray(nameParts))
      return { batch: batch as number, lines, nameParts };
  }
  throw new TypeError('deid worker: malformed batch message');
}

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
    const request = toRequest(message);
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
