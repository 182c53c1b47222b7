import { isSpaceBetween, tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { employerPrepositions, isWorkFrameBefore } from './spoken-workplaces.js';
import type { TokenAnalysis } from './token-analysis.js';

/** "Fjord1", "Bygg4", "Transport24": a word of three letters or more with digits fused at its end. */
const digitBrand = /^\p{L}{3,}\d{1,4}$/u;

/** Firm words a region or district stands before in an energy company's name ("sunnfjord energi"). */
const utilityHeads = new Set(['energi', 'kraft', 'kraftlag', 'nett']);

/** Prepositions of a firm one works for, beside those of `employerPrepositions`. */
const extraPrepositions = new Set(['for', 'fra', 'frå']);

/**
 * Workplaces that the name rules miss after a work frame ("jobber på", "matros på", "elektriker
 * i", "fergemann fra"): a firm name with digits fused at its end ("Fjord1", "bygg4"; capitals only
 * words such as lab names "CD4" are left alone), and a place said in lower case before an energy
 * or power firm word ("sunnfjord energi", "hallingdal kraft"). Without the work frame both stay:
 * "B12", "lite energi".
 */
export function recognizeDigitBrandWorkplaces(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 1; index < tokens.length; index++) {
    const token = tokenAt(tokens, index);
    if (token === undefined || token.kind !== 'word' || token.allCaps) continue;
    const isBrand = digitBrand.test(token.text);
    const head = isBrand ? undefined : utilityHeadAfter(words, text, tokens, index);
    if (!isBrand && head === undefined) continue;
    const preposition = tokenAt(tokens, index - 1);
    if (preposition === undefined || !isSpaceBetween(text, preposition.end, token.start)) continue;
    if (!employerPrepositions.has(preposition.lower) && !extraPrepositions.has(preposition.lower))
      continue;
    if (!isWorkFrameBefore(words, tokens, index - 1) && !words.hasEmploymentContext(tokens, index))
      continue;
    out.push({
      start: token.start,
      end: head?.end ?? token.end,
      type: 'WORKPLACE',
      subtype: 'firm',
      confidence: 0.9,
    });
  }
}

/** The utility firm word after a lower-case place or unknown word at `index` ("sunnfjord energi"). */
function utilityHeadAfter(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  index: number,
): Token | undefined {
  const head = tokenAt(tokens, index + 1);
  const name = tokenAt(tokens, index);
  if (head === undefined || name === undefined || !utilityHeads.has(head.lower)) return undefined;
  if (name.capitalised || !isSpaceBetween(text, name.end, head.start)) return undefined;
  const analysis = words.analyseToken(name);
  // A place, or a word no list knows ("nordmøre"); never an ordinary word ("lite energi").
  if (analysis.common || analysis.entry || analysis.firstName || analysis.nonIdentifying)
    return undefined;
  return name.text.length >= 4 && (analysis.place || !words.isCompoundToken(name))
    ? head
    : undefined;
}
