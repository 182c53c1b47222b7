/**
 * Norwegian number words as speech-to-text and clinicians write them: "null ni null en åttiåtte",
 * "tretti", "tjuefem", "seksogtjue", "søtten", nynorsk "ein", and ordinals ("tjueandre", "den
 * sjuende"). The one table of these words for pseudonymization, drafting and verification.
 *
 * Words are looked up in lower case, without folding å/ø/æ: "attende" (18th) and "åttende" (8th)
 * differ only by the å.
 */

const units: Readonly<Record<string, number>> = {
  null: 0,
  en: 1,
  ein: 1,
  ett: 1,
  eitt: 1,
  én: 1,
  ei: 1,
  to: 2,
  tre: 3,
  fire: 4,
  fem: 5,
  seks: 6,
  sju: 7,
  syv: 7,
  åtte: 8,
  ni: 9,
};
const teens: Readonly<Record<string, number>> = {
  ti: 10,
  elleve: 11,
  tolv: 12,
  tretten: 13,
  fjorten: 14,
  femten: 15,
  seksten: 16,
  sytten: 17,
  søtten: 17,
  atten: 18,
  nitten: 19,
  // Nynorsk and western dialects ("fjortan dagar", "femtan år").
  trettan: 13,
  fjortan: 14,
  femtan: 15,
  sekstan: 16,
  syttan: 17,
  attan: 18,
  nittan: 19,
};
const tens: Readonly<Record<string, number>> = {
  tjue: 20,
  // nynorsk "tjuge" ("tjugefem"); western "sjutti" ("sjuttifem")
  tjuge: 20,
  tyve: 20,
  tretti: 30,
  tredve: 30,
  førti: 40,
  femti: 50,
  seksti: 60,
  sytti: 70,
  søtti: 70,
  sjutti: 70,
  // østerdalsk "sjøtti-fem" (session 37j)
  sjøtti: 70,
  åtti: 80,
  nitti: 90,
};
const unitOrdinals: Readonly<Record<string, number>> = {
  første: 1,
  fyrste: 1,
  andre: 2,
  tredje: 3,
  fjerde: 4,
  femte: 5,
  sjette: 6,
  sjuende: 7,
  syvende: 7,
  sjuande: 7,
  åttende: 8,
  åttande: 8,
  niende: 9,
  niande: 9,
};
const plainOrdinals: Readonly<Record<string, number>> = {
  ...unitOrdinals,
  tiende: 10,
  ellevte: 11,
  tolvte: 12,
  trettende: 13,
  fjortende: 14,
  femtende: 15,
  sekstende: 16,
  syttende: 17,
  attende: 18,
  nittende: 19,
  tjuende: 20,
  tyvende: 20,
  trettiende: 30,
  tredevte: 30,
  // Nynorsk.
  tiande: 10,
  trettande: 13,
  fjortande: 14,
  femtande: 15,
  sekstande: 16,
  syttande: 17,
  attande: 18,
  nittande: 19,
  tjuande: 20,
  trettiande: 30,
};

/**
 * Every single-word cardinal 0–99 in its written forms, in both counting styles: "tjuefem",
 * "tyvefem", "søtti", "femogtjue", "tjueén".
 */
export const cardinalWordValues: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>([
    ...Object.entries(units),
    ...Object.entries(teens),
    ...Object.entries(tens),
  ]);
  for (const [tenWord, tenValue] of Object.entries(tens)) {
    for (const [unitWord, unitValue] of Object.entries(units)) {
      if (unitValue === 0) continue;
      map.set(tenWord + unitWord, tenValue + unitValue); // tjueseks
      map.set(`${unitWord}og${tenWord}`, tenValue + unitValue); // seksogtjue
    }
  }
  return map;
})();

/**
 * Every single-word ordinal: 1–19, the round tens, and tens with a unit ordinal ("tjuefjerde",
 * "nittiniende"). "annen" is left out: alone it means "other"; only a date reads it as 2
 * ({@link parseOrdinalWord}).
 */
export const ordinalWordValues: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>(Object.entries(plainOrdinals));
  for (const [tenWord, tenValue] of Object.entries(tens)) {
    for (const [unitWord, unitValue] of Object.entries(unitOrdinals)) {
      map.set(tenWord + unitWord, tenValue + unitValue);
    }
  }
  return map;
})();

/** Value of one cardinal number word (0–99), or undefined. "tjuefem" → 25, "null" → 0. */
export function parseCardinalWord(lower: string): number | undefined {
  return cardinalWordValues.get(lower);
}

/**
 * Day number of an ordinal word (1–31): "tjuende" → 20, "tjueandre" → 22, "første" → 1, and the
 * old "annen" (2nd) that dates still use ("den annen mars").
 */
export function parseOrdinalWord(lower: string): number | undefined {
  if (lower === 'annen') return 2;
  const value = ordinalWordValues.get(lower);
  return value !== undefined && value <= 31 ? value : undefined;
}

const ordinalWordsByDay: readonly string[] = [
  '',
  'første',
  'andre',
  'tredje',
  'fjerde',
  'femte',
  'sjette',
  'sjuende',
  'åttende',
  'niende',
  'tiende',
  'ellevte',
  'tolvte',
  'trettende',
  'fjortende',
  'femtende',
  'sekstende',
  'syttende',
  'attende',
  'nittende',
  'tjuende',
  'tjueførste',
  'tjueandre',
  'tjuetredje',
  'tjuefjerde',
  'tjuefemte',
  'tjuesjette',
  'tjuesjuende',
  'tjueåttende',
  'tjueniende',
  'trettiende',
  'trettiførste',
];

/** The bokmål ordinal word for a day of the month (1–31). */
export function toOrdinalWord(day: number): string {
  return ordinalWordsByDay[day] ?? String(day);
}

const cardinalWordsBelowTwenty: readonly string[] = [
  'null',
  'en',
  'to',
  'tre',
  'fire',
  'fem',
  'seks',
  'sju',
  'åtte',
  'ni',
  'ti',
  'elleve',
  'tolv',
  'tretten',
  'fjorten',
  'femten',
  'seksten',
  'sytten',
  'atten',
  'nitten',
];
const tensWords: readonly string[] = [
  '',
  '',
  'tjue',
  'tretti',
  'førti',
  'femti',
  'seksti',
  'sytti',
  'åtti',
  'nitti',
];

/** The bokmål cardinal word for 0–99 ("tjuefem"); larger values as digits. */
export function toCardinalWord(value: number): string {
  if (value < 20) return cardinalWordsBelowTwenty[value] ?? String(value);
  if (value < 100) {
    const unit = value % 10;
    return (
      (tensWords[Math.floor(value / 10)] ?? '') +
      (unit === 0 ? '' : (cardinalWordsBelowTwenty[unit] ?? ''))
    );
  }
  return String(value);
}
