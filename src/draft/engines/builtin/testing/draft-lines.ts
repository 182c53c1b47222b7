/**
 * Shared helpers for the builtin drafter's tests that draft a short synthetic conversation
 * written inline as `[speaker, text]` lines and read the note back as plain text.
 */
import {
  unsafeAsPseudonymized,
  type PseudonymizedTranscript,
  type Speaker,
  type TemplateId,
} from '../../../../core/index.js';
import type { DrafterOutput } from '../../../drafter.js';
import { getTemplate } from '../../../templates/templates.js';
import { createBuiltinDrafter } from '../create-builtin-drafter.js';

/** A conversation written inline: one `[speaker, text]` pair per turn. */
export type ConversationLines = readonly (readonly [Speaker, string])[];

/** One builtin drafter for all the tests of a file (it keeps no state between drafts). */
export const builtinDrafter = createBuiltinDrafter();

/** The lines as a pseudonymized transcript (test text is synthetic and free of identifiers). */
export function toTranscript(lines: ConversationLines): PseudonymizedTranscript {
  return {
    segments: lines.map(([speaker, text]) => ({ speaker, text: unsafeAsPseudonymized(text) })),
  };
}

/** Drafts the lines into `template` with the builtin drafter. */
export async function draftLines(
  template: TemplateId,
  lines: ConversationLines,
): Promise<DrafterOutput> {
  return builtinDrafter.draft({ template: getTemplate(template), transcript: toTranscript(lines) });
}

/** Drafts the lines into a journal note, the template most builtin tests are about. */
export async function draftJournalNote(lines: ConversationLines): Promise<DrafterOutput> {
  return draftLines('journalnotat', lines);
}

/** The sentences of one section joined by spaces; empty when the section is missing. */
export function sectionText(output: DrafterOutput, key: string): string {
  return (
    output.sections
      .find((candidate) => candidate.key === key)
      ?.sentences.map((sentence) => sentence.text)
      .join(' ') ?? ''
  );
}

/** Every sentence of the draft joined by spaces. */
export function allText(output: DrafterOutput): string {
  return output.sections
    .flatMap((candidate) => candidate.sentences.map((sentence) => sentence.text))
    .join(' ');
}

/** Drafts the lines into a journal note and returns its anamnesis («anamnese») as plain text. */
export async function draftHistory(lines: ConversationLines): Promise<string> {
  return sectionText(await draftJournalNote(lines), 'anamnese');
}

/**
 * Drafts a consultation of one exchange after the clinician's `opening` question — the patient's
 * complaint, one question from the clinician and the patient's answer — and reads the note with
 * `read` (the anamnesis unless told otherwise): `const history = draftsOneExchange('Hva kan jeg
 * gjøre for deg i dag?')`, then `await history(complaint, question, answer)`.
 */
export function draftsOneExchange(
  opening: string,
  read: (output: DrafterOutput) => string = (output) => sectionText(output, 'anamnese'),
): (complaint: string, question: string, answer: string) => Promise<string> {
  return async (complaint, question, answer) =>
    read(
      await draftJournalNote([
        ['lege', opening],
        ['pasient', complaint],
        ['lege', question],
        ['pasient', answer],
      ]),
    );
}
