import {
  monthAbbreviations,
  monthNamePattern,
  monthNames,
  parseCardinalWord,
  parseOrdinalWord,
  toOrdinalWord,
  weekdayNamePattern,
  weekdayNames,
} from '../language/index.js';

/**
 * Parsing and writing dates in the forms Norwegian clinicians and speech-to-text use, so a date
 * can be shifted by the consultation's offset (pseudonymization) and back (re-identification)
 * while keeping the way it was written.
 */

export { monthAbbreviations, monthNames, weekdayNames };

function buildOrdinalAlternation(): string {
  const words = new Set<string>();
  for (let day = 1; day <= 31; day++) words.add(toOrdinalWord(day));
  for (const extra of [
    'syvende',
    'tyvende',
    'tjuesyvende',
    'tyveførste',
    'tyveandre',
    'annen',
    'tredevte',
  ])
    words.add(extra);
  return [...words].sort((left, right) => right.length - left.length).join('|');
}

const weekday = `(?:${weekdayNamePattern})(?:en)?`;
// Longest abbreviation first, so "sept" wins over "sep".
const monthAbbreviationPattern = Object.keys(monthAbbreviations)
  .sort((left, right) => right.length - left.length)
  .join('|');
const monthWord = `(?:${monthNamePattern}|(?:${monthAbbreviationPattern})\\.?)`;
const ordinal = `(?:${buildOrdinalAlternation()})`;
const weekdayWordPattern = new RegExp(`^${weekday}$`, 'iu');

/**
 * Textual dates, all with bounded or single-class quantifiers (no catastrophic backtracking):
 * "mandag tiende november", "22. mai 1980", "den 4. mars", "August 2019", "søndag den sjuende".
 */
