import { nynorskFunctionWords } from '../gazetteers/nynorsk-function-words.js';
import { lowerAt, tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import type { TokenAnalysis } from './token-analysis.js';
import { lineCue } from '../word-record.js';

/** A holiday home or a summer farm, the place after which is where it lies: "hytta på Hovden". */
const cabinWords = new Set([
  'hytta',
  'hytte',
  'hytter',
  'hytto',
  'hyttå',
  'hytten',
  'hyttetur',
  'hytteturen',
  'fritidsboligen',
  'sommerhuset',
  'setra',
  'sætra',
  'stølen',
]);

/** "hytta på", "hytte i", "hyttetur til", "hytta vår på", "hytte oppe på". */
const cabinPrepositions = new Set(['på', 'i', 'til', 'ved']);
const cabinFillers = new Set(['vår', 'min', 'mi', 'deres', 'dykkar', 'oppe', 'nede', 'ute']);

/**
 * "vi var på hytta på Hovden", "vi har hytte på kvitfjell", "hyttetur til Beitostølen": the word
 * after a holiday home and "på", "i", "til" or "ved" is the place it lies, even when the name is also
 * a surname ("Hovden") or said in lower case. Ordinary words ("hytta på fjellet") and function
 * words are left alone.
 */
export function recognizeCabinPlaces(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 2; index < tokens.length; index++) {
    const place = tokenAt(tokens, index);
    const preposition = tokenAt(tokens, index - 1);
    if (place === undefined || preposition === undefined || place.kind !== 'word') continue;
    if (!cabinPrepositions.has(preposition.lower)) continue;
    if (!isCabinBefore(tokens, index - 1)) continue;
    if (!isSpaceBetween(text, preposition.end, place.start) || place.lower.length < 3) continue;
    if (nynorskFunctionWords.has(place.lower)) continue;
    const analysis = words.analyseToken(place);
    if (analysis.nonIdentifying || analysis.term || analysis.region) continue;
    const named = place.capitalised && !place.sentenceStart;
    if (!named && !analysis.place && analysis.common) continue;
    if (named && analysis.common && !analysis.place && !analysis.surname) continue;
    // "hytte på Vestre Hovland", "leilighet på Gran Canaria": the name runs on over capitals.
    let end = place.end;
    for (let next = index + 1; next <= index + 2; next++) {
      const part = tokenAt(tokens, next);
      if (part === undefined || !part.capitalised || !isSpaceBetween(text, end, part.start)) break;
      end = part.end;
    }
    out.push({ start: place.start, end, type: 'LOCATION', confidence: 0.95 });
  }
}

/** A cabin word right before the preposition, or one filler word between ("hytta vår på"). */
function isCabinBefore(tokens: readonly Token[], prepositionIndex: number): boolean {
  const before = lowerAt(tokens, prepositionIndex - 1);
  if (cabinWords.has(before)) return true;
  return cabinFillers.has(before) && cabinWords.has(lowerAt(tokens, prepositionIndex - 2));
}

/** Lines `recognizeCabinPlaces` can match: every match needs a cabin word on the line. */
export const cabinPlaceCue = lineCue(cabinWords);
