import { lowerAt, textAt, tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
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
  const contextPostal = isAfterPostalWord(tokens, index);
  const nextIsLabel = textAt(tokens, index + 2) === ':';
  if (
    next !== undefined &&
    next.kind === 'word' &&
    // "4632 kristiansand": in lower case (speech-to-text) only the register's own post office.
    (next.capitalised ||
      next.allCaps ||
      (office !== undefined && office.split(' ')[0] === next.lower) ||
      // "Postboks 123, 7001 trondheim": a code the register lacks (a box code), after a comma,
      // before a listed place in lower case.
      (office === undefined &&
        previous?.text === ',' &&
        /^\d{4}$/u.test(token.text) &&
        followsStreetAndNumber(tokens, index - 1) &&
        words.lexicon.places.has(next.lower))) &&
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
  else if (
    office !== undefined &&
    !isYearLike(token.text) &&
    namesOfficeNearby(text, tokens, index, office)
  )
    out.push({ start: token.start, end: token.end, type: 'POSTAL_CODE', confidence: 0.85 });
}

/**
 * "Myrveien 9,", "Postboks 123,", "Lien 22 B,": a word of four letters or more, a number and
 * perhaps a house letter right before the comma at `commaIndex`.
 */
function followsStreetAndNumber(tokens: readonly Token[], commaIndex: number): boolean {
  let back = commaIndex - 1;
  if (/^\p{Lu}$/u.test(textAt(tokens, back))) back--;
  if (tokenAt(tokens, back)?.kind !== 'number') return false;
  const street = tokenAt(tokens, back - 1);
  return street !== undefined && street.kind === 'word' && street.text.length >= 4;
}

/** Words naming the postal code, written and said: "postnummer", "postnummeret", "postnr". */
const postalWords = new Set(['postnummer', 'postnummeret', 'postnr', 'postnumre']);

/** Words allowed between the postal word and the code: "postnummeret er 7030", "Postnr.: 7030". */
const postalLinks = new Set([':', '.', 'er', 'var', 'e']);

/** "postnummer 7030", "postnummeret er 7030", "Postnr.: 7030". */
function isAfterPostalWord(tokens: readonly Token[], index: number): boolean {
  for (let back = index - 1; back >= index - 3 && back >= 0; back--) {
    const lower = tokenAt(tokens, back)?.lower ?? '';
    if (postalWords.has(lower)) return true;
    if (!postalLinks.has(lower)) return false;
  }
  return false;
}

/** A year of the last or this century: "i 2000 flyttet vi" is no postal code. */
function isYearLike(digits: string): boolean {
  const value = Number(digits);
  return value >= 1900 && value <= 2100;
}

/** Words a postal code said alone follows: "det er 7550", "nummeret var 1337". */
const codeLeads = new Set(['er', 'var', 'e', 'blir']);

/**
 * What a code said alone is said of: "det er 7550", "nummeret er 1337", "postnummeret mitt er
 * 1530" — never a lab name ("CK var 1530", "kreatinin var 1530").
 */
const codeSubjects = new Set([
  'det',
  'dette',
  'den',
  'nummeret',
  'koden',
  'nummer',
  'nr',
  'postnummer',
  'postnummeret',
  'postnr',
]);

/** Owners between the subject and its verb: "postnummeret mitt er 1530". */
const subjectOwners = new Set(['min', 'mitt', 'hans', 'hennes', 'vårt', 'vår', 'deres']);

/** Words said while thinking between the office and its code: "Sandvika, eh, 1337". */
const fillers = new Set(['eh', 'ehm', 'øh', 'altså', 'ja']);

/** How many tokens either way the code's own post office may stand: "bor på hommelvik, det er 7550". */
const officeWindow = 6;

/** What may stand between an office and its code right beside it: "Moss, 1530", "Moss; eh, 1530". */
const besideOffice = new RegExp(`^[ \\t,;]*(?:(?:${[...fillers].join('|')})[ \\t,;]+)*$`, 'iu');

/**
 * "jeg bor på hommelvik, det er 7550", "det er 1337, i sandvika", "Moss, 1530": a four-digit
 * number whose post office in the register is named near it is that place's postal code. Both
 * pieces of evidence must agree: the number is in the register and its own post office (every word
 * of it) stands near it; and the number is said as a code — after "det er", "nummeret er" or
 * "postnummeret mitt er" without a line break from the office ("Moss. Det er 1530."), or right
 * beside the office with at most a comma, a semicolon or a filler between ("Sandvika, eh, 1337").
 * A lab value after its name ("CK var 1530") or after a field label is no code.
 */
function namesOfficeNearby(
  text: string,
  tokens: readonly Token[],
  index: number,
  office: string,
): boolean {
  const officeWords = office.split(' ');
  const first = officeWords[0];
  const code = tokenAt(tokens, index);
  if (first === undefined || code === undefined) return false;
  // The code stands alone as what is said: "det er 7550.", "7550, i sandvika" — not "1337 kroner".
  const before = tokenAt(tokens, index - 1);
  const after = tokenAt(tokens, index + 1);
  if (
    before !== undefined &&
    before.kind !== 'punct' &&
    !codeLeads.has(before.lower) &&
    !fillers.has(before.lower)
  )
    return false;
  if (after !== undefined && after.kind !== 'punct' && after.lower !== first) return false;
  const subjectIndex = subjectOwners.has(lowerAt(tokens, index - 2)) ? index - 3 : index - 2;
  const saidAsCode =
    before !== undefined &&
    codeLeads.has(before.lower) &&
    codeSubjects.has(lowerAt(tokens, subjectIndex));
  for (let offset = -officeWindow; offset <= officeWindow; offset++) {
    const candidate = tokenAt(tokens, index + offset);
    if (offset === 0 || candidate === undefined || candidate.lower !== first) continue;
    if (!officeWords.every((word, part) => tokenAt(tokens, index + offset + part)?.lower === word))
      continue;
    const officeEnd = tokenAt(tokens, index + offset + officeWords.length - 1);
    if (officeEnd === undefined) continue;
    const between =
      offset < 0 ? text.slice(officeEnd.end, code.start) : text.slice(code.end, candidate.start);
    if (saidAsCode ? !between.includes('\n') : besideOffice.test(between)) return true;
  }
  return false;
}
