/**
 * Norwegian (bokmål) month and weekday names, lower case, as clinicians and speech-to-text write
 * them. The one list for date recognition, date surrogates and number checks.
 */

/** Month names, January first: `monthNames[month - 1]`. */
export const monthNames = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
] as const;

/** Month number (1–12) of each month name: "november" → 11. */
export const monthNumbers: Readonly<Record<string, number>> = Object.fromEntries(
  monthNames.map((name, index) => [name, index + 1]),
);

/** Month abbreviations as written in notes ("4. okt.", "sept 2019"); "mai" has none. */
export const monthAbbreviations: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  nov: 11,
  des: 12,
  // "14. febr. 2023": the four-letter form many clinicians write.
  febr: 2,
};

/** Weekday names in `Date.getUTCDay()` order, Sunday first: `weekdayNames[date.getUTCDay()]`. */
export const weekdayNames = [
  'søndag',
  'mandag',
  'tirsdag',
  'onsdag',
  'torsdag',
  'fredag',
  'lørdag',
] as const;

/**
 * The nynorsk weekday names in the same order as {@link weekdayNames}, where they differ or not
 * ("onsdag", "torsdag", "fredag" are shared): "måndag", "tysdag", "laurdag", "sundag".
 */
export const nynorskWeekdayNames = [
  'sundag',
  'måndag',
  'tysdag',
  'onsdag',
  'torsdag',
  'fredag',
  'laurdag',
] as const;

/** Every weekday name, bokmål and nynorsk, once each. */
export const weekdayWords: readonly string[] = [
  ...new Set<string>([...weekdayNames, ...nynorskWeekdayNames]),
];

/** True when a weekday word (also "tysdagen") is nynorsk and not a bokmål spelling as well. */
export function isNynorskWeekday(word: string): boolean {
  const lower = word.toLowerCase().replace(/en$/u, '');
  return (
    (nynorskWeekdayNames as readonly string[]).includes(lower) &&
    !(weekdayNames as readonly string[]).includes(lower)
  );
}

/** A regular-expression alternation of the month names ("januar|februar|…"), no group. */
export const monthNamePattern = monthNames.join('|');

/** A regular-expression alternation of the weekday names, bokmål and nynorsk, no group. */
export const weekdayNamePattern = weekdayWords.join('|');

/** True when a word is a month name, in any letter case: "November", "mai". */
export function isMonthName(word: string): boolean {
  return Object.hasOwn(monthNumbers, word.toLowerCase());
}
