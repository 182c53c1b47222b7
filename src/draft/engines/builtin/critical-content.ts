/*
 * The clause guard every compression rule consults (issue 12, item 5). A rule that drops or
 * shortens a clause to make the note shorter acts only on a clause the guard lets go: one holding
 * no phrase of the safety lexicon (`safety-lexicon.ts`: suicidal wording, direct and indirect,
 * chest pain, breathlessness, haemoptysis, weakness and stroke, red flags and their negatives,
 * what the clinician suspects or rules out, pregnancy, allergies, anticoagulants, doses), no
 * number, no drug and none of the diagnoses the engine codes. The guard only ever keeps: a rule
 * still needs its own positive evidence (pedagogy, filler, repetition) before it removes anything.
 */
import { findDrugMentions } from '../../language/drug-names.js';
import { tokenize } from '../../language/fold.js';
import { loosen } from './classify.js';
import { diagnosisRules } from './diagnosis-rules.js';
import { toLexiconPattern, safetyLexicon, type SafetyTopic } from './safety-lexicon.js';

const topicPatterns: readonly (readonly [SafetyTopic, RegExp])[] = [
  ...new Set(safetyLexicon.map((entry) => entry.topic)),
].map((topic) => [topic, toLexiconPattern((entry) => entry.topic === topic)] as const);

/** Spoken numbers as words: a dose or a duration said aloud ("fem hundre", "to ganger"). */
const numberWord =
  /(?<![\p{L}])(?:to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|femten|tjue|tretti|førti|femti|hundre|tusen|halv|halvannen)(?![\p{L}])/iu;

/** Why a clause is guarded: a lexicon topic, a number, a drug or a diagnosis the engine codes. */
export type GuardReason = SafetyTopic | 'number' | 'drug' | 'coded-diagnosis';

/** Why a clause must stay, in lexicon order; empty when nothing guards it. */
export function criticalTopics(clause: string): readonly GuardReason[] {
  const reasons: GuardReason[] = topicPatterns
    .filter(([, pattern]) => pattern.test(clause))
    .map(([topic]) => topic);
  const loose = loosen(clause);
  if (diagnosisRules.some((rule) => rule.pattern.test(loose))) reasons.push('coded-diagnosis');
  if (/\d/u.test(clause) || numberWord.test(clause)) reasons.push('number');
  if (findDrugMentions(tokenize(clause)).length > 0) reasons.push('drug');
  return reasons;
}

/** Whether a clause must stay as it was said: no compression rule may drop or shorten it. */
export function isGuardedClause(clause: string): boolean {
  return criticalTopics(clause).length > 0;
}

/** The topics a whole-sentence drop must respect: named symptoms and facts, not the broad red-flag words. */
const namedSafetyTopics: ReadonlySet<SafetyTopic> = new Set<SafetyTopic>([
  'chest-pain',
  'breathlessness',
  'haemoptysis',
  'stroke-or-weakness',
  'suicidal',
  'allergy',
  'anticoagulant',
  'pregnancy',
  'suspected-diagnosis',
]);

/**
 * Whether a clause names a safety topic of its own (chest pain, breathlessness, suicidal wording,
 * allergy …) — not the broad red-flag words («blod*», «plutselig*», «legevakt*»), numbers, drugs or
 * coded diagnoses. A rule that drops a whole sentence as logistics keeps one that does ("Fikk
 * sterke brystsmerter i natt, så datteren kjørte meg hit.").
 */
export function hasSafetyTopic(clause: string): boolean {
  return topicPatterns.some(
    ([topic, pattern]) => namedSafetyTopics.has(topic) && pattern.test(clause),
  );
}
