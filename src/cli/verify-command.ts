import { parseArgs } from 'node:util';
import { createCapabilities, createPseudonymizerCapability } from '../capabilities.js';
import { loadConfig } from '../config/index.js';
import { noteToVerifySchema, verifyNote } from '../consultations/index.js';
import {
  InvalidInputError,
  NotAvailableError,
  asRawText,
  createJsonLogger,
  systemIds,
} from '../core/index.js';
import { parseTranscriptImport } from '../transcribe/index.js';
import { exitCodes } from './exit-codes.js';
import { writeLine, type CliIo } from './io.js';
import { knownFromImport, readInputFile } from './read-input-file.js';

/** Parses the note file; errors name the problem, never the content. */
function parseNote(bytes: Buffer) {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new InvalidInputError('the note file is not valid JSON');
  }
  const parsed = noteToVerifySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined ? '' : ` (at ${issue.path.join('.') || 'the top level'})`;
    throw new InvalidInputError(
      `the note file is not a note: expected {"template"?, "sections": [{"key", "title"?, "text"?, "sentences"?: [{"text"}]}], "diagnoses"?}${where}`,
    );
  }
  return parsed.data;
}

/**
 * `referent verify --input FILE --note NOTE.json` (design §6.1): verifies a note from any engine or
 * person against a transcript and prints it as a draft (design §6.4) with `evidence`, `supported`
 * and `flags` (with `severity`) on every sentence. Exit 0 when verified (whatever the flags say),
 * 1 for wrong input, 2 when the system failed.
 */
export async function runVerifyCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { input: { type: 'string' }, note: { type: 'string' } },
    strict: true,
  });
  if (values.input === undefined || values.note === undefined)
    throw new InvalidInputError('usage: referent verify --input FILE --note NOTE.json');
  const transcriptBytes = await readInputFile(values.input, 'transcript');
  const noteBytes = await readInputFile(values.note, 'note');
  const imported = parseTranscriptImport(transcriptBytes, undefined);
  const note = parseNote(noteBytes);
  // Verification is local: the built-in engine's capabilities, whatever engine is configured.
  const config = loadConfig({ ...io.env, REFERENT_LLM_ENGINE: 'builtin' });
  const capabilities = await createCapabilities(config, {
    logger: createJsonLogger({ write: () => undefined }),
  });
  const drafting = capabilities.drafting;
  if (drafting === undefined)
    throw new NotAvailableError('drafting', 'Verifisering er ikke tilgjengelig.');
  const known = knownFromImport(imported);
  const draft = verifyNote({
    transcript: {
      segments: imported.segments.map((segment) => ({ ...segment, text: asRawText(segment.text) })),
    },
    note,
    pseudonymizer: createPseudonymizerCapability(systemIds),
    drafting,
    ...(known === undefined ? {} : { known }),
  });
  writeLine(io.stdout, JSON.stringify(draft, null, 2));
  return exitCodes.ok;
}
