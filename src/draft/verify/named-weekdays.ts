import type { WordToken } from '../language/fold.js';
import { perTranscript, perWord } from './per-transcript.js';
import type { TranscriptIndex } from './transcript-index.js';

/** The weekdays, as a note names them. */
export type Weekday = 'mandag' | 'tirsdag' | 'onsdag' | 'torsdag' | 'fredag' | 'lørdag' | 'søndag';

/** Weekday words (folded) in bokmål, nynorsk and dialect, with their endings ("måndagen"). */
const weekdayForms: readonly (readonly [RegExp, Weekday])[] = [
  [/^(?:mandag|mondag)(?:en|s|ane|er)?$/u, 'mandag'],
  [/^(?:tirsdag|tysdag|tisdag)(?:en|s|ane|er)?$/u, 'tirsdag'],
  [/^(?:onsdag)(?:en|s|ane|er)?$/u, 'onsdag'],
  [/^(?:torsdag)(?:en|s|ane|er)?$/u, 'torsdag'],
  [/^(?:fredag)(?:en|s|ane|er)?$/u, 'fredag'],
  [/^(?:lordag|laurdag)(?:en|s|ane|er)?$/u, 'lørdag'],
  [/^(?:sondag|sundag)(?:en|s|ane|er)?$/u, 'søndag'],
];

const weekdayOf = perWord(
  (folded: string): Weekday | undefined => weekdayForms.find(([form]) => form.test(folded))?.[1],
);

/** The weekdays a text's tokens name. */
function weekdaysNamed(tokens: readonly WordToken[]): Weekday[] {
  const named: Weekday[] = [];
  for (const token of tokens) {
    // (Every weekday form holds "dag": the other words need no lookup.)
    if (!token.folded.includes('dag')) continue;
    const weekday = weekdayOf(token.folded);
    if (weekday !== undefined) named.push(weekday);
  }
  return named;
}

function sharesWord(first: ReadonlySet<string>, second: ReadonlySet<string>): boolean {
  for (const word of first) if (second.has(word)) return true;
  return false;
}

interface SaidWeekdays {
  /** Every day said, in order of first mention. */
  readonly anywhere: ReadonlySet<Weekday>;
  /** Units that name a day: their words, and the days they and the next unit name, in order. */
  readonly passages: readonly {
    readonly words: ReadonlySet<string>;
    readonly days: readonly Weekday[];
  }[];
}

/** The days the conversation names, read once per transcript. */
const saidWeekdays = perTranscript((index): SaidWeekdays => {
  const anywhere = new Set<Weekday>();
  const passages: { words: ReadonlySet<string>; days: readonly Weekday[] }[] = [];
  index.units.forEach((unit, unitIndex) => {
    const days = weekdaysNamed(unit.tokens);
    for (const day of days) anywhere.add(day);
    if (days.length === 0) return;
    // The next passage may correct the day ("på søndag. Nei vent, det va lørdag.").
    const next = index.units[unitIndex + 1];
    passages.push({
      words: new Set(unit.tokens.map((token) => token.folded)),
      days: [...days, ...(next === undefined ? [] : weekdaysNamed(next.tokens))],
    });
  });
  return { anywhere, passages };
});

/**
 * A weekday the sentence names that the conversation gave another day for (issue 11): the day is
 * said nowhere while another day is, or every passage that shares a word of five letters or more
 * with the sentence and names a day names another one ("stuegang igjen på mandag" → "Ny vurdering
 * ved stuegang fredag", although "fredag" was said of something else), the passage after one
 * counting with it (a correction). Undefined otherwise.
 */
export function findShiftedWeekday(
  tokens: readonly WordToken[],
  index: TranscriptIndex,
): { readonly claimed: Weekday; readonly said: Weekday } | undefined {
  const claimed = weekdaysNamed(tokens);
  if (claimed.length === 0) return undefined;
  const anchors = new Set(
    tokens
      .filter((token) => token.folded.length >= 5 && weekdayOf(token.folded) === undefined)
      .map((token) => token.folded),
  );
  const said = saidWeekdays(index);
  const saidAnywhere = said.anywhere;
  const saidNearby = new Set<Weekday>();
  for (const passage of said.passages) {
    if (!sharesWord(anchors, passage.words)) continue;
    for (const day of passage.days) saidNearby.add(day);
  }
  for (const day of claimed) {
    const other =
      saidNearby.size > 0 && !saidNearby.has(day)
        ? [...saidNearby][0]
        : !saidAnywhere.has(day)
          ? [...saidAnywhere][0]
          : undefined;
    if (other !== undefined) return { claimed: day, said: other };
  }
  return undefined;
}
