import { readFile, readdir } from 'node:fs/promises';
import * as path from 'node:path';

import { z } from 'zod';

import { InvalidInputError } from '../../src/core/index.js';

import type { Annotation, EvalDocument, KnownPatient } from './eval-document.js';
import { PHI_TYPES } from './phi-types.js';

/** Only the fields of a shared consultation case (`dNN-*.json`) the evaluation uses. */
const sharedConsultationSchema = z.object({
  id: z.string().min(1),
  patient: z
    .object({
      name: z.string().min(1).nullish(),
      fnr: z.string().min(1).nullish(),
      birthDate: z.iso.date().nullish(),
    })
    .nullish(),
  segments: z.array(z.object({ speaker: z.string(), text: z.string() })).min(1),
  phi: z.array(z.object({ text: z.string().min(1), type: z.enum(PHI_TYPES) })),
});

export type SharedConsultation = z.infer<typeof sharedConsultationSchema>;

const SPEAKER_LABELS: Readonly<Record<string, string>> = {
  lege: 'Lege',
  pasient: 'Pasient',
  pårørende: 'Pårørende',
  sykepleier: 'Sykepleier',
};

/**
 * Turns one shared consultation case into an annotated transcript document. The text is the
 * segments as `Lege: …` lines (the transcript text format of design §6.1). The case lists each
 * identifier string once; per the data README every occurrence counts, matched case-sensitively,
 * longest string first, never overlapping a longer match. A match must not sit inside a longer
 * word or number ("Arne" does not count inside "Arnesen").
 */
export function toSharedDocument(consultation: SharedConsultation): EvalDocument {
  const text = consultation.segments
    .map((segment) => `${SPEAKER_LABELS[segment.speaker] ?? 'Ukjent'}: ${segment.text}`)
    .join('\n');
  const byLength = [...consultation.phi].sort(
    (left, right) => right.text.length - left.text.length,
  );
  const annotations: Annotation[] = [];
  const overlapsTaken = (start: number, end: number): boolean =>
    annotations.some((taken) => start < taken.end && taken.start < end);
  for (const phi of byLength) {
    for (
      let start = text.indexOf(phi.text);
      start !== -1;
      start = text.indexOf(phi.text, start + 1)
    ) {
      const end = start + phi.text.length;
      if (!isWordBoundary(text, start, end) || overlapsTaken(start, end)) continue;
      annotations.push({ start, end, type: phi.type, text: phi.text });
    }
  }
  annotations.sort((left, right) => left.start - right.start);
  const known = toKnown(consultation.patient);
  return {
    id: consultation.id,
    kind: 'transcript',
    ...(known === undefined ? {} : { known }),
    text,
    annotations,
  };
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

function isWordBoundary(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  return (
    (before === undefined || !WORD_CHARACTER.test(before)) &&
    (after === undefined || !WORD_CHARACTER.test(after))
  );
}

function toKnown(patient: SharedConsultation['patient']): KnownPatient | undefined {
  if (patient === null || patient === undefined) return undefined;
  const known: KnownPatient = {
    ...(typeof patient.name === 'string' ? { name: patient.name } : {}),
    ...(typeof patient.fnr === 'string' ? { fnr: patient.fnr } : {}),
    ...(typeof patient.birthDate === 'string' ? { birthDate: patient.birthDate } : {}),
  };
  return Object.keys(known).length === 0 ? undefined : known;
}

/** Parses a shared consultation file's content; throws `InvalidInputError` when it is not one. */
export function parseSharedConsultation(content: string): SharedConsultation {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    // The parser's message may quote the content, so it is not passed on.
    throw new InvalidInputError('shared consultation file is not valid JSON');
  }
  const parsed = sharedConsultationSchema.safeParse(json);
  if (!parsed.success) {
    throw new InvalidInputError('shared consultation file does not have the expected shape', {
      issues: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    });
  }
  return parsed.data;
}

/** Reads every `dNN-*.json` case in `directory` and returns them as annotated documents, by id. */
export async function loadSharedConsultations(directory: string): Promise<EvalDocument[]> {
  const names = (await readdir(directory)).filter((name) => /^d\d+-.*\.json$/.test(name)).sort();
  const documents: EvalDocument[] = [];
  for (const name of names) {
    const content = await readFile(path.join(directory, name), 'utf8');
    documents.push(toSharedDocument(parseSharedConsultation(content)));
  }
  return documents;
}
