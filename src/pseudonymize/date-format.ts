import {
  isNynorskWeekday,
  monthAbbreviations,
  monthNamePattern,
  monthNames,
  nynorskWeekdayNames,
  ordinalWordValues,
  parseCardinalWord,
  parseOrdinalWord,
  toOrdinalWord,
  weekdayNamePattern,
  weekdayNames,
  weekdayWords as everyWeekdayName,
} from '../language/index.js';
import { toCaseExpandedSource } from './case-expanded-pattern.js';

/**
 * Parsing and writing dates in the forms Norwegian clinicians and speech-to-text use, so a date
 * can be shifted by the consultation's offset (pseudonymization) and back (re-identification)
 * while keeping the way it was written.
 */

export { monthAbbreviations, monthNames, weekdayNames };

function buildOrdinalAlternation(): string {
  const words = new Set<string>();
  for (let day = 1; day <= 31; day++) words.add(toOrdinalWord(day));
  // Nynorsk and other spellings of the days ("onsdag den niande", "sekstande").
  for (const [word, day] of ordinalWordValues) if (day >= 1 && day <= 31) words.add(word);
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

/** Nouns an ordinal counts after a weekday and a day number: "mandag 1. dose" is no date. */
const ordinalNounAfterDay =
  'dose|dosen|gang|gangen|dag|dagen|døgn|døgnet|uke|uka|uken|kur|kuren|syklus|behandling|postoperative|postop';

/**
 * The source of the textual dates, read case-insensitively, all with bounded or single-class
 * quantifiers (no catastrophic backtracking): "mandag tiende november", "22. mai 1980", "den 4. mars", "August 2019", "søndag den sjuende".
 */
export const textualDateSource =
  `(?<![\\p{L}\\d])(?:(?:${weekday})\\s{1,3})?(?:den\\s{1,3})?(?:${ordinal}|\\d{1,2}\\.?)\\s{1,3}(?:i\\s{1,3})?${monthWord}(?:\\s{1,3}\\d{4}(?!\\d))?(?![\\p{L}])` +
  `|(?<![\\p{L}\\d])(?:${monthNamePattern})\\s{1,3}\\d{4}(?!\\d)` +
  `|(?<![\\p{L}])${weekday}\\s{1,3}den\\s{1,3}(?:${ordinal}|\\d{1,2}\\.?)(?![\\p{L}\\d])` +
  // "tirsdag 14.": a weekday and a day number with its dot; "tirsdag 14.30" is a clock time and
  // "mandag 1. dose", "tirsdag 2. postoperative dag" an ordinal before its noun.
  `|(?<![\\p{L}])${weekday}\\s{1,3}\\d{1,2}\\.(?![\\p{L}\\d]|\\s{0,2}\\d|\\s{1,2}(?:${ordinalNounAfterDay})(?![\\p{L}]))`;

/**
 * `textualDateSource` under `/giu`, compiled without `i` (the same matches): the case closure of
 * this many letters cost ≈ 0.1 s CPU per process (case-expanded-pattern.ts).
 */
export const textualDatePattern = new RegExp(toCaseExpandedSource(textualDateSource), 'gu');

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

const spokenYearPattern = /^(nitten|tjue)(hundre(?:og)?)?([a-zæøå]{2,12})$/u;
const spokenTwoThousandPattern = /^totusen(?:(og)?([a-zæøå]{2,12}))?$/u;

/**
 * A year said as one word: "tjuefemten" (2015), "tjuetjuetre" (2023), "nittenåttifem" (1985),
 * "tjuehundreogfire" (2004), "totusenogfire" (2004), "totusen" (2000).
 */
export function parseSpokenYear(lower: string): number | undefined {
  // Called for every word: only "n…" and "t…" words of seven letters or more can match.
  const first = lower.charCodeAt(0);
  if (lower.length < 7 || (first !== 110 && first !== 116)) return undefined;
  const twoThousand = spokenTwoThousandPattern.exec(lower);
  if (twoThousand !== null) {
    if (twoThousand[2] === undefined) return 2000;
    const rest = parseCardinalWord(twoThousand[2]);
    // "totusenfire" is not said; "totusenogfire" and "totusentjue" are.
    if (rest === undefined || (rest < 10 && twoThousand[1] === undefined)) return undefined;
    return 2000 + rest;
  }
  const match = spokenYearPattern.exec(lower);
  if (match === null) return undefined;
  const rest = parseCardinalWord(match[3] ?? '');
  const withOg = match[2]?.endsWith('og') ?? false;
  if (rest === undefined || (rest < 10 && !withOg)) return undefined;
  return (match[1] === 'nitten' ? 1900 : 2000) + rest;
}

/** The words of a date as the token reader sees them (a `Token` satisfies it). */
export interface DateWord {
  readonly lower: string;
  readonly kind: 'word' | 'number' | 'punct';
}

/**
 * A year said in one or several words from `index`: "nittenåttifem", "nitten åttifem", "nitten
 * hundre og sekstini", "to tusen og fire", "totusen og ti", "tjue nitten". The index of its last
 * word and the year, or undefined.
 */
export function readSpokenYear(
  words: readonly DateWord[],
  index: number,
): { last: number; year: number } | undefined {
  const first = words[index];
  if (first?.kind !== 'word') return undefined;
  const lower = first.lower;
  const word = (at: number): string => {
    const found = words[at];
    return found?.kind === 'word' ? found.lower : '';
  };
  const cardinalAt = (at: number): number | undefined => {
    const value = parseCardinalWord(word(at));
    return value !== undefined && value < 100 ? value : undefined;
  };
  // "… og fire": the rest after "hundre"/"tusen", or nothing.
  const restAfterOg = (at: number): { last: number; value: number } | undefined => {
    if (word(at) !== 'og') return undefined;
    const value = cardinalAt(at + 1);
    return value === undefined || value === 0 ? undefined : { last: at + 1, value };
  };
  if (lower === 'nitten' || lower === 'tjue') {
    const century = lower === 'nitten' ? 1900 : 2000;
    if (word(index + 1) === 'hundre') {
      const rest = restAfterOg(index + 2);
      if (rest !== undefined) return { last: rest.last, year: century + rest.value };
      const plain = cardinalAt(index + 2);
      return plain !== undefined && plain >= 10
        ? { last: index + 2, year: century + plain }
        : undefined;
    }
    const plain = cardinalAt(index + 1);
    return plain !== undefined && plain >= 10
      ? { last: index + 1, year: century + plain }
      : undefined;
  }
  if ((lower === 'to' && word(index + 1) === 'tusen') || lower === 'totusen') {
    const after = lower === 'to' ? index + 2 : index + 1;
    const rest = restAfterOg(after);
    if (rest !== undefined) return { last: rest.last, year: 2000 + rest.value };
    const plain = cardinalAt(after);
    if (plain !== undefined && plain >= 10) return { last: after, year: 2000 + plain };
    return { last: after - 1, year: 2000 };
  }
  const single = parseSpokenYear(lower);
  return single === undefined ? undefined : { last: index, year: single };
}

/** A day, month and maybe year said or written with words: what `readSpokenDate` found. */
export interface SpokenDate {
  /** Index of the first word (a weekday or "den" when there is one) and of the last. */
  readonly first: number;
  readonly last: number;
  readonly day: number;
  readonly month: number;
  readonly year?: number;
  readonly weekdayWord?: string;
  readonly den: boolean;
  readonly dayAsWord: boolean;
  /** The month as a name ("mars"), not as a number or an ordinal ("i tiende", "i 11."). */
  readonly monthNamed: boolean;
  /** "i" between the day and the month ("fjerde i tiende"). */
  readonly monthAfterI: boolean;
  /** How the year was given: digits, words ("nitten sekstini"), two-digit words ("sekstini"). */
  readonly yearForm?: 'digits' | 'words' | 'short';
}

const weekdayWords = new Set<string>([
  ...everyWeekdayName,
  ...everyWeekdayName.map((day) => `${day}en`),
]);

/**
 * Reads a date said as a day, a month and maybe a year from `index`, the way speech-to-text and
 * hurried notes give it: "fjerde i tiende sekstini", "tjuetredje mars totusenogfire", "den 3. i
 * 11.", "attande mai nittenfemtifire", "Den tjuende i fjerde", "2. i 7. 1950". Reads the words
 * only; whether they are a date in their context is the recognizer's question.
 */
export function readSpokenDate(words: readonly DateWord[], index: number): SpokenDate | undefined {
  let at = index;
  const word = (position: number): DateWord | undefined => words[position];
  let weekdayWord: string | undefined;
  if (word(at)?.kind === 'word' && weekdayWords.has(word(at)?.lower ?? '')) {
    weekdayWord = word(at)?.lower;
    at++;
  }
  const den = word(at)?.lower === 'den';
  if (den) at++;
  const dayToken = word(at);
  let day: number | undefined;
  let dayAsWord = false;
  if (dayToken?.kind === 'word') {
    day = parseOrdinalWord(dayToken.lower);
    dayAsWord = true;
    at++;
  } else if (
    dayToken?.kind === 'number' &&
    dayToken.lower.length <= 2 &&
    word(at + 1)?.lower === '.'
  ) {
    day = Number(dayToken.lower);
    at += 2;
  }
  if (day === undefined || day < 1 || day > 31) return undefined;
  const monthAfterI = word(at)?.lower === 'i';
  if (monthAfterI) at++;
  const monthToken = word(at);
  let month: number | undefined;
  let monthNamed = false;
  if (monthToken?.kind === 'word') {
    const named = (monthNames as readonly string[]).indexOf(monthToken.lower);
    if (named >= 0) {
      month = named + 1;
      monthNamed = true;
    } else {
      month = parseOrdinalWord(monthToken.lower);
      // "fjerde i ti": after "i" the month may be said as a cardinal too.
      if (month === undefined && monthAfterI) {
        const cardinal = parseCardinalWord(monthToken.lower);
        if (cardinal !== undefined && cardinal >= 1 && cardinal <= 12) month = cardinal;
      }
    }
  } else if (monthToken?.kind === 'number' && monthToken.lower.length <= 2) {
    month = Number(monthToken.lower);
    if (word(at + 1)?.lower === '.') at++;
  }
  if (month === undefined || month < 1 || month > 12) return undefined;
  // A month number needs the "i" ("den 3. i 11."): "3. 11" alone is two numbers.
  if (monthToken?.kind === 'number' && !monthAfterI) return undefined;
  let last = at;
  let year: number | undefined;
  let yearForm: SpokenDate['yearForm'];
  const afterComma = word(at + 1)?.lower === ',' ? at + 2 : at + 1;
  const yearToken = word(afterComma);
  if (yearToken?.kind === 'number' && yearToken.lower.length === 4) {
    year = Number(yearToken.lower);
    yearForm = 'digits';
    last = afterComma;
  } else if (
    yearToken?.kind === 'number' &&
    yearToken.lower.length === 2 &&
    !monthNamed &&
    words[afterComma + 1]?.kind !== 'word' &&
    words[afterComma + 1]?.kind !== 'number'
  ) {
    // "4. i 10. 69": a two-digit year after a month given as a number.
    year = expandYear(Number(yearToken.lower));
    yearForm = 'short';
    last = afterComma;
  } else if (yearToken?.kind === 'word') {
    const spoken = readSpokenYear(words, afterComma);
    if (spoken !== undefined) {
      year = spoken.year;
      yearForm = 'words';
      last = spoken.last;
    } else {
      const short = parseCardinalWord(yearToken.lower);
      if (short !== undefined && short >= 10 && short < 100) {
        year = expandYear(short);
        yearForm = 'short';
        last = afterComma;
      }
    }
  }
  if (!isValidDay(day, month, year)) return undefined;
  return {
    first: index,
    last,
    day,
    month,
    ...(year === undefined ? {} : { year }),
    ...(yearForm === undefined ? {} : { yearForm }),
    ...(weekdayWord === undefined ? {} : { weekdayWord }),
    den,
    dayAsWord,
    monthNamed,
    monthAfterI,
  };
}

/** Splits a date mention into the words `readSpokenDate` reads (letters, digit runs, punctuation). */
function dateWordsOf(text: string): DateWord[] {
  const out: DateWord[] = [];
  for (const match of text.matchAll(/\p{L}+(?:-\p{L}+)*|\d+|[^\s\p{L}\d]/gu)) {
    const value = match[0];
    const lower = value.toLowerCase();
    out.push({
      lower,
      kind: /^\d/u.test(value) ? 'number' : /^\p{L}/u.test(value) ? 'word' : 'punct',
    });
  }
  return out;
}

/**
 * A whole mention read as a spoken date or a spoken year ("nitten hundre og sekstini"); the
 * surrogate is then written with digits for the year ("attende oktober 1969"), which every later
 * step reads back.
 */
function parseSpokenMention(trimmed: string): ParsedDate | undefined {
  const words = dateWordsOf(trimmed);
  if (words.length < 2 || !words.some((word) => word.kind === 'word')) return undefined;
  const spoken = readSpokenDate(words, 0);
  if (spoken !== undefined && spoken.last === words.length - 1) {
    const first = trimmed.charAt(0);
    const style: DateStyle = {
      kind: 'words',
      weekday: spoken.weekdayWord !== undefined,
      ...(spoken.weekdayWord === undefined ? {} : { weekdayWord: spoken.weekdayWord }),
      den: spoken.den,
      dayAsWord: spoken.dayAsWord,
      capitalised: first !== first.toLowerCase(),
      monthAbbreviated: false,
    };
    return spoken.year === undefined
      ? { day: spoken.day, month: spoken.month, style }
      : { day: spoken.day, month: spoken.month, year: spoken.year, style };
  }
  const year = readSpokenYear(words, 0);
  if (year !== undefined && year.last === words.length - 1)
    return { year: year.year, style: { kind: 'year' } };
  return undefined;
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
  if (/[\p{L}\d][\s,.]+\p{L}|\p{L}[\s,.]+\d/u.test(trimmed)) {
    const spoken = parseSpokenMention(trimmed);
    if (spoken !== undefined) return spoken;
  }
  if (/^\p{L}+$/u.test(trimmed)) {
    const lower = trimmed.toLowerCase();
    const spokenYear = parseSpokenYear(lower);
    if (spokenYear !== undefined) return { year: spokenYear, style: { kind: 'year' } };
    // "født i syttiåtte": a year said in two digits (found only after a birth cue).
    const shortYear = parseCardinalWord(lower);
    if (shortYear !== undefined && shortYear >= 10)
      return { year: expandYear(shortYear), style: { kind: 'year' } };
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
        // A nynorsk weekday ("tysdag") is written back in nynorsk.
        const names =
          style.weekdayWord !== undefined && isNynorskWeekday(style.weekdayWord)
            ? nynorskWeekdayNames
            : weekdayNames;
        parts.push(names[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? '');
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

/** Cycle index (0-based) of 29 February in the leap reference year. */
const leapDayIndex = toEpochDay(cycleYear, 2, 29) - toEpochDay(cycleYear, 1, 1);

/**
 * How many days a weekday written with `date` must move when the date is shifted by `days`
 * (a multiple of 7), so the weekday stays true of the date it is written with. A full date moves
 * on the calendar: 0. A date without a year moves on a cycle (see `shiftDate`), whose steps are
 * not always whole weeks of a real calendar:
 * - a day and month that pass over 29 February on the 366-day cycle land one day off in a year
 *   without it (most years): "tirsdag 14/10" + 31 weeks is "mandag 18/5", not "tirsdag 18/5".
 *   A date on 29 February itself is a leap year's, and moves no weekday;
 * - a day without a month shifted by whole laps of 31 days moves one day instead ("tirsdag 14."
 *   + 31 weeks is "onsdag 15.").
 * Shifting the result by `-days` gives the opposite number, so re-identification restores the
 * weekday exactly.
 */
export function weekdayShiftOf(
  date: { day?: number; month?: number; year?: number; week?: number },
  days: number,
): number {
  if (date.year !== undefined || date.day === undefined || days === 0) return 0;
  if (date.month === undefined) return days % 31 === 0 ? Math.sign(days) : 0;
  const start = toEpochDay(cycleYear, date.month, date.day) - toEpochDay(cycleYear, 1, 1);
  if (start === leapDayIndex) return 0;
  const distance = Math.abs(days) % cycleDays;
  const step = Math.sign(days);
  const toLeapDay = ((((leapDayIndex - start) * step) % cycleDays) + cycleDays) % cycleDays;
  // Strictly between the start and the end: landing on 29 February reads as a leap year.
  return toLeapDay > 0 && toLeapDay < distance ? -step : 0;
}

/**
 * `word` (a weekday, bokmål or nynorsk, any case, "-en" kept) moved by `by` days; any other word
 * unchanged.
 */
export function shiftWeekdayWord(word: string, by: number): string {
  if (by === 0) return word;
  const lower = word.toLowerCase();
  const suffix = lower.endsWith('dagen') ? 'en' : '';
  const base = lower.slice(0, lower.length - suffix.length);
  const names: readonly string[] = isNynorskWeekday(base) ? nynorskWeekdayNames : weekdayNames;
  const index = names.indexOf(base);
  if (index < 0) return word;
  const shifted = `${names[(((index + by) % 7) + 7) % 7] ?? base}${suffix}`;
  if (word === word.toUpperCase()) return shifted.toUpperCase();
  return word.charAt(0) === word.charAt(0).toUpperCase()
    ? shifted.charAt(0).toUpperCase() + shifted.slice(1)
    : shifted;
}

/** `parsed.style` with its written weekday moved as `weekdayShiftOf` says for a shift by `days`. */
export function styleAfterShift(parsed: ParsedDate, days: number): DateStyle {
  const style = parsed.style;
  if (style.kind !== 'words' || style.weekdayWord === undefined) return style;
  const by = weekdayShiftOf(parsed, days);
  return by === 0 ? style : { ...style, weekdayWord: shiftWeekdayWord(style.weekdayWord, by) };
}
