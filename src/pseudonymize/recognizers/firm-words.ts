import { finiteVerbs, relations } from '../gazetteers/context-words.js';
import { nynorskFunctionWords } from '../gazetteers/nynorsk-function-words.js';
import { lowerAt, tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { isWorkFrameBefore } from './spoken-workplaces.js';
import { isEmploymentToken, type TokenAnalysis } from './token-analysis.js';

/** Prepositions before a person or a firm, never before a room or a time: "jobber hos X". */
const firmPrepositions = new Set(['hos', 'hjå']);

/** Vehicles driven for a firm: "kjører buss for X". */
const vehicles = new Set(['buss', 'taxi', 'drosje', 'lastebil', 'trailer', 'varebil']);
const drivingVerbs = new Set(['kjører', 'kjørte', 'kjøyrer', 'kjørde', 'kjøyrde']);

/** Words that may follow the firm inside the same clause: "hos veidekke på …", "… og". */
const clauseWords = new Set(['og', 'men', 'da', 'så', 'som', 'nå', 'no', 'i', 'på']);

/** Definite and plural endings: "hos legen", "hjå bonden", "hos naboane" are people or rooms. */
const definiteOrPluralEnding = /(?:en|et|a|an|ane|ene|ar|er|ne|na)$/u;

/**
 * "han jobber hos veidekke.", "jobbar hjå tine på …", "kjører buss for boreal.": a firm whose name
 * is an ordinary word, said in lower case, right after "hos"/"hjå" in a work frame or after
 * "kjører buss for", at the end of the clause. A person after "hos" is a relative or an occupation
 * ("hos mor", "hos frisør"), and a definite or plural noun is a person or a room ("hos legen"); both
 * are left alone, as are given names and surnames, function words and verbs.
 */
export function recognizeFirmWords(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 2; index < tokens.length; index++) {
    const firm = tokenAt(tokens, index);
    const preposition = tokenAt(tokens, index - 1);
    if (firm === undefined || preposition === undefined || firm.kind !== 'word') continue;
    // The cheapest test first: a firm only follows "hos", "hjå" or "for" (isFirmSlot).
    if (!firmPrepositions.has(preposition.lower) && preposition.lower !== 'for') continue;
    if (firm.capitalised || firm.allCaps || !/^\p{L}{4,}$/u.test(firm.text)) continue;
    if (!isSpaceBetween(text, preposition.end, firm.start)) continue;
    if (!isFirmSlot(words, tokens, index - 1)) continue;
    const after = tokenAt(tokens, index + 1);
    if (after !== undefined && after.kind !== 'punct' && !clauseWords.has(after.lower)) continue;
    if (!isFirmWord(words, firm)) continue;
    out.push({ start: firm.start, end: firm.end, type: 'WORKPLACE', confidence: 0.8 });
  }
}

/** "jobber hos", "jobbar hjå" in a work frame, or "kjører buss for". */
function isFirmSlot(
  words: TokenAnalysis,
  tokens: readonly Token[],
  prepositionIndex: number,
): boolean {
  const preposition = lowerAt(tokens, prepositionIndex);
  if (firmPrepositions.has(preposition)) return isWorkFrameBefore(words, tokens, prepositionIndex);
  if (preposition !== 'for') return false;
  return (
    vehicles.has(lowerAt(tokens, prepositionIndex - 1)) &&
    drivingVerbs.has(lowerAt(tokens, prepositionIndex - 2))
  );
}

/** A word that can be a firm's name: no person, occupation, function word, verb or term. */
function isFirmWord(words: TokenAnalysis, firm: Token): boolean {
  const lower = firm.lower;
  if (relations.has(lower) || nynorskFunctionWords.has(lower) || finiteVerbs.has(lower))
    return false;
  if (isEmploymentToken(firm) || definiteOrPluralEnding.test(lower)) return false;
  const analysis = words.analyseToken(firm);
  // "jobber hos tone": a name after "hos" is more often the person one works for.
  if (analysis.firstName || analysis.surname || analysis.international) return false;
  return !analysis.nonIdentifying && !analysis.term && !analysis.region;
}
