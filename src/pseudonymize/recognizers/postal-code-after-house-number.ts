import { textAt, tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import type { TokenAnalysis } from './token-analysis.js';

/**
 * "Vikaveien 40 5700 Voss", "Storgata 4 0155 OSLO": a street address written without a comma
 * before its postal code. The house number and the code stand side by side, so the postal-code
 * recognizer, which will not read a code straight after another number, leaves the code out; here
 * a four-digit number right after a found address counts when the register's post office for that
 * code follows it (in any case), and the post office is marked as the place.
 */
export function recognizePostalCodesAfterHouseNumbers(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  const addresses: Candidate[] = [];
  for (const candidate of out) if (candidate.type === 'ADDRESS') addresses.push(candidate);
  // Most texts name no address: the token index below is built only for those that do.
  if (addresses.length === 0) return;
  const tokenStartingAfter = new Map<number, number>();
  for (let index = 1; index < tokens.length; index++) {
    const previous = tokenAt(tokens, index - 1);
    if (previous !== undefined) tokenStartingAfter.set(previous.end, index);
  }
  for (const address of addresses) {
    const spoken = spokenCodeAfterComma(tokens, tokenStartingAfter.get(address.end));
    if (spoken !== undefined) out.push(spoken);
    const typed = typedCodeAfterComma(words, tokens, tokenStartingAfter.get(address.end));
    if (typed !== undefined) out.push(typed);
    const index = tokenStartingAfter.get(address.end);
    const code = index === undefined ? undefined : tokenAt(tokens, index);
    if (index === undefined || code === undefined || code.kind !== 'number') continue;
    if (!/^\d{4}$/u.test(code.text) || !isSpaceBetween(text, address.end, code.start)) continue;
    const office = words.lexicon.postalCodes.get(code.text);
    const place = tokenAt(tokens, index + 1);
    if (office === undefined || place === undefined || place.kind !== 'word') continue;
    if (!isSpaceBetween(text, code.end, place.start)) continue;
    const officeWords = office.split(' ');
    const last = tokenAt(tokens, index + officeWords.length);
    const matches = officeWords.every(
      (word, offset) => tokenAt(tokens, index + 1 + offset)?.lower === word,
    );
    if (!matches || last === undefined) continue;
    out.push({ start: code.start, end: code.end, type: 'POSTAL_CODE', confidence: 0.95 });
    out.push({ start: place.start, end: last.end, type: 'LOCATION', confidence: 0.9 });
  }
}

/** Digits said one by one: "tre fire fire to". */
const digitWords = new Set([
  'null',
  'en',
  'ein',
  'éin',
  'to',
  'tre',
  'fire',
  'fem',
  'seks',
  'sju',
  'syv',
  'åtte',
  'ni',
]);

/**
 * "adressa er furulia sju, tre fire fire to.": after a found address and a comma, four digits
 * said one by one that end the phrase are its postal code, with or without the post office.
 */
function spokenCodeAfterComma(
  tokens: readonly Token[],
  commaIndex: number | undefined,
): Candidate | undefined {
  if (commaIndex === undefined || textAt(tokens, commaIndex) !== ',') return undefined;
  const first = tokenAt(tokens, commaIndex + 1);
  const last = tokenAt(tokens, commaIndex + 4);
  if (first === undefined || last === undefined) return undefined;
  for (let offset = 1; offset <= 4; offset++) {
    const digit = tokenAt(tokens, commaIndex + offset);
    if (digit === undefined || digit.kind !== 'word' || !digitWords.has(digit.lower))
      return undefined;
  }
  const after = tokenAt(tokens, commaIndex + 5);
  if (after !== undefined && after.kind === 'word' && digitWords.has(after.lower)) return undefined;
  return { start: first.start, end: last.end, type: 'POSTAL_CODE', confidence: 0.85 };
}

/**
 * "Ny adresse: Kirkeveien 3 B, 1440.": after a found address and a comma, a four-digit number in
 * the postal register that ends the phrase is its postal code, also without the post office.
 */
function typedCodeAfterComma(
  words: TokenAnalysis,
  tokens: readonly Token[],
  commaIndex: number | undefined,
): Candidate | undefined {
  if (commaIndex === undefined || textAt(tokens, commaIndex) !== ',') return undefined;
  const code = tokenAt(tokens, commaIndex + 1);
  if (code === undefined || code.kind !== 'number' || !/^\d{4}$/u.test(code.text)) return undefined;
  if (words.lexicon.postalCodes.get(code.text) === undefined) return undefined;
  const after = tokenAt(tokens, commaIndex + 2);
  if (after !== undefined && after.kind !== 'punct') return undefined;
  return { start: code.start, end: code.end, type: 'POSTAL_CODE', confidence: 0.85 };
}
