import type { WordToken } from '../language/fold.js';

/** Counts of times, folded ("én" → "en", "ein", "eitt"), as said in words or digits. */
const counts: ReadonlyMap<string, number> = new Map([
  ['1', 1],
  ['en', 1],
  ['ein', 1],
  ['ett', 1],
  ['eitt', 1],
  ['2', 2],
  ['to', 2],
  ['3', 3],
  ['tre', 3],
  ['4', 4],
  ['fire', 4],
  ['5', 5],
  ['fem', 5],
  ['6', 6],
  ['seks', 6],
]);

/** "ganger", "gonger", "gonga", "gong" (folded). */
const timesWords = new Set([
  'gang',
  'ganger',
  'gangen',
  'gong',
  'gonger',
  'gongar',
  'gonga',
  'ganga',
]);

/** The hours of "hver sjette time" / "kvar fjerde time" / "hver 6. time" (folded ordinals). */
const ordinalHours: ReadonlyMap<string, number> = new Map([
  ['andre', 2],
  ['annen', 2],
  ['anna', 2],
  ['tredje', 3],
  ['fjerde', 4],
  ['femte', 5],
  ['sjette', 6],
  ['attende', 8],
  ['tolvte', 12],
  ['2', 2],
  ['3', 3],
  ['4', 4],
  ['6', 6],
  ['8', 8],
  ['12', 12],
]);

const everyWords = new Set(['hver', 'kvar', 'kver']);
const hourWords = new Set(['time', 'timen']);

/** A dose unit before "daglig" ("én tablett daglig", "ett drag daglig"), by its folded start. */
const doseUnit = /^(?:tablet|tbl|drag|dose|kapsel|kapsl|spray|sprut|pust|inhalasjon)/u;

/** "daglig", "dagleg", "om dagen", "i døgnet", "per dag" starting at a token (its length, or 0). */
function perDayAt(folded: readonly string[], at: number): number {
  const word = folded[at] ?? '';
  if (word.startsWith('daglig') || word.startsWith('dagleg')) return 1;
  const next = folded[at + 1] ?? '';
  if (
    (word === 'om' || word === 'i' || word === 'pa') &&
    (next === 'dagen' || next === 'dognet' || next === 'dogeret')
  )
    return 2;
  if ((word === 'per' || word === 'pr') && (next === 'dag' || next === 'dogn')) return 2;
  return 0;
}

/** A count or a range of counts at a token ("to", "fire-fem", "tre til fire"), and the token after. */
function countsAt(
  folded: readonly string[],
  at: number,
): { values: number[]; after: number } | undefined {
  const word = folded[at] ?? '';
  const parts = word.split('-');
  const values = parts.map((part) => counts.get(part));
  if (values.some((value) => value === undefined)) return undefined;
  const known = values.filter((value): value is number => value !== undefined);
  const joiner = folded[at + 1] ?? '';
  const second = counts.get(folded[at + 2] ?? '');
  if ((joiner === 'til' || joiner === 'eller' || joiner === 'a') && second !== undefined)
    return { values: [...known, second], after: at + 3 };
  return { values: known, after: at + 1 };
}

/**
 * How many times a day a text says something is taken, each count said: "to ganger daglig" (2),
 * "ein gong dagleg" (1), "hver sjette time" (4), "én tablett daglig" (1). Empty when the text says
 * no count of times a day (a time of day alone, "daglig" alone, "tre gonger i veka").
 */
export function timesPerDay(tokens: readonly WordToken[]): Set<number> {
  return new Set(timesPerDaySaid(tokens).map((said) => said.count));
}

/** A count of times a day and where its words start in the text the tokens index into. */
export interface TimesPerDaySaid {
  readonly count: number;
  readonly start: number;
}

/** As {@link timesPerDay}, each count with the offset of its first word, in order. */
export function timesPerDaySaid(tokens: readonly WordToken[]): TimesPerDaySaid[] {
  const folded = tokens.map((token) => token.folded);
  const found: TimesPerDaySaid[] = [];
  const add = (count: number, at: number): void => {
    found.push({ count, start: tokens[at]?.start ?? 0 });
  };
  for (let at = 0; at < folded.length; at += 1) {
    const word = folded[at] ?? '';
    const said = countsAt(folded, at);
    if (said !== undefined) {
      const next = folded[said.after] ?? '';
      // "to ganger daglig", "ein gong om dagen", "fire-fem gonger om dagen", "tre til fire ganger"
      if (timesWords.has(next) && perDayAt(folded, said.after + 1) > 0)
        for (const count of said.values) add(count, at);
      // "én tablett daglig", "ett drag daglig" (one dose, once a day)
      else if (
        said.values.length === 1 &&
        said.values[0] === 1 &&
        doseUnit.test(next) &&
        perDayAt(folded, said.after + 1) > 0
      )
        add(1, at);
      continue;
    }
    if (!everyWords.has(word)) continue;
    const next = folded[at + 1] ?? '';
    // "hver time"
    if (hourWords.has(next)) {
      add(24, at);
      continue;
    }
    const hours = ordinalHours.get(next);
    if (hours !== undefined && hourWords.has(folded[at + 2] ?? '')) add(24 / hours, at);
  }
  return found;
}

/** The times of day a text names ("morgen og kveld": 2; "morgon, middag og kveld": 3). */
export function timesOfDayNamed(tokens: readonly WordToken[]): number {
  let morning = false;
  let midday = false;
  let evening = false;
  let night = false;
  for (const { folded } of tokens) {
    if (/^(?:morgen|morgon|morran|morra|mara|maran|frokost)/u.test(folded)) morning = true;
    else if (/^(?:middag|lunsj|formiddag)/u.test(folded)) midday = true;
    else if (/^(?:kveld|kvelds)/u.test(folded)) evening = true;
    else if (
      folded === 'natt' ||
      folded === 'natta' ||
      folded === 'natten' ||
      folded === 'sengetid'
    )
      night = true;
  }
  return [morning, midday, evening, night].filter(Boolean).length;
}
