/*
 * A sentence whose subject is a relative ("Kona har hatt feber og hoste i 4 dager.", "Kona di har
 * influensa, så …"): someone else's illness, never the patient's reason for contact nor the
 * clinician's assessment of the patient. One pattern, shared by `reason-from-complaint.ts` and
 * `split-assessment-and-plan.ts`, built from the relative words the verifier reads
 * (`relativeNouns` in src/language), so the two cannot disagree.
 */
import { relativeNouns } from '../../../language/index.js';

/**
 * The patient's own children spoken of by the patient ("Barnet har feber"): the engine reads them
 * as someone else, while the verifier reads "barnet" as the patient named in the third person.
 */
const ownChildren = ['barnet', 'barna'];

/** A word as it opens a sentence, escaped for a pattern ("bror'n" → "Bror'n"). */
function capitalized(word: string): string {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return escaped.charAt(0).toUpperCase() + escaped.slice(1);
}

const subjectWords = [...relativeNouns, ...ownChildren]
  // (Longest first, so "Kona" does not stop short of "Konas".)
  .sort((first, second) => second.length - first.length)
  .map(capitalized)
  .join('|');

/**
 * A relative named first, as the subject of the sentence ("Kona har …", "Datteren min hadde …",
 * "Og mannen din er …", "Svigermor har …"). Only the start of the sentence counts.
 */
export const relativeAsSubject = new RegExp(
  `^(?:(?:Og|Men) )?(?:${subjectWords}|Samboer\\p{L}*)(?: (?:mi|min|mitt|mine|di|din|ditt|dine|til pas\\.))? (?:har|hadde|er|var|fikk|ble|har hatt)(?![\\p{L}])`,
  'u',
);

/** The patient's child or grandchild named to a parent ("Dattera di har astma") may be the patient. */
const childOrGrandchild = /^(?:datt|dott|dotr|sønn|son|barnebarn)/u;

/** A relative word as the engine's folded text has it (å → a, ø → o, æ → e), escaped. */
function folded(word: string): string {
  return word
    .toLowerCase()
    .replace(/å/gu, 'a')
    .replace(/ø/gu, 'o')
    .replace(/æ/gu, 'e')
    .replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

function relativeWordPattern(words: readonly string[]): RegExp {
  const alternatives = words
    .map(folded)
    .sort((first, second) => second.length - first.length)
    .join('|');
  return new RegExp(`(?<![a-z0-9])(?:${alternatives})(?![a-z0-9])`, 'u');
}

/**
 * A relative, friend or neighbour named anywhere in a clinician's sentence (folded text:
 * "sambuaren din hadde lungebetennelse", "sostera di har lavt stoffskifte"): whatever condition
 * the sentence names is theirs, never the patient's diagnosis. Children and grandchildren are
 * apart ({@link namesChildOrGrandchild}): named to a parent they may be the patient.
 */
export const namesRelativeOtherThanChild = relativeWordPattern(
  [...relativeNouns].filter((word) => !childOrGrandchild.test(word)),
);

/** "dattera di", "sonnen din", "barnebarnet" (folded text): the patient only when told to a parent. */
export const namesChildOrGrandchild = relativeWordPattern(
  [...relativeNouns].filter((word) => childOrGrandchild.test(word)),
);

/**
 * Every relative word as said (any case), longest first, for patterns on the sentence as written
 * ("Svigerfar min hadde Parkinson", "Som dattera di sa, …").
 */
export const relativeWordsSource = [...relativeNouns]
  .sort((first, second) => second.length - first.length)
  .map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
  .join('|');
