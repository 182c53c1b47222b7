import { neverNames, relations } from '../gazetteers/context-words.js';
import { personTitles as titles } from '../gazetteers/person-titles.js';
import { tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { isNameLike, type TokenAnalysis } from './token-analysis.js';

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
  if (!text.includes('-')) return;
  joinGivenNameAndDoubleSurname(words, text, tokens, out);
  const persons: Candidate[] = [];
  for (const candidate of out) if (candidate.type === 'PERSON') persons.push(candidate);
  // Most texts name no person or hold no hyphen: the token index is built only where both occur.
  if (persons.length === 0) return;
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

/**
 * A part of a double surname: a listed surname ("Okonkwo", "Vik", "Eze"), or a capitalised word no
 * list knows as a word, place or term ("Bjørnstad" is a compound of words, yet a listed surname).
 */
function isSurnamePart(words: TokenAnalysis, part: string): boolean {
  const lower = part.toLowerCase();
  if (lower.length < 2 || isTerm(words, part)) return false;
  const analysis = words.analyse(lower);
  if (analysis.nonIdentifying || analysis.term || analysis.region) return false;
  if (analysis.surname) return true;
  return !analysis.common && !analysis.entry && !analysis.place && !words.isCompound(lower);
}

/** Endings of Nordic given names the lists may miss: "Ulrikke", "Solbjørg", "Torgunn". */
const givenNameEnding =
  /^\p{L}{2,}(?:ikke|bjørg|borg|veig|laug|hild|frid|gerd|gunn|mund|leiv|leif|bjørn|geir|vald)$/u;

/**
 * The given name before a double surname: a capitalised word inside a sentence that is a listed
 * or international given name ("Chidinma"), or a word no list knows with the ending of a Nordic
 * given name ("Ulrikke"): never a title, relation, ordinary word, place, institution word or term.
 */
function isGivenNameBefore(words: TokenAnalysis, token: Token | undefined): token is Token {
  if (!isNameLike(token) || token.sentenceStart || token.allCaps || token.text.length < 3)
    return false;
  if (titles.has(token.lower) || relations.has(token.lower) || neverNames.has(token.lower))
    return false;
  if (words.isInstitutionWord(token.lower)) return false;
  const analysis = words.analyseToken(token);
  if (analysis.nonIdentifying || analysis.term || analysis.region || analysis.compoundTerm)
    return false;
  if (analysis.place && !analysis.firstName) return false;
  if (analysis.firstName || (analysis.international && !analysis.common)) return true;
  return (
    !analysis.common &&
    !analysis.entry &&
    givenNameEnding.test(token.lower) &&
    !words.isCompoundToken(token)
  );
}

/**
 * "kom Ulrikke Bjørnstad-Vik innom", "Telefon fra Chidinma Okonkwo-Eze": a given name inside a
 * sentence right before a double surname whose every part is a surname or a word no list knows is
 * one person, even where no recognizer took the given name (or took it for a place after "fra").
 * Eponym pairs ("Guillain-Barré", "Ehlers-Danlos") are terms and stay out.
 */
function joinGivenNameAndDoubleSurname(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 1; index < tokens.length; index++) {
    const surname = tokenAt(tokens, index);
    if (surname === undefined || surname.kind !== 'word' || surname.sentenceStart) continue;
    if (!hyphenatedName.test(surname.text)) continue;
    const given = tokenAt(tokens, index - 1);
    if (!isGivenNameBefore(words, given) || !isSpaceBetween(text, given.end, surname.start))
      continue;
    // "AeroChamber Plus Flow-Vu", "Libre 2 Plus-X": inside a product's run of capitalised words
    // or numbers, a word is part of the product.
    const before = tokenAt(tokens, index - 2);
    if (
      before !== undefined &&
      (before.kind === 'number' || (before.capitalised && !before.sentenceStart))
    )
      continue;
    if (!surname.text.split('-').every((part) => isSurnamePart(words, part))) continue;
    // Taken already as a person, or as something listed (a place, an institution): left as is.
    if (
      out.some(
        (candidate) =>
          candidate.start <= given.start &&
          candidate.end >= surname.end &&
          candidate.confidence >= 0.7,
      )
    )
      continue;
    out.push({ start: given.start, end: surname.end, type: 'PERSON', confidence: 0.8 });
  }
}
