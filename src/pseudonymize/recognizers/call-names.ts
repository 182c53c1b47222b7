import { relations } from '../gazetteers/context-words.js';
import { nynorskFunctionWords } from '../gazetteers/nynorsk-function-words.js';
import { lowerAt, tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import type { TokenAnalysis } from './token-analysis.js';
import { lineCue } from '../word-record.js';

/** Verbs of calling someone, bokmål, nynorsk and dialect. */
const callVerbs = new Set(['ringte', 'ringer', 'ringde', 'ringa', 'ringt', 'ringjer']);

/** Subject pronouns said between the verb and the person in an inverted clause: "da ringte jeg …". */
const subjects = new Set([
  'jeg',
  'vi',
  'hun',
  'han',
  'eg',
  'æ',
  'ho',
  'me',
  'dem',
  'de',
  'du',
  'je',
]);

/** Words that may follow the person in the same clause: "ringte per i går", "ringte trine, hun …". */
const clauseWords = new Set([
  'og',
  'i',
  'på',
  'som',
  'men',
  'da',
  'så',
  'hun',
  'han',
  'ho',
  'med',
  'etter',
  'for',
  'fordi',
  'igjen',
  'først',
  'òg',
  'også',
]);

/**
 * "da ringte jeg trine, hun kom", "jeg ringte per i går", "faren til ungene, ståle, henter dem": a
 * given name said in lower case right after a verb of calling (and its subject), or set off by
 * commas after a relation with "til" ("faren til ungene"). The name recognizers leave given names
 * that are also words ("trine", "per") alone without such a frame; relatives, occupations and
 * words that are no given name ("ringte legen", "ringte tilbake") stay out.
 */
export function recognizeCallNames(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 1; index < tokens.length; index++) {
    const name = tokenAt(tokens, index);
    if (name === undefined || name.kind !== 'word' || name.capitalised || name.allCaps) continue;
    if (!isCalledName(tokens, index) && !isRelationApposition(text, tokens, index)) continue;
    if (!isGivenName(words, name)) continue;
    out.push({ start: name.start, end: name.end, type: 'PERSON', confidence: 0.85 });
  }
}

function isCalledName(tokens: readonly Token[], index: number): boolean {
  const before = lowerAt(tokens, index - 1);
  const verbIndex = subjects.has(before) ? index - 2 : index - 1;
  if (!callVerbs.has(lowerAt(tokens, verbIndex))) return false;
  const after = tokenAt(tokens, index + 1);
  return after === undefined || after.kind === 'punct' || clauseWords.has(after.lower);
}

/** ", ståle," after "<relation> til <word>": "faren til ungene, ståle, henter …". */
function isRelationApposition(text: string, tokens: readonly Token[], index: number): boolean {
  const comma = tokenAt(tokens, index - 1);
  const closing = tokenAt(tokens, index + 1);
  if (comma?.text !== ',' || closing?.text !== ',') return false;
  if (lowerAt(tokens, index - 3) !== 'til') return false;
  const relation = tokenAt(tokens, index - 4);
  const name = tokenAt(tokens, index);
  if (relation === undefined || name === undefined || !relations.has(relation.lower)) return false;
  return isSpaceBetween(text, comma.end, name.start);
}

function isGivenName(words: TokenAnalysis, name: Token): boolean {
  if (name.lower.length < 3 || relations.has(name.lower)) return false;
  if (nynorskFunctionWords.has(name.lower) || subjects.has(name.lower)) return false;
  const analysis = words.analyseToken(name);
  return analysis.firstName && !analysis.nonIdentifying && !analysis.term && !analysis.place;
}

/** Lines `recognizeCallNames` can match: every match needs a call verb, or the comma of an apposition on the line. */
export const callNameCue = lineCue(callVerbs, [',']);
