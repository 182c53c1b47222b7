import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asRawText } from '../core/index.js';
import { formatDate, monthNames, parseDate, shiftDate, weekdayNames } from './date-format.js';
import { nynorskWeekdayNames, toCardinalWord, toOrdinalWord } from '../language/index.js';
import { createVault, pseudonymize, reidentify } from './index.js';

/**
 * Item 7 of issue 10: a date that goes through pseudonymization, a language model and
 * re-identification comes back as the date that was said — for every day of several years (2024
 * and 2028 are leap years), every shift the vault can choose, every form the recognizer reads,
 * and the ways a model rewrites a date.
 */

interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const years = [2023, 2024, 2025, 2027, 2028];
const everyDay: Day[] = [];
for (const year of years) {
  for (let time = Date.UTC(year, 0, 1); time < Date.UTC(year + 1, 0, 1); time += 86_400_000) {
    const date = new Date(time);
    everyDay.push({ year, month: date.getUTCMonth() + 1, day: date.getUTCDate() });
  }
}

/** Every offset `createVault` can draw: ±2 to ±52 whole weeks. */
const everyShift: number[] = [];
for (let weeks = 2; weeks <= 52; weeks++) everyShift.push(weeks * 7, -weeks * 7);

/** A vault whose random source draws the given shift (byte 32: weeks − 2; byte 33: sign). */
function vaultShiftedBy(days: number, seed: number) {
  return createVault({
    random: (bytes) => {
      const buffer = Buffer.alloc(bytes, seed & 0xff);
      buffer[32] = Math.abs(days) / 7 - 2;
      buffer[33] = days > 0 ? 0 : 1;
      return buffer;
    },
  });
}

const pad = (value: number): string => String(value).padStart(2, '0');
const weekdayOf = (date: Day): string =>
  weekdayNames[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()] ?? '';
const nynorskWeekdayOf = (date: Day): string =>
  nynorskWeekdayNames[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()] ?? '';
const monthOf = (date: Day): string => monthNames[date.month - 1] ?? '';

/** The forms a clinician writes or speech-to-text produces, as the recognizer reads them. */
const forms: Readonly<Record<string, (date: Day) => string>> = {
  dottedFull: (date) => `${pad(date.day)}.${pad(date.month)}.${date.year}`,
  dottedShort: (date) => `${date.day}.${date.month}.${pad(date.year % 100)}`,
  slashedYear: (date) => `${date.day}/${date.month}-${pad(date.year % 100)}`,
  iso: (date) => `${date.year}-${pad(date.month)}-${pad(date.day)}`,
  wordsWithYear: (date) => `${date.day}. ${monthOf(date)} ${date.year}`,
  wordsNoYear: (date) => `${date.day}. ${monthOf(date)}`,
  denWords: (date) => `den ${date.day}. ${monthOf(date)}`,
  spoken: (date) => `${toOrdinalWord(date.day)} ${monthOf(date)}`,
  spokenDen: (date) => `den ${toOrdinalWord(date.day)} ${monthOf(date)}`,
  weekdayNoYear: (date) => `${weekdayOf(date)} ${date.day}. ${monthOf(date)}`,
  weekdayWithYear: (date) => `${weekdayOf(date)} ${date.day}. ${monthOf(date)} ${date.year}`,
  weekdaySpoken: (date) => `${weekdayOf(date)} den ${toOrdinalWord(date.day)} ${monthOf(date)}`,
  // Nynorsk weekdays ("tysdag 3. november 2026", "laurdag den 7. desember") stay nynorsk.
  nynorskWeekdayWithYear: (date) =>
    `${nynorskWeekdayOf(date)} ${date.day}. ${monthOf(date)} ${date.year}`,
  nynorskWeekdayNoYear: (date) => `${nynorskWeekdayOf(date)} den ${date.day}. ${monthOf(date)}`,
  dottedNoYear: (date) => `${pad(date.day)}.${pad(date.month)}`,
  dottedClosing: (date) => `${date.day}.${date.month}.`,
  dayOnly: (date) => `den ${date.day}.`,
};

const formsWithYear = new Set([
  'dottedFull',
  'dottedShort',
  'slashedYear',
  'iso',
  'wordsWithYear',
  'weekdayWithYear',
  'nynorskWeekdayWithYear',
]);

