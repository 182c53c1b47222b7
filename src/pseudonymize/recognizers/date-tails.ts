import type { Candidate } from '../types.js';

/** Month names and their abbreviations, as a regular-expression alternation. */
const month =
  '(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|des)';

/**
 * Dates the day-and-month recognizer leaves partly uncovered, so a part of the date would reach a
 * model: a month with a clipped year ("mars -24", "mai '23"), an abbreviated month with its dot
 * and year ("jan. 2024"), a month and a year in digits ("03.2021"), a range of days ("fra 1. til 14.
 * mars"), a numbered holiday ("2. påskedag", "1. juledag") and the year after a
 * calendar week ("uke 12 2023"). Each span covers the whole date, above the shorter guesses inside.
 */
export function recognizeDateTails(text: string): Candidate[] {
  const out: Candidate[] = [];
  // Every pattern below holds a digit: a text without one is skipped before any scan.
  if (!asciiDigit.test(text)) return out;
  const push = (start: number, end: number, confidence: number): void => {
    out.push({ start, end, type: 'DATE', confidence });
  };
  for (const match of text.matchAll(clippedYear))
    push(match.index, match.index + match[0].length, 0.92);
  for (const match of text.matchAll(abbreviatedMonthYear))
    push(match.index, match.index + match[0].length, 0.92);
  for (const match of text.matchAll(monthYearDigits))
    push(match.index, match.index + match[0].length, 0.9);
  // The whole range as one date, so no day is shifted apart from its month.
  for (const match of text.matchAll(rangeStart))
    push(match.index, match.index + match[0].length, 0.92);
  for (const match of text.matchAll(numberedHoliday))
    push(match.index, match.index + match[0].length, 0.9);
  for (const match of text.matchAll(weekAndYear))
    push(match.index, match.index + match[0].length, 0.9);
  return out;
}

const asciiDigit = /\d/u;

/** "mars -24", "mai '23", "desember-19": a month and a year cut to two digits. */
const clippedYear = new RegExp(
  `(?<![\\p{L}\\d])${month}\\.? ?(?:-|'|’)\\d{2}(?![\\p{L}\\d])`,
  'giu',
);
/** "jan. 2024", "sept. 1998": an abbreviated month, its dot and a full year. */
const abbreviatedMonthYear = new RegExp(
  `(?<![\\p{L}\\d])${month}\\. (?:19|20)\\d{2}(?![\\p{L}\\d])`,
  'giu',
);
/** "03.2021", "11/2019": a two-digit month and a full year in digits, no measure after it. */
const monthYearDigits =
  /(?<![\p{L}\d.,/])(?:0[1-9]|1[0-2])[./](?:19|20)\d{2}(?![\p{L}\d]|[.,/]\d| ?(?:mg|g|ml|mmol|µg|mcg|ie|e)\b)/gu;
/** "fra 1. til 14. mars", "1.–3. juni": a range of days before its month. */
const rangeStart = new RegExp(
  `(?<![\\p{L}\\d.])(?:[12]\\d|3[01]|0?[1-9])\\. ?(?:til|–|-|og) ?(?:[12]\\d|3[01]|0?[1-9])\\. ${month}(?![\\p{L}])`,
  'giu',
);
/** "2. påskedag", "1. juledag", "2. pinsedag": a numbered holiday. */
const numberedHoliday =
  /(?<![\p{L}\d.])[1-3]\. (?:påskedag|pinsedag|juledag|nyttårsdag)(?![\p{L}])/giu;
/** "uke 12 2023", "veke 7 2024": a calendar week and its year. */
const weekAndYear =
  /(?<![\p{L}\d])(?:uke|veke) (?:[1-9]|[1-4]\d|5[0-3]),? (?:19|20)\d{2}(?![\p{L}\d])/giu;
