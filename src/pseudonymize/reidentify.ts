import { asRawText, type RawText } from '../core/index.js';
import {
  formatDate,
  parseDate,
  shiftDate,
  shiftWeekdayWord,
  styleAfterShift,
  weekdayShiftOf,
  type DateStyle,
  type ParsedDate,
} from './date-format.js';
import { detectIdentifiers } from './detect-identifiers.js';
import { recognizeDates } from './recognizers/dates.js';
import { tokenize } from './tokenize.js';
import type { PhiType } from './types.js';
import type { Vault, VaultEntry } from './vault.js';

/** Warnings shown to the clinician; they name the kind of value, never the value. */
const warningByType: Readonly<Partial<Record<PhiType, string>>> = {
  PERSON: 'Utkastet nevner en person som ikke finnes i samtalen.',
  ID: 'Utkastet inneholder et identifikasjonsnummer som ikke finnes i samtalen.',
  PHONE: 'Utkastet inneholder et telefonnummer som ikke finnes i samtalen.',
  EMAIL: 'Utkastet inneholder en e-postadresse som ikke finnes i samtalen.',
  ADDRESS: 'Utkastet inneholder en adresse som ikke finnes i samtalen.',
  POSTAL_CODE: 'Utkastet inneholder et postnummer som ikke finnes i samtalen.',
  LOCATION: 'Utkastet nevner et sted som ikke finnes i samtalen.',
  ORGANIZATION: 'Utkastet nevner en virksomhet som ikke finnes i samtalen.',
  WORKPLACE: 'Utkastet nevner en arbeidsplass som ikke finnes i samtalen.',
  DATE: 'Utkastet nevner en dato som ikke finnes i samtalen.',
  OTHER:
    'Utkastet inneholder en opplysning som kan identifisere noen, og som ikke finnes i samtalen.',
};

