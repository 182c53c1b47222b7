import { tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import type { TokenAnalysis } from './token-analysis.js';

/**
 * "Bydel Alna", "Bydel Gamle Oslo": the capitalised word "Bydel" before a known place is part of
 * the district's name, so the whole name is one place and no "Bydel" is left beside a surrogate.
 * Lower-case "bydel Bergenhus" keeps the word outside, as the annotation rules write it; where
 * someone works ("ansatt i Bydel Frogner") the workplace rules take it.
 */
export function recognizeDistrictPlaces(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 0; index + 1 < tokens.length; index++) {
    const lead = tokenAt(tokens, index);
    const place = tokenAt(tokens, index + 1);
    if (lead?.kind !== 'word' || lead.text !== 'Bydel') continue;
    if (place?.kind !== 'word' || !place.capitalised || place.sentenceStart) continue;
    if (!isSpaceBetween(text, lead.end, place.start)) continue;
    if (words.hasEmploymentContext(tokens, index)) continue;
    const analysis = words.analyseToken(place);
    if (!analysis.place || analysis.region || analysis.nonIdentifying) continue;
    out.push({ start: lead.start, end: place.end, type: 'LOCATION', confidence: 0.86 });
  }
}
