import { livingVerbs } from '../gazetteers/context-words.js';
import { nynorskFunctionWords } from '../gazetteers/nynorsk-function-words.js';
import { textAt, lowerAt, tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { cardinalOf, wordClass } from '../word-record.js';
import { tokenIndexEndingAt, tokenIndexStartingAt, type TokenAnalysis } from './token-analysis.js';

/** Street words said apart from the name: "tordenskiolds gate", "bygdøy allé". */
const separateStreetWords = new Set([
  'gate',
  'gata',
  'gaten',
  'allé',
  'alle',
  'plass',
  'vei',
  'veg',
  'terrasse',
]);
const isSeparateStreetWord = wordClass(separateStreetWords);

/** Prepositions and verbs right before a street: "bor i", "flytta til", "adressen er". */
const streetCues = new Set(['i', 'på', 'til', 'fra', 'frå', 'er']);

const livingWords: ReadonlySet<string> = new Set<string>(livingVerbs);

/** Words after a number that make it a quantity or a time, not a house number. */
const quantityWords = new Set([
  'år',
  'dager',
  'dagar',
  'uker',
  'veker',
  'måneder',
  'timer',
  'timar',
  'ganger',
  'gonger',
  'minutter',
  'kilo',
  'meter',
  'mil',
]);

/** Letters of a flat or entrance after a spoken house number: "tjueto a", "tre b". */
const houseLetters = /^[a-h]$/u;

/**
 * Streets said in a consultation that the typed-address rules leave: a lower-case name and a
 * separate street word with a house number said as a word ("tordenskiolds gate ni", "bygdøy allé
 * tretten"), the same without a number after a verb of living ("bor i dronningens gate"), and a
 * name and a house number right before a postal code ("heiane tjueen, fire tre null fem
 * sandnes"). A name that is an ordinary word is never taken alone: the street word or the postal
 * code makes it a street.
 */
export function recognizeSpokenStreets(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  const found: Candidate[] = [];
  for (let index = 1; index < tokens.length; index++) {
    const street = tokenAt(tokens, index);
    if (street === undefined || street.kind !== 'word' || street.capitalised) continue;
    if (!isSeparateStreetWord(street)) continue;
    const name = tokenAt(tokens, index - 1);
    if (name === undefined || !isStreetName(words, name)) continue;
    if (!isSpaceBetween(text, name.end, street.start)) continue;
    const cue = tokenAt(tokens, index - 2);
    const numberEnd = houseNumberEnd(text, tokens, index + 1);
    if (cue === undefined || !streetCues.has(cue.lower)) {
      // "olav kyrres gate tjue", "øvre ullern terrasse fem": a longer name needs the number.
      const first = numberEnd >= 0 ? longerNameStart(words, text, tokens, index - 1) : -1;
      if (first >= 0)
        found.push({
          start: tokenAt(tokens, first)?.start ?? name.start,
          end: tokenAt(tokens, numberEnd)?.end ?? street.end,
          type: 'ADDRESS',
          confidence: 0.88,
        });
      continue;
    }
    if (numberEnd >= 0) {
      found.push({
        start: name.start,
        end: tokenAt(tokens, numberEnd)?.end ?? street.end,
        type: 'ADDRESS',
        confidence: 0.88,
      });
      continue;
    }
    // "bor i dronningens gate": without a number, only after a verb of living.
    if (livingWords.has(lowerAt(tokens, index - 3)) && name.lower.endsWith('s'))
      found.push({ start: name.start, end: street.end, type: 'ADDRESS', confidence: 0.84 });
  }
  recognizeSuffixedStreets(words, text, tokens, found);
  recognizeStreetsBeforePostalCodes(words, text, tokens, out, found);
  for (const candidate of found) out.push(candidate);
  extendSpokenHundreds(tokens, out);
}

/**
 * "ringveien hundre og tolv": an address that ends in "hundre" grows over "og" and a number
 * below a hundred, so the whole house number is replaced.
 */
function extendSpokenHundreds(tokens: readonly Token[], out: Candidate[]): void {
  for (let position = 0; position < out.length; position++) {
    const candidate = out[position];
    if (candidate === undefined || candidate.type !== 'ADDRESS') continue;
    const index = tokenIndexEndingAt(tokens, candidate.end);
    if (index < 0 || lowerAt(tokens, index) !== 'hundre') continue;
    const rest = tokenAt(tokens, index + 2);
    if (lowerAt(tokens, index + 1) !== 'og' || rest === undefined) continue;
    if ((cardinalOf(rest) ?? 100) >= 100) continue;
    out[position] = { ...candidate, end: rest.end };
  }
}

/**
 * A lower-case street name: a genitive ("tordenskiolds", "dronningens"), a place ("bygdøy") or
 * a word no list knows — never a function word, a drug or a plain dictionary word.
 */
function isStreetName(words: TokenAnalysis, token: Token): boolean {
  if (token.kind !== 'word' || token.capitalised || token.allCaps) return false;
  if (token.text.length < 4 || nynorskFunctionWords.has(token.lower)) return false;
  if (!/^\p{L}+$/u.test(token.text)) return false;
  const analysis = words.analyseToken(token);
  if (analysis.nonIdentifying || analysis.term || analysis.region) return false;
  if (analysis.place || analysis.surname || analysis.firstName) return true;
  if (token.lower.endsWith('s') && token.lower.length >= 6) return true;
  return !analysis.common && !analysis.entry;
}

/** "hundre", "tohundre": a house number of hundreds said as one word. */
const hundredsWord = /^(?:en|et|ett|to|tre|fire|fem|seks|sju|syv|åtte|ni)?hundre$/u;

/**
 * The index of the last token of a house number starting at `index` — digits or one number
 * word from 1 to 999, and a house letter — or -1. "… tre år" is a duration, not a number.
 */
function houseNumberEnd(text: string, tokens: readonly Token[], index: number): number {
  const number = tokenAt(tokens, index);
  if (number === undefined) return -1;
  const previous = tokenAt(tokens, index - 1);
  if (previous === undefined || !isSpaceBetween(text, previous.end, number.start)) return -1;
  const hundreds = hundredsWord.test(number.lower);
  const isNumber =
    (number.kind === 'number' && number.text.length <= 4) ||
    (number.kind === 'word' &&
      (hundreds || ((cardinalOf(number) ?? 0) >= 1 && (cardinalOf(number) ?? 0) < 1000)));
  if (!isNumber) return -1;
  let last = index;
  // "hundre og tolv": a hundred and a number below a hundred is one house number.
  const rest = tokenAt(tokens, index + 2);
  if (
    hundreds &&
    lowerAt(tokens, index + 1) === 'og' &&
    rest !== undefined &&
    (cardinalOf(rest) ?? 100) < 100
  )
    last = index + 2;
  const next = tokenAt(tokens, last + 1);
  if (next !== undefined && quantityWords.has(next.lower)) return -1;
  if (
    next !== undefined &&
    next.kind === 'word' &&
    houseLetters.test(next.lower) &&
    isSpaceBetween(text, tokenAt(tokens, last)?.end ?? number.end, next.start)
  ) {
    const after = tokenAt(tokens, last + 2);
    if (after === undefined || after.kind === 'punct') return last + 1;
  }
  return last;
}

/**
 * "heiane tjueen, fire tre null fem sandnes", "Heiane 21, 4305": a name and a house number
 * right before a detected postal code (and a comma) are the street address.
 */
function recognizeStreetsBeforePostalCodes(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  candidates: readonly Candidate[],
  out: Candidate[],
): void {
  for (const code of candidates) {
    if (code.type !== 'POSTAL_CODE') continue;
    let index = tokenIndexStartingAt(tokens, code.start);
    if (index < 0) continue;
    if (textAt(tokens, index - 1) === ',') index--;
    // A house number (and letter) ending right before, then the name.
    let numberIndex = index - 1;
    const letter = tokenAt(tokens, numberIndex);
    if (letter !== undefined && letter.kind === 'word' && houseLetters.test(letter.lower))
      numberIndex--;
    const numberToken = tokenAt(tokens, numberIndex);
    if (numberToken === undefined) continue;
    const nameIndex = numberIndex - 1;
    const name = tokenAt(tokens, nameIndex);
    if (name === undefined || name.kind !== 'word') continue;
    if (houseNumberEnd(text, tokens, numberIndex) < 0) continue;
    const analysis = words.analyseToken(name);
    if (analysis.nonIdentifying || analysis.term || nynorskFunctionWords.has(name.lower)) continue;
    if (name.text.length < 4 || (analysis.common && !analysis.place && !analysis.surname)) continue;
    out.push({
      start: name.start,
      end: tokenAt(tokens, index - 1)?.end ?? numberToken.end,
      type: 'ADDRESS',
      confidence: 0.86,
    });
  }
}

/** Endings of street names written as one word: "lerkeveien", "skolebakken", "granlia". */
const streetEnding =
  /^\p{L}{3,}(?:veien|vegen|gata|gaten|stien|stigen|bakken|lia|svingen|åsen|tunet|jordet|brynet|kroken|løkka|plassen|haugen|kollen|toppen|tråkket|vika|sletta|ringen|tunet|lunden|stølen|engen)$/u;

/** Endings that make a word a street and nothing else: "tollbodgata", "granittveien". */
const strongStreetEnding = /^\p{L}{3,}(?:veien|vegen|gata|gaten|stien|stigen|svingen)$/u;

/** Words before "er" when the street and its number that follow are the address. */
const addressAnswerLeads = new Set(['det', 'adressen', 'adressa', 'adresse']);

/** "nummer", "nr", "nr." between a street and its house number. */
function numberWordEnd(tokens: readonly Token[], index: number): number {
  const word = tokenAt(tokens, index);
  if (word === undefined) return -1;
  if (word.lower === 'nummer') return index;
  if (word.lower !== 'nr') return -1;
  return textAt(tokens, index + 1) === '.' ? index + 1 : index;
}

/**
 * "lerkeveien nummer nitten", "i skolebakken sju, det gule huset": a lower-case word with a
 * street ending and a house number said as a word — after "nummer" anywhere, or right after
 * "i"/"på" when the number ends the phrase. "i bakken sju ganger" is a count, not a number.
 */
function recognizeSuffixedStreets(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 0; index + 1 < tokens.length; index++) {
    const street = tokenAt(tokens, index);
    if (street === undefined || street.kind !== 'word' || street.capitalised) continue;
    if (!streetEnding.test(street.lower)) continue;
    const analysis = words.analyseToken(street);
    if (analysis.nonIdentifying || analysis.term) continue;
    const numberWord = numberWordEnd(tokens, index + 1);
    if (numberWord >= 0) {
      const end = houseNumberEnd(text, tokens, numberWord + 1);
      if (end >= 0)
        out.push({
          start: street.start,
          end: tokenAt(tokens, end)?.end ?? street.end,
          type: 'ADDRESS',
          confidence: 0.87,
        });
      continue;
    }
    const cue = tokenAt(tokens, index - 1);
    if (cue === undefined) continue;
    // "det er bjørkelunden elleve", "adressen er storgata hundre og tolv": the answer to a question
    // about the address names the street after "er".
    const answersAddress = cue.lower === 'er' && addressAnswerLeads.has(lowerAt(tokens, index - 2));
    if (!(cue.lower === 'i' || cue.lower === 'på' || answersAddress)) continue;
    const number = tokenAt(tokens, index + 1);
    if (number === undefined) continue;
    // "bor i tollbodgata, rett ved havna": a street word no dictionary holds, after a verb of
    // living and before the end of the phrase, is the address without its number.
    if (
      number.kind === 'punct' &&
      strongStreetEnding.test(street.lower) &&
      !analysis.common &&
      livingWords.has(lowerAt(tokens, index - 2))
    ) {
      out.push({ start: street.start, end: street.end, type: 'ADDRESS', confidence: 0.84 });
      continue;
    }
    if (number.kind !== 'word') continue;
    const end = houseNumberEnd(text, tokens, index + 1);
    if (end < 0) continue;
    const after = tokenAt(tokens, end + 1);
    if (after !== undefined && after.kind !== 'punct') continue;
    out.push({
      start: street.start,
      end: tokenAt(tokens, end)?.end ?? street.end,
      type: 'ADDRESS',
      confidence: 0.85,
    });
  }
}

