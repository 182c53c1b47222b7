import { textAt, tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import type { TokenAnalysis } from './token-analysis.js';

/** Units written with a capital after a four-digit number that never name a place. */
const measurementUnits = new Set([
  'hz',
  'khz',
  'mhz',
  'db',
  'kcal',
  'kj',
  'mmhg',
  'kpa',
  'iu',
  'ie',
]);

export function recognizePostalCode(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  index: number,
  out: Candidate[],
): void {
  const token = tokenAt(tokens, index);
  if (token === undefined) return;
  const previous = tokenAt(tokens, index - 1);
  if (
    previous !== undefined &&
    previous.kind === 'number' &&
    isSpaceBetween(text, previous.end, token.start)
  )
    return;
  // Part of a date or a number ("10.2025", "1/2025"), or a quantity ("5000 IE").
  if (
    previous !== undefined &&
    previous.end === token.start &&
    (previous.text === '.' || previous.text === '/' || previous.text === '-')
  )
    return;
  const office = words.lexicon.postalCodes.get(token.text);
  const next = tokenAt(tokens, index + 1);
  // "4000 Hz", "1500 Kcal": a measurement, not a post office.
  if (next !== undefined && measurementUnits.has(next.lower)) return;
  const contextPostal = previous?.lower === 'postnummer' || previous?.lower === 'postnr';
  const nextIsLabel = textAt(tokens, index + 2) === ':';
  if (
    next !== undefined &&
    next.kind === 'word' &&
    (next.capitalised || next.allCaps) &&
    // "5000 E", "1000 IE": a single letter after a number is a unit, not a place.
    (next.text.length > 1 || office?.length === 1) &&
    next.start - token.end === 1 &&
    isSpaceBetween(text, token.end, next.start) &&
    !nextIsLabel
  ) {
    // Take the place words: the post office name, or a capitalised run of up to three words.
    let last = index + 1;
    const officeWords = office?.split(' ') ?? [];
    if (officeWords.length > 1) {
      let matched = true;
      for (let offset = 0; offset < officeWords.length; offset++) {
        if (tokenAt(tokens, index + 1 + offset)?.lower !== officeWords[offset]) matched = false;
      }
      if (matched) last = index + officeWords.length;
    }
    const analysis = words.analyseToken(next);
    const placeMatches =
      office !== undefined &&
      (office === next.lower ||
        office.startsWith(`${next.lower} `) ||
        office.replace(/ [ns]$/u, '') === next.lower);
    if (office === undefined && !analysis.place && (analysis.common || analysis.nonIdentifying))
      return;
    if (
      !placeMatches &&
      (next.allCaps || analysis.nonIdentifying || (analysis.common && !analysis.place))
    )
      return;
    if (
      office === undefined &&
      !contextPostal &&
      Number(token.text) >= 1900 &&
      Number(token.text) <= 2100
    )
      return;
    const confidence = placeMatches ? 0.97 : office !== undefined ? 0.85 : 0.7;
    out.push({ start: token.start, end: token.end, type: 'POSTAL_CODE', confidence });
    out.push({
      start: next.start,
      end: tokenAt(tokens, last)?.end ?? next.end,
      type: 'LOCATION',
      confidence,
    });
    return;
  }
  if (contextPostal && office !== undefined)
    out.push({ start: token.start, end: token.end, type: 'POSTAL_CODE', confidence: 0.9 });
}
