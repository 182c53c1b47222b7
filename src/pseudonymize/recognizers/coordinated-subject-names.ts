import { finiteVerbs, placePrepositions, relations } from '../gazetteers/context-words.js';
import { lowerAt, tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import type { TokenAnalysis } from './token-analysis.js';

/** A listed given name that is no place or ordinary word: "Tiril", "Ola". */
function isPlainGivenName(words: TokenAnalysis, token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word' || !token.capitalised) return false;
  const analysis = words.analyseToken(token);
  return analysis.firstName && !analysis.place && !analysis.common && !analysis.nonIdentifying;
}

/** A one-word place name that is no listed given name: "Frøya", "Hamar". */
function isPlaceWord(words: TokenAnalysis, token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word' || !token.capitalised || token.allCaps)
    return false;
  const analysis = words.analyseToken(token);
  return analysis.place && !analysis.firstName && !analysis.region && !analysis.nonIdentifying;
}

/**
 * True when the pair starting at `first` opens its clause: at a sentence start or after a
 * relation noun ("Barna Ola og Frøya …"), never after a preposition of place ("i Oslo og Frøya").
 */
function opensClause(tokens: readonly Token[], first: number): boolean {
  const token = tokenAt(tokens, first);
  if (token === undefined) return false;
  if (token.sentenceStart) return true;
  const previous = lowerAt(tokens, first - 1);
  return relations.has(previous) && !placePrepositions.has(previous);
}

/**
 * "Tiril og Frøya var med mor i dag", "Frøya og Tiril har feber": two words joined by "og" that
 * open a clause before its finite verb are its subject, two people; when one is a listed given
 * name, the other — a place elsewhere ("Frøya", "Sola") — is a given name too.
 */
export function recognizeCoordinatedSubjectNames(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 1; index + 2 < tokens.length; index++) {
    if (lowerAt(tokens, index) !== 'og') continue;
    const left = tokenAt(tokens, index - 1);
    const right = tokenAt(tokens, index + 1);
    const verb = tokenAt(tokens, index + 2);
    if (left === undefined || right === undefined || verb === undefined) continue;
    if (!finiteVerbs.has(verb.lower) || !opensClause(tokens, index - 1)) continue;
    const joiner = tokenAt(tokens, index);
    if (joiner === undefined) continue;
    if (
      !isSpaceBetween(text, left.end, joiner.start) ||
      !isSpaceBetween(text, joiner.end, right.start)
    )
      continue;
    let place: Token | undefined;
    if (isPlainGivenName(words, left) && isPlaceWord(words, right)) place = right;
    else if (isPlaceWord(words, left) && isPlainGivenName(words, right)) place = left;
    if (place === undefined) continue;
    out.push({ start: place.start, end: place.end, type: 'PERSON', confidence: 0.9 });
  }
}
