import { readFile } from 'node:fs/promises';
import { InvalidInputError, knownPatientSchema, type KnownPatient } from '../core/index.js';
import type { ImportedTranscript } from '../transcribe/index.js';

const maxInputBytes = 64 * 1024 * 1024;

/**
 * An input file of a pipeline command (`draft`, `verify`), at most 64 MB (`transcribe` streams its
 * WAV file instead: `openWavFile`). Errors name the file's role (`what`), never its path's content
 * or the file's.
 */
export async function readInputFile(path: string, what: string): Promise<Buffer> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new InvalidInputError(`cannot read the ${what} file (check the path and permissions)`);
  }
  if (bytes.length > maxInputBytes)
    throw new InvalidInputError(`the ${what} file is larger than 64 MB`);
  return bytes;
}

/** The patient an imported transcript names, to pseudonymize; undefined when none or not valid. */
export function knownFromImport(imported: ImportedTranscript): KnownPatient | undefined {
  const fromFile = imported.patient;
  if (fromFile === undefined) return undefined;
  return knownPatientSchema.safeParse({
    ...(fromFile.name ? { name: fromFile.name } : {}),
    ...(fromFile.fnr ? { fnr: fromFile.fnr } : {}),
    ...(fromFile.birthDate ? { birthDate: fromFile.birthDate } : {}),
  }).data;
}
