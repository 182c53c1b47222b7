import { getSharedLexicon } from '../lexicon.js';
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

/** True for a listed maker of consumer devices or cars ("Tesla", "Samsung"), in lower case. */
export function isProductBrand(lower: string): boolean {
  return productBrands.has(lower);
}

/**
 * Makers of medical devices, written as one word or two ("Boston Scientific"): a span that opens
 * with one and goes on with words that are no names is a make and model ("Braun Infusomat
 * Space", "Dräger Evita V800", "Biotronik Edora"). "Braun" is also a surname, so the maker alone
 * or followed by a name ("Braun, Kari", "Braun Kari") stays a person.
 */
const deviceMakers: readonly (readonly string[])[] = [
  ['braun'],
  ['dräger'],
  ['drager'],
  ['biotronik'],
  ['maquet'],
  ['philips'],
  ['boston', 'scientific'],
];

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
  text: string,
  words: TokenAnalysis,
  tokens: readonly Token[],
  candidate: Candidate,
): boolean {
  if (candidate.type !== 'PERSON') return false;
  const first = tokenIndexStartingAt(tokens, candidate.start);
  const last = tokenIndexEndingAt(tokens, candidate.end);
  if (first < 0 || last < first) return false;
  if (followsNamingWord(tokens, first)) return false;
  if (isDeviceMakeAndModel(text, tokens, first, last)) return true;
  const head = tokenAt(tokens, first);
  if (head === undefined || !head.capitalised) return false;
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

/**
 * "Braun Infusomat Space", "Boston Scientific Accolade", "Philips EPIQ 7", "Biotronik Edora": a
 * make and model. The span is the listed maker of medical devices with its model, the maker alone
 * right before a model, or the model right after the maker (one space between). The model is one
 * to three words, each opening with a capital, none of them a given name or surname the lexicon
 * knows. Fails closed: the maker with no model after it, a name after it ("Braun, Kari", "Braun
 * Kari", "Philips Anne") or a longer span keep the person.
 */
function isDeviceMakeAndModel(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
): boolean {
  const makerAt = (start: number): number => {
    const maker = deviceMakers.find((parts) =>
      parts.every((part, offset) => lowerAt(tokens, start + offset) === part),
    );
    return maker === undefined ? 0 : maker.length;
  };
  let modelStart: number;
  const atStart = makerAt(first);
  if (atStart > 0) {
    modelStart = first + atStart;
  } else {
    const before = deviceMakers
      .map((parts) => parts.length)
      .find(
        (length) => makerAt(first - length) === length && isSpaceBetween(text, tokens, first - 1),
      );
    if (before === undefined) return false;
    modelStart = first;
  }
  if (!isSpaceBetween(text, tokens, modelStart - 1)) return false;
  const modelEnd = Math.max(last, modelStart);
  if (modelEnd - modelStart > 2) return false;
  const lexicon = getSharedLexicon();
  for (let index = modelStart; index <= modelEnd; index++) {
    const token = tokenAt(tokens, index);
    if (token === undefined || token.kind !== 'word' || !/^\p{Lu}/u.test(token.text)) return false;
    const lower = token.lower;
    if (
      lexicon.femaleNames.has(lower) ||
      lexicon.maleNames.has(lower) ||
      lexicon.surnames.has(lower)
    )
      return false;
  }
  return true;
}

/** True when one space, and nothing else, separates token `index` from the next. */
function isSpaceBetween(text: string, tokens: readonly Token[], index: number): boolean {
  const left = tokenAt(tokens, index);
  const right = tokenAt(tokens, index + 1);
  return left !== undefined && right !== undefined && text.slice(left.end, right.start) === ' ';
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
