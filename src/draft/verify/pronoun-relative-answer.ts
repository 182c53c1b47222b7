import { perTranscript } from './per-transcript.js';
import { relativeNouns, type Claims } from './read-claims.js';
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
 * clinician's question naming a relative.
 */
const relativeAnswers = perTranscript((index: TranscriptIndex): ReadonlySet<number> => {
  const found = new Set<number>();
  index.units.forEach((unit, unitIndex) => {
    if (unit.speaker !== 'pasient' || unit.isQuestion || unitIndex === 0) return;
    const question = index.units[unitIndex - 1];
    if (question === undefined || question.speaker !== 'lege' || !question.isQuestion) return;
    if (!question.tokens.some((token) => relativeNouns.has(token.text.toLowerCase()))) return;
    let first = 0;
    while (answerOpeners.has(unit.tokens[first]?.folded ?? '') && first < 2) first += 1;
    if (thirdPersonPronouns.has(unit.tokens[first]?.folded ?? '')) found.add(unitIndex);
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
    const stem = (claims.keys[tokenIndex] ?? []).find((key) => !/^c\d+$/.test(key)) ?? '';
    const saysWord = (unitIndex: number): boolean =>
      (index.units[unitIndex]?.tokens ?? []).some((token) => token.folded.startsWith(stem));
    if (!units.some((unitIndex) => answers.has(unitIndex) && saysWord(unitIndex))) continue;
    if (units.every((unitIndex) => answers.has(unitIndex) || index.units[unitIndex]?.isQuestion))
      return tokenIndex;
  }
  return undefined;
}
