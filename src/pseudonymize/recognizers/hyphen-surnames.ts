import { tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import type { TokenAnalysis } from './token-analysis.js';

/** A hyphenated word of capitalised parts: "Mo-Hansen", "Ås-Berg", "Lund-Hagen". */
const hyphenatedName = /^\p{Lu}\p{Ll}*(?:-\p{Lu}\p{Ll}+)+$/u;

/**
 * "Ola Mo-Hansen", "Per Ås-Berg": a double surname whose first part is a short place or word
 * ("Mo", "Ås") is not taken by the name recognizers; right after a person it is that person's
 * surname, so the person runs on over it. Parts that are drugs or eponyms ("Sjögren-syndrom" is
 * not capitalised throughout) are left alone.
 */
export function joinHyphenSurnames(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  const persons: Candidate[] = [];
  for (const candidate of out) if (candidate.type === 'PERSON') persons.push(candidate);
  // Most texts name no person or hold no hyphen: the token index is built only where both occur.
  if (persons.length === 0 || !text.includes('-')) return;
  const tokenStartingAfter = new Map<number, number>();
  for (let index = 1; index < tokens.length; index++) {
    const previous = tokenAt(tokens, index - 1);
    if (previous !== undefined) tokenStartingAfter.set(previous.end, index);
  }
  for (const person of persons) {
    const index = tokenStartingAfter.get(person.end);
    const surname = index === undefined ? undefined : tokenAt(tokens, index);
    if (surname === undefined || surname.kind !== 'word') continue;
    if (!hyphenatedName.test(surname.text) || !isSpaceBetween(text, person.end, surname.start))
      continue;
    if (surname.text.split('-').some((part) => isTerm(words, part))) continue;
    out.push({ ...person, end: surname.end });
  }
}

function isTerm(words: TokenAnalysis, part: string): boolean {
  const lower = part.toLowerCase();
  return words.lexicon.nonIdentifyingTerms.has(lower);
}