/** What a model does to a date it copies; applied alike to the surrogate and to the original. */
const inflections: Readonly<Record<string, (date: string) => string>> = {
  copied: (date) => date,
  // "den 14." stays: a bare "14." is a number, not a date.
  withoutDen: (date) =>
    /^den \d{1,2}\.?$/u.test(date) ? date : date.replace(/^den /u, '').replace(/ den /u, ' '),
  capitalised: (date) => date.charAt(0).toUpperCase() + date.slice(1),
  shouted: (date) => date.toUpperCase(),
  monthCapitalised: (date) =>
    date.replace(
      /(^|\s)(\p{Ll})(\p{Ll}+)(?=\s|$)/gu,
      (_match, space: string, first: string, rest: string) =>
        monthNames.includes(`${first}${rest}` as (typeof monthNames)[number])
          ? `${space}${first.toUpperCase()}${rest}`
          : `${space}${first}${rest}`,
    ),
  lineBreak: (date) => date.replace(' ', '\n'),
  withoutWeekday: (date) =>
    date.replace(/^(?:man|tirs|ons|tors|fre|lør|søn|mån|tys|laur|sun)dag (?:den )?(?=\S)/u, ''),
  // The model spells a numeric date out, or drops its year ("12.03.2024" → "12. mars").
  spelledOut: (date) => {
    const parsed = parseDate(date.replace(/(\d)\.$/u, '$1'));
    if (parsed?.day === undefined || parsed.month === undefined) return date;
    if (
      parsed.style.kind !== 'dotted' &&
      parsed.style.kind !== 'slashed' &&
      parsed.style.kind !== 'iso'
    )
      return date;
    return `${parsed.day}. ${monthNames[parsed.month - 1] ?? ''}`;
  },
  yearDropped: (date) => date.replace(/ \d{4}$/u, ''),
};

const before = 'Kontroll ';
const after = ' hos fastlegen.';

/** Pseudonymizes a sentence holding `original`, lets the "model" rewrite the date, re-identifies. */
function roundTrip(
  original: string,
  days: number,
  inflect: (date: string) => string,
): { found: string; surrogate: string; back: string; expected: string } {
  const vault = vaultShiftedBy(days, days + original.length);
  const input = `${before}${original}${after}`;
  const result = pseudonymize(asRawText(input), { vault });
  const dates = result.entities.filter((entity) => entity.type === 'DATE');
  const date = dates.length === 1 ? dates[0] : undefined;
  if (date === undefined || date.surrogate === null)
    return { found: '', surrogate: '', back: '', expected: input };
  // One identifier in the sentence, so the surrogate starts where the date did.
  const end = date.start + date.surrogate.length;
  const model = `${result.text.slice(0, date.start)}${inflect(date.surrogate)}${result.text.slice(end)}`;
  return {
    found: input.slice(date.start, date.end),
    surrogate: date.surrogate,
    back: reidentify(model, vault).text,
    expected: `${input.slice(0, date.start)}${inflect(input.slice(date.start, date.end))}${input.slice(date.end)}`,
  };
}