export const textualDatePattern = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:${weekday})\\s{1,3})?(?:den\\s{1,3})?(?:${ordinal}|\\d{1,2}\\.?)\\s{1,3}(?:i\\s{1,3})?${monthWord}(?:\\s{1,3}\\d{4}(?!\\d))?(?![\\p{L}])` +
    `|(?<![\\p{L}\\d])(?:${monthNamePattern})\\s{1,3}\\d{4}(?!\\d)` +
    `|(?<![\\p{L}])${weekday}\\s{1,3}den\\s{1,3}(?:${ordinal}|\\d{1,2}\\.?)(?![\\p{L}\\d])`,
  'giu',
);

/** Numeric dates: 22.05.1980, 22.5.80, 2025-10-20, 4/3-24, 12/10/2024, 4/3, 14.02. */
export const numericDatePattern =
  /(?<![\d.,/])\d{4}-\d{2}-\d{2}(?!\d)|(?<![\d.,/])\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?!\d|\.\d)|(?<![\d.,/])\d{1,2}\/\d{1,2}(?:[-/.](?:\d{4}|\d{2}))?(?![\d/])|(?<![\d.,/])\d{1,2}\.\d{2}(?![\d]|\.\d)/gu;

/** A date as written: what it says, and how it was written. */
export interface ParsedDate {
  readonly day?: number;
  readonly month?: number;
  readonly year?: number;
  /** ISO week number ("uke 9"). */
  readonly week?: number;
  readonly style: DateStyle;
}

export type DateStyle =
  | { readonly kind: 'iso' }
  | {
      readonly kind: 'dotted';
      readonly padDay: boolean;
      readonly padMonth: boolean;
      readonly yearDigits: 0 | 2 | 4;
    }
  | { readonly kind: 'slashed'; readonly yearSeparator: string; readonly yearDigits: 0 | 2 | 4 }
  | {
      readonly kind: 'words';
      readonly weekday: boolean;
      /** The weekday as written; kept when the year is unknown (offsets are whole weeks). */
      readonly weekdayWord?: string;
      readonly den: boolean;
      readonly dayAsWord: boolean;
      readonly capitalised: boolean;
      readonly monthAbbreviated: boolean;
    }
  | { readonly kind: 'year' }
  | { readonly kind: 'month'; readonly capitalised: boolean }
  | { readonly kind: 'week'; readonly capitalised: boolean }
  | { readonly kind: 'monthYear'; readonly capitalised: boolean };

function daysIn(month: number, year: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isValidDay(day: number, month: number, year: number | undefined): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(month, year ?? 2024);
}

function expandYear(twoDigits: number): number {
  return twoDigits >= 40 ? 1900 + twoDigits : 2000 + twoDigits;
}

function parseMonthWord(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/\.$/u, '');
  const index = (monthNames as readonly string[]).indexOf(lower);
  return index >= 0 ? index + 1 : monthAbbreviations[lower];
}

const spokenYearPattern = /^(nitten|tjue)(?:hundre(?:og)?)?([a-zæøå]{3,12})$/u;

/** A year said as words: "tjuefemten" (2015), "tjuetjuetre" (2023), "nittenåttifem" (1985). */
export function parseSpokenYear(lower: string): number | undefined {
  // Called for every word: only "n…" and "t…" words of seven letters or more can match.
  const first = lower.charCodeAt(0);
  if (lower.length < 7 || (first !== 110 && first !== 116)) return undefined;
  const match = spokenYearPattern.exec(lower);
  if (match === null) return undefined;
  const rest = parseCardinalWord(match[2] ?? '');
  if (rest === undefined || rest < 10) return undefined;
  return (match[1] === 'nitten' ? 1900 : 2000) + rest;
}

/** Whether a day or month number was written zero-padded; undefined when it cannot tell ("15"). */
function paddingOf(digits: string): boolean | undefined {
  if (digits.length === 1) return false;
  return digits.startsWith('0') ? true : undefined;
}

/** Parses a date string found by the patterns above; undefined when it is not a real date. */
export function parseDate(text: string): ParsedDate | undefined {
  const trimmed = text.trim();
  const week = /^(uke|Uke|UKE)\s{1,3}(\d{1,2})$/u.exec(trimmed);
  if (week !== null) {
    const number = Number(week[2]);
    return number >= 1 && number <= 53
      ? { week: number, style: { kind: 'week', capitalised: (week[1] ?? '').startsWith('U') } }
      : undefined;
  }
  if (/^\p{L}+$/u.test(trimmed)) {
    const lower = trimmed.toLowerCase();
    const spokenYear = parseSpokenYear(lower);
    if (spokenYear !== undefined) return { year: spokenYear, style: { kind: 'year' } };
    const monthIndex = (monthNames as readonly string[]).indexOf(lower);
    if (monthIndex >= 0)
      return { month: monthIndex + 1, style: { kind: 'month', capitalised: trimmed !== lower } };
    return undefined;
  }
  let match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(trimmed);
  if (match !== null) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    return isValidDay(day, month, year) ? { day, month, year, style: { kind: 'iso' } } : undefined;
  }
  match = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{4}|\d{2}))?$/u.exec(trimmed);
  if (match !== null) {
    const day = Number(match[1]);
    const month = Number(match[2]);
    const yearText = match[3];
    const year =
      yearText === undefined
        ? undefined
        : yearText.length === 2
          ? expandYear(Number(yearText))
          : Number(yearText);
    if (!isValidDay(day, month, year)) return undefined;
    // "05" is padded and "5" is not; "15" could be either, so it follows the other number
    // ("1.1.23" shifted to "15.1.23" must come back as "1.1.23", not "01.1.23").
    const dayPadded = paddingOf(match[1] ?? '');
    const monthPadded = paddingOf(match[2] ?? '');
    const style: DateStyle = {
      kind: 'dotted',
      padDay: dayPadded ?? monthPadded ?? true,
      padMonth: monthPadded ?? dayPadded ?? true,
      yearDigits: yearText === undefined ? 0 : yearText.length === 2 ? 2 : 4,
    };
    return year === undefined ? { day, month, style } : { day, month, year, style };
  }
  match = /^(\d{1,2})\/(\d{1,2})(?:([-/.])(\d{4}|\d{2}))?$/u.exec(trimmed);
  if (match !== null) {
    const day = Number(match[1]);
    const month = Number(match[2]);
    const yearText = match[4];
    const year =
      yearText === undefined
        ? undefined
        : yearText.length === 2
          ? expandYear(Number(yearText))
          : Number(yearText);
    if (!isValidDay(day, month, year)) return undefined;
    const style: DateStyle = {
      kind: 'slashed',
      yearSeparator: match[3] ?? '-',
      yearDigits: yearText === undefined ? 0 : yearText.length === 2 ? 2 : 4,
    };
    return year === undefined ? { day, month, style } : { day, month, year, style };
  }
  match = /^(\d{4})$/u.exec(trimmed);
  if (match !== null) return { year: Number(match[1]), style: { kind: 'year' } };
  const words = trimmed.split(/\s+/u);
  if (words.length === 2 && /^\d{4}$/u.test(words[1] ?? '')) {
    const month = parseMonthWord(words[0] ?? '');
    if (month !== undefined && (words[0] ?? '').length > 4) {
      const first = (words[0] ?? '').charAt(0);
      return {
        month,
        year: Number(words[1]),
        style: { kind: 'monthYear', capitalised: first !== first.toLowerCase() },
      };
    }
  }
  let index = 0;
  let hasWeekday = false;
  let hasDen = false;
  const first = trimmed.charAt(0);
  const capitalised = first !== first.toLowerCase();
  let weekdayWord: string | undefined;
  if (weekdayWordPattern.test(words[index] ?? '')) {
    hasWeekday = true;
    weekdayWord = (words[index] ?? '').toLowerCase();
    index++;
  }
  if ((words[index] ?? '').toLowerCase() === 'den') {
    hasDen = true;
    index++;
  }
  const dayWord = (words[index] ?? '').toLowerCase();
  index++;
  let day: number | undefined;
  let dayAsWord = false;
  if (/^\d{1,2}\.?$/u.test(dayWord)) day = Number(dayWord.replace('.', ''));
  else {
    day = parseOrdinalWord(dayWord);
    dayAsWord = true;
  }
  if (day === undefined) return undefined;
  if ((words[index] ?? '').toLowerCase() === 'i') index++;
  const monthText = words[index];
  const style: DateStyle = {
    kind: 'words',
    weekday: hasWeekday,
    ...(weekdayWord === undefined ? {} : { weekdayWord }),
    den: hasDen,
    dayAsWord,
    capitalised,
    monthAbbreviated:
      monthText !== undefined &&
      monthText.replace('.', '').length <= 4 &&
      parseMonthWord(monthText) !== undefined &&
      !['mars', 'april', 'juni', 'juli'].includes(monthText.toLowerCase()) &&
      monthText.toLowerCase() !== 'mai',
  };
  if (monthText === undefined) {
    // "søndag den sjuende": a day of an unnamed month.
    return day >= 1 && day <= 31 ? { day, style } : undefined;
  }
  const month = parseMonthWord(monthText);
  if (month === undefined) return undefined;
  index++;
  const yearText = words[index];
  const year = yearText !== undefined && /^\d{4}$/u.test(yearText) ? Number(yearText) : undefined;
  if (!isValidDay(day, month, year)) return undefined;
  return year === undefined ? { day, month, style } : { day, month, year, style };
}

function capitalise(text: string, yes: boolean): string {
  return yes ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** Writes a date in a given style. Missing parts fall back to what the style can show. */
export function formatDate(
  date: { day?: number; month?: number; year?: number; week?: number },
  style: DateStyle,
): string {
  const day = date.day ?? 1;
  const month = date.month ?? 1;
  const year = date.year;
  switch (style.kind) {
    case 'iso':
      return `${year ?? 2000}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    case 'dotted': {
      const dayText = style.padDay ? String(day).padStart(2, '0') : String(day);
      const monthText = style.padMonth ? String(month).padStart(2, '0') : String(month);
      if (style.yearDigits === 0 || year === undefined) return `${dayText}.${monthText}`;
      return `${dayText}.${monthText}.${style.yearDigits === 2 ? String(year % 100).padStart(2, '0') : String(year)}`;
    }
    case 'slashed':
      if (style.yearDigits === 0 || year === undefined) return `${day}/${month}`;
      return `${day}/${month}${style.yearSeparator}${style.yearDigits === 2 ? String(year % 100).padStart(2, '0') : String(year)}`;
    case 'year':
      return String(year ?? 2000);
    case 'month':
      return capitalise(monthNames[month - 1] ?? 'januar', style.capitalised);
    case 'week':
      return `${style.capitalised ? 'Uke' : 'uke'} ${(date as { week?: number }).week ?? 1}`;
    case 'monthYear':
      return `${capitalise(monthNames[month - 1] ?? 'januar', style.capitalised)} ${year ?? 2000}`;
    case 'words': {
      const parts: string[] = [];
      if (style.weekday && year !== undefined && date.month !== undefined) {
        parts.push(weekdayNames[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? '');
      } else if (style.weekday && style.weekdayWord !== undefined) {
        parts.push(style.weekdayWord);
      }
      if (style.den) parts.push('den');
      parts.push(style.dayAsWord ? toOrdinalWord(day) : `${day}.`);
      if (date.month !== undefined) {
        const name = monthNames[month - 1] ?? 'januar';
        parts.push(style.monthAbbreviated ? `${name.slice(0, 3)}.` : name);
      }
      if (year !== undefined && date.month !== undefined) parts.push(String(year));
      return capitalise(parts.join(' '), style.capitalised);
    }
  }
}

