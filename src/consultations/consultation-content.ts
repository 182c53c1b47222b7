import { z } from 'zod';
import {
  approvedNoteSchema,
  asRawText,
  draftSchema,
  knownPatientSchema,
  noteSchema,
  transcriptSchema,
  type ApprovedNote,
  type Draft,
  type KnownPatient,
  type Note,
  type Speaker,
  type TemplateId,
  type Transcript,
} from '../core/index.js';

/**
 * One encrypted content field of a consultation and how its value is written and read back. The
 * reader parses with a schema (content can outlive an upgrade: never cast what was stored).
 */
export interface ContentField<T> {
  /** Row name in the store (`draft:journalnotat`); also bound into the ciphertext. */
  readonly name: string;
  serialize(value: T): string;
  parse(text: string): T;
}

/** Patient identifiers as stored: only the parts that were given. */
export interface StoredPatient {
  readonly name?: string;
  readonly fnr?: string;
  readonly birthDate?: string;
}

function jsonField<T>(name: string, schema: z.ZodType<T>): ContentField<T> {
  return {
    name,
    serialize: (value) => JSON.stringify(value),
    parse: (text) => schema.parse(JSON.parse(text)),
  };
}

const storedTranscriptSchema = transcriptSchema.pick({ segments: true });
const sentMarkerSchema = z.object({ sentAt: z.number() });

/** Every content field a consultation can hold. Prefix `draft:` is deleted as a group. */
export const contentFields = {
  patient: jsonField('patient', knownPatientSchema),
  transcript: {
    name: 'transcript',
    serialize: (value: Transcript) => JSON.stringify({ segments: value.segments }),
    parse: (text: string) => toTranscript(storedTranscriptSchema.parse(JSON.parse(text))),
  } satisfies ContentField<Transcript>,
  /** The serialized pseudonym vault: plain text, not JSON. */
  vault: {
    name: 'vault',
    serialize: (value: string) => value,
    parse: (text: string) => text,
  } satisfies ContentField<string>,
  draft: (template: TemplateId): ContentField<Draft> => jsonField(`draft:${template}`, draftSchema),
  note: (template: TemplateId): ContentField<Note> => jsonField(`note:${template}`, noteSchema),
  approved: (template: TemplateId): ContentField<ApprovedNote> =>
    jsonField(`approved:${template}`, approvedNoteSchema),
  /** A marker that the document was handed over; holds no content. */
  sent: (template: TemplateId) => jsonField(`sent:${template}`, sentMarkerSchema),
} as const;

/** Every stored draft starts with this, so a new transcript can drop them all at once. */
export const draftFieldPrefix = 'draft:';

/** A transcript as the use cases hold it (raw text branded as such). */
export function toTranscript(input: {
  segments: readonly {
    speaker: Speaker;
    text: string;
    start?: number | undefined;
    end?: number | undefined;
  }[];
}): Transcript {
  return {
    segments: input.segments.map((segment) => ({
      speaker: segment.speaker,
      text: asRawText(segment.text),
      ...(segment.start === undefined ? {} : { start: segment.start }),
      ...(segment.end === undefined ? {} : { end: segment.end }),
    })),
  };
}

/** The given patient identifiers without absent keys (as stored and handed over). */
export function toStoredPatient(patient: KnownPatient): StoredPatient {
  return {
    ...(patient.name === undefined ? {} : { name: patient.name }),
    ...(patient.fnr === undefined ? {} : { fnr: patient.fnr }),
    ...(patient.birthDate === undefined ? {} : { birthDate: patient.birthDate }),
  };
}
