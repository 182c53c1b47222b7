import type { Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import type { TokenAnalysis } from './token-analysis.js';

/** Endings that make a capitalised word a street's name: "-veien", "-vegen", "-gata", "-gaten". */
const streetEnding = /^\p{L}{3,}(?:veien|vegen|gata|gaten)$/u;

/**
 * "Da sender jeg innkalling til Tiurveien.": a capitalised word ending in "-veien", "-vegen",
 * "-gata" or "-gaten" that is no dictionary word nor a form of one is a street's name, with or without a house
 * number or a word about living there. Said alone it still tells where the patient lives.
 */
export function recognizeBareStreetNames(
  words: TokenAnalysis,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (const token of tokens) {
    if (token.kind !== 'word' || !token.capitalised || token.allCaps) continue;
    if (!streetEnding.test(token.lower)) continue;
    const analysis = words.analyseToken(token);
    // "Reiseveien er lang": an ordinary word's form (a commute, a main road) is no street's name.
    if (analysis.common || analysis.entry || analysis.nonIdentifying || analysis.term) continue;
    out.push({ start: token.start, end: token.end, type: 'ADDRESS', confidence: 0.7 });
  }
}
