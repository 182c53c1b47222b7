import { lowerAt, tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { tokenIndexEndingAt, tokenIndexStartingAt } from './token-analysis.js';

/**
 * Makers of consumer devices, phones, watches and cars whose names are never given names: a
 * capitalised word after one is a product or model ("Apple Watch", "Samsung Galaxy", "Tesla
 * Model Y"), not a person.
 */
const productBrands = new Set([
  'apple',
  'samsung',
  'garmin',
  'fitbit',
  'suunto',
  'huawei',
  'xiaomi',
  'oneplus',
  'iphone',
  'ipad',
  'tesla',
  'toyota',
  'volkswagen',
  'hyundai',
  'nissan',
  'sony',
  'nintendo',
  'omron',
  'withings',
  'dexcom',
]);

/** Tobacco brands that are also names ("Prince"), only after a verb of smoking or snuff. */
const tobaccoBrands = new Set(['prince', 'marlboro', 'camel', 'petterøe', 'tiedemanns', 'general']);

/** Verbs and nouns of smoking and snuff right before a tobacco brand: "røyker Prince". */
const smokingWords = new Set([
  'røyker',
  'røykte',
  'røyke',
  'røykar',
  'snuser',
  'snuste',
  'snusar',
  'bruker',
]);

/**
 * "bruker Apple Watch", "kjører en Tesla Model Y", "røyker Prince": a PERSON candidate that is a
 * product, shown by positive evidence only — it starts with a listed maker and holds at most one
 * more word ("Apple Watch"), or stands right after a listed maker ("Tesla Model Y" → "Model Y"),
 * or is a listed tobacco brand right after a verb of smoking. Products are no identifiers; every
 * other name is kept (fail closed).
 */
export function isProductName(tokens: readonly Token[], candidate: Candidate): boolean {
  if (candidate.type !== 'PERSON') return false;
  const first = tokenIndexStartingAt(tokens, candidate.start);
  const last = tokenIndexEndingAt(tokens, candidate.end);
  if (first < 0 || last < first) return false;
  const head = tokenAt(tokens, first);
  if (head === undefined || !head.capitalised) return false;
  if (productBrands.has(head.lower)) return last - first <= 1;
  const before = tokenAt(tokens, first - 1);
  if (before !== undefined && before.capitalised && productBrands.has(before.lower))
    return last - first <= 1;
  return (
    first === last && tobaccoBrands.has(head.lower) && smokingWords.has(lowerAt(tokens, first - 1))
  );
}
