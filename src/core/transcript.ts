import { z } from 'zod';
import type { PseudonymizedText, RawText } from './privacy.js';

/** Who spoke a segment (design §6.3). */
export const speakers = ['lege', 'pasient', 'pårørende', 'sykepleier', 'ukjent'] as const;
export type Speaker = (typeof speakers)[number];

/** Patient identifiers the EHR or clinician passes in; used only for pseudonymization. */
export const knownPatientSchema = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  fnr: z
    .string()
    .trim()
    .regex(/^\d{6} ?\d{5}$/, 'must be 11 digits')
    .transform((value) => value.replace(' ', ''))
    .optional(),
  birthDate: z.iso.date().optional(),
});
export type KnownPatient = z.infer<typeof knownPatientSchema>;

/** Transcript JSON (design §6.3, *Contract*). Unknown fields are ignored. */
export const transcriptSchema = z.object({
  segments: z
    .array(
      z.object({
        speaker: z.enum(speakers),
        text: z.string().max(200_000),
        start: z.number().nonnegative().optional(),
        end: z.number().nonnegative().optional(),
      }),
    )
    .max(50_000),
  patient: z
    .object({
      name: z.string().max(200).nullish(),
      fnr: z.string().max(20).nullish(),
      birthDate: z.string().max(20).nullish(),
    })
    .optional(),
});
export type TranscriptInput = z.infer<typeof transcriptSchema>;

/** One stretch of speech, identifiable. */
export interface Segment {
  readonly speaker: Speaker;
  readonly text: RawText;
  readonly start?: number;
  readonly end?: number;
}

export interface Transcript {
  readonly segments: readonly Segment[];
}

/**
 * What a capture holds (design §6.2): a conversation (speakers told apart) or a dictation (the
 * clinician alone, issue 13). A dictation's segments are all the clinician's (`lege`), which is
 * what makes the drafter lay it out as dictated instead of summarising a conversation.
 */
export const captureModes = ['conversation', 'dictation'] as const;
export type CaptureMode = (typeof captureModes)[number];

/** The transcript of a dictation: every segment spoken by the clinician. */
export function toDictation<T extends { readonly segments: readonly Segment[] }>(transcript: T): T {
  return {
    ...transcript,
    segments: transcript.segments.map((segment) => ({ ...segment, speaker: 'lege' as const })),
  };
}

/** A segment after pseudonymization: the only transcript form a `Drafter` accepts. */
export interface PseudonymizedSegment {
  readonly speaker: Speaker;
  readonly text: PseudonymizedText;
  readonly start?: number;
  readonly end?: number;
}

export interface PseudonymizedTranscript {
  readonly segments: readonly PseudonymizedSegment[];
}
