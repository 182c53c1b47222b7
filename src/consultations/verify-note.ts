import { z } from 'zod';
import {
  InvalidInputError,
  templateIds,
  type Draft,
  type DraftSentence,
  type KnownPatient,
  type PseudonymizedTranscript,
  type Transcript,
} from '../core/index.js';
import { resetWordMemos } from '../draft/index.js';
import type { Drafting, Pseudonymizer } from './capabilities.js';
import { createEvidenceMap } from './offset-map.js';

/**
 * A note from any engine or person (design §6.1 `referent verify`). Unknown fields are ignored, so
 * a draft printed by `referent draft` can be verified as it is.
 */
export const noteToVerifySchema = z.object({
  template: z.enum(templateIds).optional(),
  sections: z
    .array(
      z.object({
        key: z.string().min(1),
        title: z.string().optional(),
        text: z.string().optional(),
        sentences: z.array(z.object({ text: z.string() })).optional(),
      }),
    )
    .min(1),
  diagnoses: z
    .array(
      z.object({
        system: z.enum(['ICPC-2', 'ICD-10']),
        code: z.string().min(1),
        text: z.string().optional(),
      }),
    )
    .optional(),
});
export type NoteToVerify = z.infer<typeof noteToVerifySchema>;

/**
 * What the Draft names as its engine: the note came from elsewhere; only the built-in verifier ran.
 */
const verifyEngine = { kind: 'builtin', model: 'verifisert-notat' } as const;

/**
 * Splits a section's text into sentences at ".", "!" or "?" followed by a space and a capital
 * letter or digit; abbreviations such as "f.eks." and "ca." followed by a lower-case word stay whole.
 */
export function splitNoteText(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\d«"(])/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/**
 * Verifies a note against a transcript (design §6.1): pseudonymizes the transcript and the note with
 * one vault (so names and dates meet as they do in drafting), verifies every sentence (evidence,
 * `supported`, flags with severity), and returns a Draft (§6.4) with the note's own sentences, one
 * for one and in order, and evidence mapped back into the raw transcript.
 *
 * Throws `InvalidInputError` for an empty transcript and for a note whose sections do not belong
 * to its template (for example an epikrise checked as a journalnotat).
 */
export function verifyNote(input: VerifyNoteInput): Draft {
  try {
    return verifyOnThisThread(input);
  } finally {
    // The transcript and note were pseudonymized and verified on this thread: the memos of words
    // of both go with the note (design.md §1 P2), patients' names read by the pseudonymizer too.
    resetWordMemos();
  }
}

/** What `verifyNote` checks: the transcript, the note, and the modules that do the work. */
interface VerifyNoteInput {
  readonly transcript: Transcript;
  readonly note: NoteToVerify;
  readonly known?: KnownPatient;
  readonly pseudonymizer: Pseudonymizer;
  readonly drafting: Drafting;
}

function verifyOnThisThread(input: VerifyNoteInput): Draft {
  const { transcript, note, pseudonymizer, drafting } = input;
  if (!transcript.segments.some((segment) => segment.text.trim() !== ''))
    throw new InvalidInputError('the transcript is empty');
  const template = drafting.getTemplate(note.template ?? 'journalnotat');
  const keys = new Set(template.sections.map((section) => section.key));
  const foreign = note.sections.filter((section) => !keys.has(section.key));
  if (foreign.length > 0) {
    throw new InvalidInputError(
      `the note has sections that are not in the ${template.id} template (${foreign
        .map((section) => section.key.slice(0, 40))
        .join(
          ', ',
        )}); its sections are ${[...keys].join(', ')}. Set "template" in the note if it is another document.`,
    );
  }
  const noteSentences = note.sections.map((section) =>
    section.sentences !== undefined
      ? section.sentences.map((sentence) => sentence.text)
      : splitNoteText(section.text ?? ''),
  );
  // One vault for the transcript and the note: the same name gets the same surrogate in both.
  const flatSentences = noteSentences.flat();
  const pseudonymized = pseudonymizer.pseudonymizeSegments({
    segments: [
      ...transcript.segments,
      ...flatSentences.map((text) => ({ speaker: 'ukjent' as const, text })),
    ] as Transcript['segments'],
    ...(input.known === undefined ? {} : { known: input.known }),
  });
  const segmentCount = transcript.segments.length;
  if (pseudonymized.segments.length !== segmentCount + flatSentences.length)
    throw new Error('pseudonymizer returned a different number of segments');
  const pseudoTranscript: PseudonymizedTranscript = {
    segments: transcript.segments.map((segment, index) => {
      const text = pseudonymized.segments[index]?.text;
      if (text === undefined) throw new Error('pseudonymizer skipped a segment');
      return { speaker: segment.speaker, text };
    }),
  };
  let cursor = segmentCount;
  const output = {
    sections: note.sections.map((section, sectionIndex) => ({
      key: section.key,
      sentences: (noteSentences[sectionIndex] ?? []).map(() => {
        const text = pseudonymized.segments[cursor]?.text;
        cursor += 1;
        if (text === undefined) throw new Error('pseudonymizer skipped a sentence');
        return { text };
      }),
    })),
    diagnoses: (note.diagnoses ?? []).map((diagnosis) => ({
      system: diagnosis.system,
      code: diagnosis.code,
      ...(diagnosis.text === undefined ? {} : { text: diagnosis.text }),
    })),
    warnings: [],
  };
  const verified = drafting.verify({
    template,
    transcript: pseudoTranscript,
    output,
    engine: verifyEngine,
    keepEmptySentences: true,
  });

  const mapEvidence = createEvidenceMap(
    pseudonymized.segments.slice(0, segmentCount),
    transcript.segments,
  );
  const byKey = new Map(note.sections.map((section, index) => [section.key, index]));
  const sections = verified.sections.map((section) => {
    const noteIndex = byKey.get(section.key);
    const originals = noteIndex === undefined ? [] : (noteSentences[noteIndex] ?? []);
    const sentences = section.sentences.map((sentence, index): DraftSentence => ({
      text: originals[index] ?? sentence.text,
      evidence: mapEvidence(sentence.evidence),
      supported: sentence.supported,
      flags: sentence.flags,
    }));
    return {
      key: section.key,
      title: section.title,
      text: sentences.map((sentence) => sentence.text).join(' '),
      sentences,
    };
  });
  return {
    template: verified.template,
    engine: verifyEngine,
    sections,
    diagnoses: verified.diagnoses.map((diagnosis) => ({
      ...diagnosis,
      text: pseudonymizer.reidentify(diagnosis.text, pseudonymized.vault).text,
      evidence: mapEvidence(diagnosis.evidence),
    })),
    warnings: verified.warnings,
  };
}
