import { tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { singleTokenPerson } from './token-analysis.js';

/**
 * Given names that are also a verb form in clinical Norwegian: nynorsk "ammar" ("breastfeeds") is
 * the Arabic given name Ammar. Lower-case, one a line of the list.
 */
const verbNames: ReadonlySet<string> = new Set(['ammar']);

/** Adverbs of manner, amount and frequency that follow a verb, never a name ("ammar godt"). */
const adverbAfter =
  /^(?:godt|bra|fint|dårleg|dårlig|kvar|hver|ofte|sjeldan|sjelden|lite|litt|mykje|mye|no|nå|fullt|delvis|heile|hele|stadig|fortsatt|framleis|fremdeles|igjen|att|ikkje|ikke)$/u;

/** Subjects of the verb right before it: "Barnet ammar", "ho ammar". */
const subjectBefore =
  /^(?:barnet|babyen|spedbarnet|ungen|guten|gutten|jenta|ho|hun|mor|mora|moren|ein|en|eg|jeg|dei|de|vi|me|du)$/u;

/**
 * "Barnet ammar kvar 2. time", "Ammar godt og søv mellom måltida": the verb, not the given name
 * Ammar, when an adverb follows it or a subject stands right before it. A name followed by its
 * verb ("Ammar kom med sonen sin") stays a name.
 */
export function isVerbHomographName(tokens: readonly Token[], candidate: Candidate): boolean {
  const person = singleTokenPerson(tokens, candidate);
  if (person === undefined || !verbNames.has(person.token.lower)) return false;
  const { index } = person;
  const after = tokenAt(tokens, index + 1);
  if (after?.kind === 'word' && adverbAfter.test(after.lower)) return true;
  const before = tokenAt(tokens, index - 1);
  return before?.kind === 'word' && subjectBefore.test(before.lower);
}