/** Days since 1970-01-01 (UTC) for a full date. */
export function toEpochDay(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** The calendar date of an epoch day. */
export function fromEpochDay(epochDay: number): { year: number; month: number; day: number } {
  const date = new Date(epochDay * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Rounds half away from zero, so shifting by `-days` undoes shifting by `days` exactly. */
function roundSymmetric(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value));
}

/**
 * `value` moved by `by` on the cycle 1…`size` (both directions). A move by whole laps would leave
 * the value as it was, so it moves by one step instead (still undone by the opposite move).
 */
function onCycle(value: number, by: number, size: number): number {
  const step = by % size === 0 && by !== 0 ? Math.sign(by) : by;
  return ((((value - 1 + step) % size) + size) % size) + 1;
}

/** Days of the leap reference year: every day and month of any year, 29 February included. */
const cycleDays = 366;
const cycleYear = 2024;
const averageMonthDays = 365.2425 / 12;
const averageYearDays = 365.2425;

/**
 * Shifts a (possibly partial) date by whole days, so that shifting by `-days` gives back exactly
 * what was shifted — in every form, for every date — since re-identification undoes the shift of
 * pseudonymization:
 * - a full date moves on the calendar (weekdays stay true when `days` is a multiple of 7);
 * - a day and month without a year moves on the 366-day cycle of a leap year, 29 February
 *   included. It cannot move on a real calendar: the year it lands in is unknown on the way back,
 *   so a shift that crosses a 29 February (or its absence) would come back one day off;
 * - a day without a month moves on the cycle 1–31, a week number on 1–53;
 * - a month, a month and year, or a year moves by the whole number of months or years nearest to
 *   `days`.
 */
export function shiftDate(
  date: { day?: number; month?: number; year?: number; week?: number },
  days: number,
): { day?: number; month?: number; year?: number; week?: number } {
  if (date.week !== undefined) {
    return { week: onCycle(date.week, roundSymmetric(days / 7), 53) };
  }
  if (date.day === undefined && date.month !== undefined) {
    const months = roundSymmetric(days / averageMonthDays);
    if (date.year === undefined) return { month: onCycle(date.month, months, 12) };
    const index = date.year * 12 + (date.month - 1) + months;
    return { month: (index % 12) + 1, year: Math.floor(index / 12) };
  }
  if (date.month === undefined && date.day === undefined && date.year !== undefined) {
    return { year: date.year + roundSymmetric(days / averageYearDays) };
  }
  if (date.day !== undefined && date.month === undefined) {
    const day = onCycle(date.day, days, 31);
    return date.year === undefined ? { day } : { day, year: date.year };
  }
  if (date.day !== undefined && date.month !== undefined) {
    if (date.year !== undefined)
      return fromEpochDay(toEpochDay(date.year, date.month, date.day) + days);
    const first = toEpochDay(cycleYear, 1, 1);
    const index = toEpochDay(cycleYear, date.month, date.day) - first;
    const shifted = fromEpochDay(first + onCycle(index + 1, days, cycleDays) - 1);
    return { day: shifted.day, month: shifted.month };
  }
  return date;
}
