import type { Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { isStreetWord } from './residence-streets.js';
import type { TokenAnalysis } from './token-analysis.js';

/**
 * "Kor bor dokker?" – "Storgata. Storgata 118.", "Lysheim 12 … uten gate, bare Lysheim": a street
 * whose address (with a house number) is found somewhere in this consultation is that address
 * wherever it is said again on its own, also as a whole answer at a sentence start. Words of the
 * address that are ordinary words ("Nedre", "Gate") are no street on their own unless they carry
 * a street's ending.
 */
export function recognizeConsultationStreets(
  words: TokenAnalysis,
  tokens: readonly Token[],
  isConsultationStreet: (lower: string) => boolean,
  out: Candidate[],
): void {
  for (const token of tokens) {
    if (token.kind !== 'word' || token.lower.length < 4) continue;
    if (!isConsultationStreet(token.lower)) continue;
    if (!isStreetWord(token.lower)) {
      const analysis = words.analyseToken(token);
      if (analysis.common || analysis.entry || analysis.nonIdentifying || analysis.term) continue;
    }
    out.push({ start: token.start, end: token.end, type: 'ADDRESS', confidence: 0.9 });
  }
}
