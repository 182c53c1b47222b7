/*
 * Kontaktårsak heads the note with the complaint, the way a GP writes it: "Har hatt vondt i magen
 * i 2 uker." → "Vondt i magen i 2 uker."; "Kontroll: har hatt feber …" → "Kontroll: feber …".
 * Only the auxiliary "har hatt" goes; a negative ("Har hatt ikke noe matlyst") and a clause that
 * runs on stay as said.
 */
import type { ConversationAnalysis } from './analyze-conversation.js';

/** "Har hatt " opening the reason (after an optional "Kontroll: "), then the complaint. */
const hadOpening =
  /^(Kontroll: )?[Hh]ar hatt (?!(?:ikke|ingen|aldri|det|den|dette|så|noe|en|et|ei)\s)(\p{L})/u;

/** The reason without its opening "Har hatt", or the same text. */
export function toReasonWithoutHad(text: string): string {
  return text.replace(hadOpening, (_match, control: string | undefined, first: string) =>
    control === undefined ? first.toUpperCase() : `${control}${first}`,
  );
}

/** Leaves the opening "Har hatt" out of Kontaktårsak. */
export function reasonWithoutHad(analysis: ConversationAnalysis): ConversationAnalysis {
  const index = analysis.statements.findIndex((statement) => statement.kind === 'reason');
  const reason = analysis.statements[index];
  if (reason === undefined) return analysis;
  const text = toReasonWithoutHad(reason.text);
  if (text === reason.text) return analysis;
  const statements = [...analysis.statements];
  statements[index] = { ...reason, text };
  return { ...analysis, statements };
}
