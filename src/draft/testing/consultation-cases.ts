import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  speakers,
  templateIds,
  unsafeAsPseudonymized,
  type PseudonymizedTranscript,
} from '../../core/index.js';
import { getSharedConsultationsDirectory } from '../../testing/shared-data.js';

/** The shared synthetic consultations d01–d06 (`../shared/data/consultations`). */
export const sharedCasesDirectory = getSharedConsultationsDirectory();
/** Our own synthetic consultations (development set: rules may be written from them). */
export const ownCasesDirectory = join(import.meta.dirname, '../../../eval/draft/cases');
/**
 * Consultations written by someone else and never read by whoever writes the rules: run and
 * report them, never open them or tune on them. The folder may be empty or missing.
 */
export const heldOutCasesDirectory = join(import.meta.dirname, '../../../eval/draft/heldout');

const caseSchema = z.object({
  id: z.string(),
  template: z.enum(templateIds),
  segments: z.array(z.object({ speaker: z.enum(speakers), text: z.string() })),
  facts: z.array(
    z.object({
      section: z.string(),
      fact: z.string(),
      keywords: z.array(z.array(z.string().min(1)).min(1)).min(1),
    }),
  ),
  /** Conditions of relatives said in the conversation: never the patient's diagnoses. */
  relative_conditions: z.array(z.string().min(1)).optional(),
  reference_note: z
    .object({
      sections: z.record(z.string(), z.string()),
      diagnosis: z.array(z.object({ system: z.string(), code: z.string(), text: z.string() })),
    })
    .optional(),
});

export type ConsultationCase = z.infer<typeof caseSchema>;

/** Reads every `*.json` case in a directory, in name order; none when the directory is missing. */
export function loadConsultationCases(directory: string): ConsultationCase[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => caseSchema.parse(JSON.parse(readFileSync(join(directory, name), 'utf8'))));
}

/**
 * The case's transcript as if the pseudonymizer had run. The synthetic names in the cases are
 * already fake, so this is safe for tests; only test code may mint pseudonymized text by hand.
 */
export function toPseudonymizedTranscript(consultation: ConsultationCase): PseudonymizedTranscript {
  return {
    segments: consultation.segments.map((segment) => ({
      speaker: segment.speaker,
      text: unsafeAsPseudonymized(segment.text),
    })),
  };
}

/** Fact coverage by the data README's keyword rule: every group has an alternative in the draft text. */
export function scoreFacts(
  draftText: string,
  facts: ConsultationCase['facts'],
): { readonly covered: number; readonly total: number; readonly missed: readonly string[] } {
  const text = draftText.toLowerCase();
  const missed = facts
    .filter(
      (fact) =>
        !fact.keywords.every((group) =>
          group.some((keyword) => text.includes(keyword.toLowerCase())),
        ),
    )
    .map((fact) => `${fact.section}: ${fact.fact}`);
  return { covered: facts.length - missed.length, total: facts.length, missed };
}
