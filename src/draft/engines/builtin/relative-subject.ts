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