/** Words that open a street's name before the name proper: "øvre ullern", "st. olavs". */
const streetNameLeads = new Set([
  'øvre',
  'nedre',
  'vestre',
  'østre',
  'søndre',
  'nordre',
  'sankt',
  'st',
  'kong',
  'dronning',
]);

/**
 * The first token of a street name of two or three words ending at `lastIndex` ("olav kyrres",
 * "sankt hanshaugen", "st. olavs"), right after a street cue; -1 when there is none.
 */
function longerNameStart(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  lastIndex: number,
): number {
  let first = lastIndex;
  for (let back = lastIndex - 1; back >= 0 && lastIndex - back <= 3; back--) {
    const part = tokenAt(tokens, back);
    const next = tokenAt(tokens, back + 1);
    if (part === undefined || next === undefined) return -1;
    if (part.text === '.' && lowerAt(tokens, back - 1) === 'st') continue;
    if (streetCues.has(part.lower)) return first < lastIndex ? first : -1;
    if (part.kind !== 'word' || part.capitalised || part.allCaps) return -1;
    if (!isSpaceBetween(text, part.end, next.start) && next.text !== '.') return -1;
    if (!streetNameLeads.has(part.lower) && !isStreetName(words, part)) return -1;
    first = back;
  }
  return -1;
}
