import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { asRawText, type KnownPatient } from '../core/index.js';
import type { PseudonymizationPolicy } from './policy.js';
import { pseudonymize } from './pseudonymize.js';
import { createVault } from './vault.js';

const lineSchema = z.object({ id: z.string().max(1000), text: z.string() });

/** Longest accepted input line (characters); longer lines get an error line. */
const maxLineLength = 32 * 1024 * 1024;

function describe(error: z.ZodError): string {
  const fields = [...new Set(error.issues.map((issue) => issue.path.join('.') || 'line'))];
  return `expected an object with a string "id" and a string "text" (problem with: ${fields.join(', ')})`;
}

/**
 * `referent deid` (design §6.1): reads JSON Lines `{"id", "text"}` and writes one line per input
 * `{"id", "text", "entities": [{"start", "end", "type", "action", "surrogate"}]}`. Offsets index the
 * input text. One vault for the whole stream, so surrogates are consistent. A malformed line gets
 * `{"id": <id or null>, "error": "<plain English>"}` and the stream goes on.
 */
export async function runDeidStream(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  options: {
    known?: KnownPatient;
    random: (bytes: number) => Buffer;
    policy?: PseudonymizationPolicy;
  },
): Promise<{ lines: number; badLines: number }> {
  const vault = createVault({ random: options.random });
  const reader = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let lines = 0;
  let badLines = 0;
  const write = async (value: unknown): Promise<void> => {
    if (!output.write(`${JSON.stringify(value)}\n`)) await once(output, 'drain');
  };
  for await (const line of reader) {
    if (line.trim().length === 0) continue;
    lines++;
    if (line.length > maxLineLength) {
      badLines++;
      await write({ id: null, error: `line is longer than ${maxLineLength} characters` });
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      badLines++;
      await write({ id: null, error: 'line is not valid JSON' });
      continue;
    }
    const parsed = lineSchema.safeParse(value);
    if (!parsed.success) {
      badLines++;
      const id =
        typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string'
          ? value.id
          : null;
      await write({ id, error: describe(parsed.error) });
      continue;
    }
    const result = pseudonymize(asRawText(parsed.data.text), {
      vault,
      ...(options.known === undefined ? {} : { known: options.known }),
      ...(options.policy === undefined ? {} : { policy: options.policy }),
    });
    await write({
      id: parsed.data.id,
      text: result.text,
      entities: result.entities.map((entity) => ({
        start: entity.start,
        end: entity.end,
        type: entity.type,
        action: entity.action,
        surrogate: entity.surrogate,
      })),
    });
  }
  return { lines, badLines };
}