describe('dates through pseudonymization, a model and re-identification', () => {
  it('shifting back undoes the shift exactly, for every day of five years and every shift', () => {
    // Every day × every shift, no sampling, for each kind of date: full, day and month, day alone.
    const wrong: string[] = [];
    const same = (left: ReturnType<typeof shiftDate>, right: ReturnType<typeof shiftDate>) =>
      left.year === right.year && left.month === right.month && left.day === right.day;
    for (const date of everyDay) {
      const kinds = [date, { day: date.day, month: date.month }, { day: date.day }];
      for (const value of kinds) {
        for (const days of everyShift) {
          const back = shiftDate(shiftDate(value, days), -days);
          if (!same(back, value) && wrong.length < 5)
            wrong.push(
              `${JSON.stringify(value)} shifted ${days} came back ${JSON.stringify(back)}`,
            );
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('reads back every written form of every date a shift can reach', () => {
    // With the test above this covers write → shift → read → shift back for every form: a
    // surrogate is some date of 2022–2029, written in the form of the original.
    const wrong: string[] = [];
    for (let time = Date.UTC(2022, 0, 1); time < Date.UTC(2030, 0, 1); time += 86_400_000) {
      const moment = new Date(time);
      const date = {
        year: moment.getUTCFullYear(),
        month: moment.getUTCMonth() + 1,
        day: moment.getUTCDate(),
      };
      for (const [name, write] of Object.entries(forms)) {
        const written = write(date).replace(/\.$/u, '');
        const parsed = parseDate(written);
        const expected = name === 'dayOnly' ? { day: date.day } : date;
        const hasYear = formsWithYear.has(name);
        const reread =
          parsed === undefined ? undefined : formatDate(parsed, parsed.style).replace(/\.$/u, '');
        const matches =
          parsed !== undefined &&
          parsed.day === expected.day &&
          (name === 'dayOnly' || parsed.month === date.month) &&
          (!hasYear || parsed.year === date.year) &&
          reread === written;
        if (!matches && wrong.length < 5) wrong.push(`${name}: ${written} → ${reread ?? 'none'}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('brings back the stop date of a course said in words when the shift crosses 29 February', () => {
    // "til og med åttende desember" in 2025, shifted 12 weeks forward to March: the shift crosses
    // the end of February, which has 28 days in 2026 but 29 in the leap reference year.
    const { surrogate, back, expected } = roundTrip('åttende desember', 84, (date) => date);
    expect(surrogate).not.toBe('åttende desember');
    expect(back).toBe(expected);
    const spelled = roundTrip('åttende desember', 84, (date) => {
      const parsed = parseDate(date);
      return parsed?.day === undefined
        ? date
        : `${parsed.day}. ${monthNames[(parsed.month ?? 1) - 1] ?? ''}`;
    });
    expect(spelled.back).toBe(`${before}8. desember${after}`);
  });

  it('gives back the date that was said, whatever the day, shift, form and rewording', () => {
    const leapDays = everyDay.filter(
      (date) => (date.month === 2 && date.day >= 27) || (date.month === 3 && date.day <= 2),
    );
    const monthEnds = everyDay.filter((date) => date.day >= 28 || date.day === 1);
    const day = fc.oneof(
      fc.constantFrom(...everyDay),
      fc.constantFrom(...leapDays),
      fc.constantFrom(...monthEnds),
    );
    fc.assert(
      fc.property(
        day,
        fc.constantFrom(...everyShift),
        fc.constantFrom(...Object.keys(forms)),
        fc.constantFrom(...Object.keys(inflections)),
        (date, days, formName, inflectionName) => {
          const write = forms[formName];
          const inflect = inflections[inflectionName];
          if (write === undefined || inflect === undefined) return;
          const original = write(date);
          const { found, surrogate, back, expected } = roundTrip(original, days, inflect);
          // The whole date was found and replaced; then it came back exactly as the model wrote it.
          expect([original, original.replace(/(\d)\.$/u, '$1')]).toContain(found);
          expect(surrogate).not.toBe(found);
          expect(back).toBe(expected);
        },
      ),
      { numRuns: 1500, seed: 20261201 },
    );
  });

  describe('said or written short: "fjerde i tiende sekstini", "den 3. i 11.", "totusenogfire"', () => {
    /** Spoken and short forms; the surrogate is written "attende oktober 2023" or "den 17. mars". */
    const spokenForms: Readonly<Record<string, (date: Day) => string>> = {
      ordinalMonthShortYear: (date) =>
        `${toOrdinalWord(date.day)} i ${toOrdinalWord(date.month)} ${toCardinalWord(date.year % 100)}`,
      monthNameYearInWords: (date) =>
        `${toOrdinalWord(date.day)} ${monthOf(date)} totusenog${toCardinalWord(date.year % 100)}`,
      monthNameYearTwoWords: (date) =>
        `${toOrdinalWord(date.day)} ${monthOf(date)} tjue ${toCardinalWord(date.year % 100)}`,
      denNumbers: (date) => `den ${date.day}. i ${date.month}.`,
      denOrdinals: (date) => `den ${toOrdinalWord(date.day)} i ${toOrdinalWord(date.month)}`,
    };
    const withYear = new Set([
      'ordinalMonthShortYear',
      'monthNameYearInWords',
      'monthNameYearTwoWords',
    ]);

    it('reads every day of five years in every spoken form as that day', () => {
      const wrong: string[] = [];
      for (const date of everyDay) {
        for (const [name, write] of Object.entries(spokenForms)) {
          const parsed = parseDate(write(date));
          const ok =
            parsed?.day === date.day &&
            parsed.month === date.month &&
            (withYear.has(name) ? parsed.year === date.year : parsed.year === undefined);
          if (!ok && wrong.length < 5) wrong.push(`${name}: ${write(date)}`);
        }
      }
      expect(wrong).toEqual([]);
    });

    it('gives back the date that was said, also across 29 February and month ends', () => {
      const edges = everyDay.filter(
        (date) => date.day >= 28 || date.day <= 2 || (date.month === 2 && date.day >= 27),
      );
      const rewrite: Readonly<Record<string, (surrogate: string) => string>> = {
        copied: (date) => date,
        capitalised: (date) => date.charAt(0).toUpperCase() + date.slice(1),
        // The model writes the surrogate with digits and a month name: "18. oktober 2023".
        digits: (date) => {
          const parsed = parseDate(date);
          if (parsed?.day === undefined || parsed.month === undefined) return date;
          const month = monthNames[parsed.month - 1] ?? '';
          return parsed.year === undefined
            ? `${parsed.day}. ${month}`
            : `${parsed.day}. ${month} ${parsed.year}`;
        },
      };
      fc.assert(
        fc.property(
          fc.oneof(fc.constantFrom(...everyDay), fc.constantFrom(...edges)),
          fc.constantFrom(...everyShift),
          fc.constantFrom(...Object.keys(spokenForms)),
          fc.constantFrom(...Object.keys(rewrite)),
          (date, days, formName, rewriteName) => {
            const write = spokenForms[formName];
            const inflect = rewrite[rewriteName];
            if (write === undefined || inflect === undefined) return;
            const original = write(date);
            const { found, surrogate, back } = roundTrip(original, days, inflect);
            expect(found).toBe(original);
            expect(surrogate).not.toBe(original);
            const month = monthOf(date);
            const expected =
              rewriteName === 'copied'
                ? original
                : rewriteName === 'capitalised'
                  ? original.charAt(0).toUpperCase() + original.slice(1)
                  : withYear.has(formName)
                    ? `${date.day}. ${month} ${date.year}`
                    : `${date.day}. ${month}`;
            expect(back).toBe(`${before}${expected}${after}`);
          },
        ),
        { numRuns: 600, seed: 20261202 },
      );
    });
  });
});
