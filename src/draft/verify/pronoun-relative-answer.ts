import { clauseAround } from './clauses.js';
import { perTranscript } from './per-transcript.js';
import { relativeNouns } from '../../language/index.js';
import type { Claims } from './read-claims.js';
import type { TranscriptIndex } from './transcript-index.js';

/** Third-person pronouns that open an answer about somebody ("ho fekk", "han hadde"), folded. */
const thirdPersonPronouns = new Set(['han', 'hun', 'ho', 'hu', 'dei', 'de', 'dem']);
/** Words an answer may open with before its subject ("ja, ho …", "nei, han …"), folded. */
const answerOpeners = new Set(['ja', 'jo', 'joda', 'jau', 'nei', 'neida', 'mm', 'ja,', 'da']);

/**
 * The patient's answers that speak of the relative the clinician just asked about, by a pronoun
 * ("Søster di hadde svangerskapsforgiftning?" "Ja, ho fekk preeklampsi i fyrste svangerskap."):
 * the pronoun's person is the relative, not the patient. Fails closed: only the patient's own
 * turn (so the pronoun cannot be the patient), opening with the pronoun, right after the
 * clinician's question naming a relative; and only the pronoun's own clause is about the relative
 * ("Ja, hun har diabetes, og jeg fikk diabetes i fjor": the second clause is the patient's).
 * Maps the answer's unit to the token position where the clause about the relative ends.
 */
const relativeAnswers = perTranscript((index: TranscriptIndex): ReadonlyMap<number, number> => {
  const found = new Map<number, number>();
  index.units.forEach((unit, unitIndex) => {
    if (unit.speaker !== 'pasient' || unit.isQuestion || unitIndex === 0) return;
    const question = index.units[unitIndex - 1];
    if (question === undefined || question.speaker !== 'lege' || !question.isQuestion) return;
    if (!question.tokens.some((token) => relativeNouns.has(token.text.toLowerCase()))) return;
    let first = 0;
    while (answerOpeners.has(unit.tokens[first]?.folded ?? '') && first < 2) first += 1;
    if (thirdPersonPronouns.has(unit.tokens[first]?.folded ?? ''))
      found.set(unitIndex, clauseAround(unit.tokens, first).end);
  });
  return found;
});

/**
 * A finding or diagnosis the sentence states about the patient whose every mention about the
 * patient is a question or such a pronoun answer about a relative: the token, or undefined.
 */
export function findRelativesByPronoun(options: {
  readonly claims: Claims;
  readonly index: TranscriptIndex;
  /** Whether a token names a finding or diagnosis (a lexicon finding, a medical-looking word). */
  readonly isClinical: (tokenIndex: number) => boolean;
}): number | undefined {
  const { claims, index, isClinical } = options;
  const answers = relativeAnswers(index);
  if (answers.size === 0) return undefined;
  for (let tokenIndex = 0; tokenIndex < claims.keys.length; tokenIndex += 1) {
    if (claims.negated[tokenIndex] === true || claims.aboutOther[tokenIndex] === true) continue;
    if (!isClinical(tokenIndex)) continue;
    const mentioning = new Set<number>();
    // (By the word itself, not its concept: "gravid" is not "svangerskap" said of the sister.)
    for (const key of claims.keys[tokenIndex] ?? [])
      if (!/^c\d+$/.test(key))
        for (const unitIndex of index.unitsMentioning(key).patient) mentioning.add(unitIndex);
    if (mentioning.size === 0) continue;
    const units = [...mentioning];
    // The answer says the word itself, not a part of a compound ("svangerskap" is not
    // "svangerskapskontroll").
    const literal = (claims.keys[tokenIndex] ?? []).filter((key) => !/^c\d+$/.test(key));
    const stem = literal[0] ?? '';
    const says = (token: { readonly folded: string }): boolean => token.folded.startsWith(stem);
    const saysOfRelative = (unitIndex: number): boolean => {
      const end = answers.get(unitIndex);
      return end !== undefined && (index.units[unitIndex]?.tokens ?? []).slice(0, end).some(says);
    };
    // Said outside the relative's clause ("…, og jeg fikk diabetes i fjor"): about the patient.
    const saysOfPatient = (unitIndex: number): boolean => {
      const end = answers.get(unitIndex);
      const unit = index.units[unitIndex];
      if (unit === undefined) return false;
      if (end === undefined) return !unit.isQuestion;
      return unit.tokens.some(
        (token, position) =>
          position >= end &&
          (says(token) || (unit.claims.keys[position] ?? []).some((key) => literal.includes(key))),
      );
    };
    if (!units.some(saysOfRelative)) continue;
    if (!units.some(saysOfPatient)) return tokenIndex;
  }
  return undefined;
}
