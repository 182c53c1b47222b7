import { lowerAt, tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { tokenIndexEndingAt, tokenIndexStartingAt, type TokenAnalysis } from './token-analysis.js';

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
]);

/** Tobacco brands that are also names ("Prince"), only after a verb of smoking or snuff. */
const tobaccoBrands = new Set(['prince', 'marlboro', 'camel', 'petterøe', 'tiedemanns', 'general']);

/** Verbs and nouns of smoking and snuff right before a tobacco brand: "røyker Prince". */
const smokingWords = new Set(['røyker', 'røykte', 'røyke', 'røykar', 'snuser', 'snuste', 'snusar']);

/** Words that introduce a name ("heter Sony Hansen", "Navn: Tesla Berg"): never a product there. */
const namingWords = new Set(['heter', 'het', 'hete', 'heite', 'heiter', 'navn', 'navnet', 'namn']);

/**
 * "bruker Apple Watch", "kjører en Tesla Model Y", "røyker Prince": a PERSON candidate that is a
 * product, shown by positive evidence only — it starts with a listed maker and holds at most one
 * more word ("Apple Watch"), or stands right after a listed maker ("Tesla Model Y" → "Model Y"),
 * or is a listed tobacco brand right after a verb of smoking. Products are no identifiers; every
 * other name is kept (fail closed): a span after "heter"/"navn" ("heter Sony Hansen"), and a span
 * whose words beyond the maker include a given name or surname ("en Tesla Ola er misunnelig",
 * "Samsung Kari hjelper henne") is never dropped.
 */
export function isProductName(
  words: TokenAnalysis,
  tokens: readonly Token[],
  candidate: Candidate,
): boolean {
  if (candidate.type !== 'PERSON') return false;
  const first = tokenIndexStartingAt(tokens, candidate.start);
  const last = tokenIndexEndingAt(tokens, candidate.end);
  if (first < 0 || last < first) return false;
  const head = tokenAt(tokens, first);
  if (head === undefined || !head.capitalised) return false;
  if (followsNamingWord(tokens, first)) return false;
  if (productBrands.has(head.lower))
    return last - first <= 1 && !holdsName(words, tokens, first + 1, last);
  const before = tokenAt(tokens, first - 1);
  if (before !== undefined && before.capitalised && productBrands.has(before.lower))
    return (
      last - first <= 1 &&
      !followsNamingWord(tokens, first - 1) &&
      !holdsName(words, tokens, first, last)
    );
  return (
    first === last && tobaccoBrands.has(head.lower) && smokingWords.has(lowerAt(tokens, first - 1))
  );
}

/** "heter Sony Hansen", "Navn: Sony Berg": a naming word right before (a colon may stand between). */
function followsNamingWord(tokens: readonly Token[], index: number): boolean {
  const before = lowerAt(tokens, index - 1);
  if (namingWords.has(before)) return true;
  return before === ':' && namingWords.has(lowerAt(tokens, index - 2));
}

/** Whether a word from `from` to `to` (inclusive) is a listed given name or surname. */
function holdsName(
  words: TokenAnalysis,
  tokens: readonly Token[],
  from: number,
  to: number,
): boolean {
  for (let index = from; index <= to; index += 1) {
    const token = tokenAt(tokens, index);
    if (token === undefined || token.kind !== 'word') continue;
    const analysis = words.analyseToken(token);
    if (analysis.firstName || analysis.surname) return true;
  }
  return false;
}
