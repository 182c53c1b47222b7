import { lowerAt, tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';

import { tokenIndexStartingAt, type TokenAnalysis } from './token-analysis.js';

/** Reflexive possessives after an owner: "NAKOS sine anbefalinger". */
const reflexives = new Set(['sin', 'si', 'sitt', 'sine']);

/**
 * "følger NAKOS sine anbefalinger", "RELIS sitt svar": an acronym of four or more capitals that is
 * no Norwegian given name or surname (the international lists hold nearly every short string), owning something with a reflexive possessive, is a body or a service, not a
 * person's initials (initials have two or three letters: "KH sine notater" stays a person).
 */
function isAcronymOwner(
  words: TokenAnalysis,
  token: Token,
  tokens: readonly Token[],
  index: number,
): boolean {
  if (!token.allCaps || token.text.length < 4) return false;
  if (!reflexives.has(lowerAt(tokens, index + 1))) return false;
  const analysis = words.analyse(token.lower);
  return !analysis.firstName && !analysis.surname;
}

/** Words of the seasons and the year in the sentence of a "Vår" that opens it. */
const seasonWord =
  /^(?:årstid\p{L}*|sommer\p{L}*|sommar\p{L}*|vinter\p{L}*|høst\p{L}*|haust\p{L}*)$/u;

/**
 * "Vår er den beste årstida", "Vår er finest, før sommeren kommer": the season opening a sentence
 * that speaks of seasons, not the given name Vår ("Vår kommer i morgen" stays a person).
 */
function isSeasonVår(token: Token, tokens: readonly Token[], index: number): boolean {
  if (token.lower !== 'vår' || !token.sentenceStart) return false;
  for (let ahead = index + 1; ahead < tokens.length && ahead <= index + 12; ahead++) {
    const next = tokenAt(tokens, ahead);
    if (next === undefined || /^[.!?]$/u.test(next.text)) break;
    if (next.kind === 'word' && seasonWord.test(next.lower)) return true;
  }
  return false;
}

/**
 * A PERSON candidate of one word that is an acronym of a body owning something, or the season
 * "Vår" in a sentence about seasons (issue 10, false detections in identifier-free clinical text).
 */
export function isWordNotPerson(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  candidate: Candidate,
): boolean {
  if (candidate.type !== 'PERSON') return false;
  const index = tokenIndexStartingAt(tokens, candidate.start);
  const token = tokenAt(tokens, index);
  if (token === undefined || token.end !== candidate.end || text.length < candidate.end)
    return false;
  return isAcronymOwner(words, token, tokens, index) || isSeasonVår(token, tokens, index);
}