interface Replacement {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

function applyCaseOf(real: string, written: string): string {
  if (written.length > 1 && written === written.toUpperCase() && written !== written.toLowerCase())
    return real.toUpperCase();
  if (written === written.toLowerCase() && written !== written.toUpperCase())
    return real.toLowerCase();
  return real;
}

type DateValue = ReturnType<typeof shiftDate>;

/** A date the vault replaced: what the surrogate says and what the real text said. */
interface DatePair {
  readonly surrogate: DateValue;
  readonly real: DayOfMonth;
}

interface DayOfMonth {
  readonly day: number;
  readonly month: number;
  readonly year?: number;
  /** How the real date was written, when it was "1.1.23" or "01.01.2023". */
  readonly style?: DateStyle;
}

const leadingWeekday = /^(?:man|tirs|ons|tors|fre|lør|søn)dag(?:en)?\s+(?=\S)/iu;

/** Parses a date mention as the vault stores it: a weekday in front and a closing dot allowed. */
function parseDateMention(text: string): ParsedDate | undefined {
  const withoutWeekday = text.replace(leadingWeekday, '');
  const trimmed = /\d\.\d{1,2}\.$/u.test(withoutWeekday)
    ? withoutWeekday.slice(0, -1)
    : withoutWeekday;
  return parseDate(trimmed) ?? parseDate(text);
}

/**
 * A numeric date whose day or month has two digits from 10 up ("18.12.22") does not say whether
 * the real one was zero-padded: take that from how the real date was written.
 */
function withRecordedPadding(style: DateStyle, written: string, recorded: DayOfMonth): DateStyle {
  const real = recorded.style;
  if (style.kind !== 'dotted' || real?.kind !== 'dotted') return style;
  const digits = /^(\d{1,2})\.(\d{1,2})/u.exec(written);
  const known = (text: string | undefined): boolean =>
    text !== undefined && (text.length === 1 || text.startsWith('0'));
  return {
    ...style,
    padDay: known(digits?.[1]) ? style.padDay : real.padDay,
    padMonth: known(digits?.[2]) ? style.padMonth : real.padMonth,
  };
}

function datePairsOf(entries: readonly VaultEntry[]): DatePair[] {
  const pairs: DatePair[] = [];
  for (const entry of entries) {
    if (entry.type !== 'DATE') continue;
    const surrogate = parseDateMention(entry.surrogate);
    const real = parseDateMention(entry.real);
    if (surrogate?.day === undefined || surrogate.month === undefined) continue;
    if (real?.day === undefined || real.month === undefined) continue;
    pairs.push({
      surrogate,
      real: {
        day: real.day,
        month: real.month,
        ...(real.year === undefined ? {} : { year: real.year }),
        style: real.style,
      },
    });
  }
  return pairs;
}

/**
 * The real day and month behind a written surrogate date, from the vault's own record of what it
 * replaced — so a date comes back right even when the model wrote it in another form than the
 * surrogate (dropped or added the year, spelt the month out). Undefined when the vault has no such
 * date, or two real dates that the written one could stand for.
 */
function recordedRealDate(written: DateValue, pairs: readonly DatePair[]): DayOfMonth | undefined {
  if (written.day === undefined || written.month === undefined) return undefined;
  let sameForm: DayOfMonth | undefined;
  let otherForm: DayOfMonth | undefined;
  let sameAmbiguous = false;
  let otherAmbiguous = false;
  const same = (left: DayOfMonth, right: DayOfMonth): boolean =>
    left.day === right.day && left.month === right.month && left.year === right.year;
  for (const pair of pairs) {
    const surrogate = pair.surrogate;
    if (surrogate.day !== written.day || surrogate.month !== written.month) continue;
    if (surrogate.year === written.year) {
      if (sameForm !== undefined && !same(sameForm, pair.real)) sameAmbiguous = true;
      sameForm = pair.real;
    } else if (surrogate.year === undefined || written.year === undefined) {
      if (otherForm !== undefined && !same(otherForm, pair.real)) otherAmbiguous = true;
      otherForm = pair.real;
    }
  }
  if (sameForm !== undefined) return sameAmbiguous ? undefined : sameForm;
  return otherAmbiguous ? undefined : otherForm;
}

/**
 * `real` written the way `written` was: the same whitespace between words (a model may break a
 * line inside a date) and each word's case ("12. Mars", "ÅTTENDE DESEMBER").
 */
function likeWritten(real: string, written: string): string {
  const writtenWords = written.split(/(\s+)/u);
  const realWords = real.split(/(\s+)/u);
  if (writtenWords.length !== realWords.length) {
    // "Attende oktober 2023" for "fjerde i tiende sekstini": the sentence-initial capital stays.
    const cased = applyCaseOf(real, written);
    const first = written.charAt(0);
    return cased === real && first !== first.toLowerCase()
      ? real.charAt(0).toUpperCase() + real.slice(1)
      : cased;
  }
  return realWords
    .map((word, index) => {
      const model = writtenWords[index] ?? '';
      if (index % 2 === 1) return model;
      if (!/\p{L}/u.test(model) || !/\p{L}/u.test(word)) return word;
      if (model.length > 1 && model === model.toUpperCase()) return word.toUpperCase();
      if (model === model.toLowerCase()) return word.toLowerCase();
      const first = model.charAt(0);
      return first === first.toUpperCase() && first !== first.toLowerCase()
        ? word.charAt(0).toUpperCase() + word.slice(1)
        : word;
    })
    .join('');
}

/** Puts the real values back into one text; made by `createReidentifier`. */
export type Reidentifier = (text: string) => {
  readonly text: RawText;
  readonly warnings: readonly string[];
};

/**
 * Opens `vault` for re-identification once: the lookups every call needs (numbers by digits, text
 * surrogates as patterns, dates, name parts) are built here, not for every sentence. The
 * reidentifier sees the vault as it is now; create a new one after pseudonymizing more text.
 *
 * Puts the real values back into text a language model wrote from pseudonymized input. Survives
 * genitive -s, case changes, a first name or surname used alone, line breaks inside names and
 * dates, regrouped numbers and dates written in another form. Anything that looks like an
 * identifier but is not in the vault (an invented person, number or date) produces a warning.
 */
export function createReidentifier(vault: Vault): Reidentifier {
  const entries = vault.getEntries();
  const dateOffsetDays = vault.dateOffsetDays;

  // Numbers: compare digits only, whatever the grouping.
  const byDigits = new Map<string, string>();
  for (const entry of entries) {
    if (entry.type === 'ID' || entry.type === 'PHONE' || entry.type === 'POSTAL_CODE') {
      const digits = entry.surrogate.replace(/\D/gu, '');
      if (digits.length >= 4) byDigits.set(digits, entry.real);
    }
  }

  // Text surrogates (places, institutions, addresses, e-mail, exact dates): flexible whitespace,
  // any case, optional genitive. Longest first, so a longer surrogate wins over one inside it.
  const textPatterns = entries
    .filter(
      (entry) =>
        entry.type !== 'ID' &&
        entry.type !== 'PHONE' &&
        entry.type !== 'POSTAL_CODE' &&
        entry.surrogate.length > 1,
    )
    .sort((left, right) => right.surrogate.length - left.surrogate.length)
    .map((entry) => {
      const words = entry.surrogate.trim().split(/\s+/u).map(escapeRegExp);
      const pattern = new RegExp(
        `(?<![\\p{L}\\d])${words.join('\\s{1,4}')}(s|'s|’s)?(?![\\p{L}\\d])`,
        'giu',
      );
      return { entry, pattern };
    });

  const realDates = new Set(
    entries.filter((entry) => entry.type === 'DATE').map((entry) => entry.key),
  );
  const datePairs = datePairsOf(entries);

  const parts = new Map<string, string>();
  for (const part of vault.getNameParts()) parts.set(part.surrogate.toLowerCase(), part.real);

  return (text) => {
    const replacements: Replacement[] = [];
    const taken = new Uint8Array(text.length);
    const warnings = new Set<string>();
    const add = (replacement: Replacement): boolean => {
      for (let index = replacement.start; index < replacement.end; index++)
        if (taken[index] === 1) return false;
      taken.fill(1, replacement.start, replacement.end);
      replacements.push(replacement);
      return true;
    };
    // "mandag 18/5" for the surrogate of "tirsdag 14/10": a weekday written before a date without
    // a year moves back as the vault moved it (`weekdayShiftOf`), here by the opposite shift.
    const restoreWeekdayBefore = (start: number, surrogate: ParsedDate | undefined): void => {
      if (surrogate === undefined) return;
      const by = weekdayShiftOf(surrogate, -dateOffsetDays);
      if (by === 0) return;
      const before = /(\p{L}+)\s{1,3}$/u.exec(text.slice(Math.max(0, start - 16), start));
      const word = before?.[1];
      if (before === null || word === undefined) return;
      const shifted = shiftWeekdayWord(word, by);
      if (shifted === word) return;
      const wordStart = start - before[0].length;
      add({ start: wordStart, end: wordStart + word.length, text: shifted });
    };

    if (byDigits.size > 0) {
      const numberRun = /(?<![\d])\+?\d(?:[ .-]?\d){3,16}(?!\d)/gu;
      for (let match = numberRun.exec(text); match !== null; match = numberRun.exec(text)) {
        const real = byDigits.get(match[0].replace(/\D/gu, ''));
        if (real !== undefined)
          add({ start: match.index, end: match.index + match[0].length, text: real });
      }
    }

    for (const { entry, pattern } of textPatterns) {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
        const genitive = match[1] ?? '';
        const written = match[0].slice(0, match[0].length - genitive.length);
        const real =
          entry.type === 'EMAIL' || entry.type === 'OTHER'
            ? entry.real
            : entry.type === 'DATE'
              ? likeWritten(entry.real, written)
              : applyCaseOf(entry.real, written);
        if (
          add({ start: match.index, end: match.index + match[0].length, text: real + genitive }) &&
          entry.type === 'DATE'
        )
          restoreWeekdayBefore(match.index, parseDateMention(written));
      }
    }

    // Dates in any form: the real date the vault recorded for it, else shifted back by the
    // consultation's offset (an exact inverse: see `shiftDate`).
    const dateCandidates = recognizeDates(text).sort(
      (left, right) => right.end - right.start - (left.end - left.start),
    );
    for (const candidate of dateCandidates) {
      const written = text.slice(candidate.start, candidate.end);
      const trailingDot = /\d\.\d{1,2}\.$/u.test(written) ? '.' : '';
      const parsed = parseDate(trailingDot === '' ? written : written.slice(0, -1));
      if (parsed === undefined) continue;
      const shiftedBack = shiftDate(parsed, -dateOffsetDays);
      const recorded = recordedRealDate(parsed, datePairs);
      const real: DateValue =
        recorded === undefined
          ? shiftedBack
          : {
              day: recorded.day,
              month: recorded.month,
              ...(parsed.year === undefined
                ? {}
                : { year: recorded.year ?? shiftedBack.year ?? parsed.year }),
            };
      // A weekday moved with a date only when the real date had no year: a model that drops the
      // year of a full date ("søndag 27. august") leaves a weekday the vault never moved.
      const movedWeekday = recorded?.year === undefined;
      const movedStyle = movedWeekday ? styleAfterShift(parsed, -dateOffsetDays) : parsed.style;
      // The weekday as the clinician wrote it with the recorded date ("tysdag", not "tirsdag").
      const realWeekday =
        recorded?.style?.kind === 'words' ? recorded.style.weekdayWord : undefined;
      const shiftedStyle =
        realWeekday !== undefined &&
        movedStyle.kind === 'words' &&
        movedStyle.weekdayWord !== undefined
          ? { ...movedStyle, weekdayWord: realWeekday }
          : movedStyle;
      const style =
        recorded === undefined
          ? shiftedStyle
          : withRecordedPadding(shiftedStyle, written, recorded);
      if (
        !add({
          start: candidate.start,
          end: candidate.end,
          text: likeWritten(formatDate(real, style) + trailingDot, written),
        })
      )
        continue;
      if (movedWeekday && (parsed.style.kind !== 'words' || parsed.style.weekdayWord === undefined))
        restoreWeekdayBefore(candidate.start, parsed);
      if (recorded !== undefined) continue;
      const key = `${real.year ?? ''}-${real.month ?? ''}-${real.day ?? ''}`;
      const known = [...realDates].some((date) => {
        const [year = '', month = '', day = ''] = date.split('-');
        return (
          (real.year === undefined || year === '' || year === String(real.year)) &&
          (real.month === undefined || month === '' || month === String(real.month)) &&
          (real.day === undefined || day === '' || day === String(real.day)) &&
          date.length > 2
        );
      });
      if (!realDates.has(key) && !known) warnings.add(warningByType.DATE ?? '');
    }

    // Name parts, one token at a time: "Evens", "MOEN", a first name alone, a name across a line
    // break.
    if (parts.size > 0) {
      for (const token of tokenize(text)) {
        if (token.kind !== 'word') continue;
        let base = token.lower;
        let suffix = '';
        if (!parts.has(base)) {
          const genitive = /(?:'s|’s|s)$/u.exec(base)?.[0];
          if (genitive === undefined || !parts.has(base.slice(0, -genitive.length))) continue;
          base = base.slice(0, -genitive.length);
          suffix = token.text.slice(token.text.length - genitive.length);
        }
        const real = parts.get(base);
        if (real === undefined) continue;
        const written = token.text.slice(0, token.text.length - suffix.length);
        const realCased =
          written === written.toUpperCase() && written.length > 1
            ? real.toUpperCase()
            : written === written.toLowerCase()
              ? real
              : real.replace(
                  /(^|-)(\p{L})/gu,
                  (_match, separator: string, letter: string) => separator + letter.toUpperCase(),
                );
        add({ start: token.start, end: token.end, text: realCased + suffix });
      }
    }

    // Anything identifier-like left over was not in the conversation.
    for (const entity of detectIdentifiers(text, { minConfidence: 0.6 })) {
      if (entity.type === 'AGE') continue;
      let covered = false;
      for (let index = entity.start; index < entity.end; index++) {
        if (taken[index] === 1) {
          covered = true;
          break;
        }
      }
      if (!covered) warnings.add(warningByType[entity.type] ?? '');
    }

    replacements.sort((left, right) => left.start - right.start);
    const pieces: string[] = [];
    let cursor = 0;
    for (const replacement of replacements) {
      pieces.push(text.slice(cursor, replacement.start), replacement.text);
      cursor = replacement.end;
    }
    pieces.push(text.slice(cursor));
    return {
      text: asRawText(pieces.join('')),
      warnings: [...warnings].filter((warning) => warning.length > 0),
    };
  };
}

/**
 * Puts the real values back into `text` (see `createReidentifier`, which opens the vault once for
 * many texts).
 */
export function reidentify(
  text: string,
  vault: Vault,
): { text: RawText; warnings: readonly string[] } {
  return createReidentifier(vault)(text);
}
