import type { SentenceFlag } from '../../core/index.js';
import { findUnsaidSeason } from './named-seasons.js';
import { findShiftedWeekday } from './named-weekdays.js';
import {
  findUnsaidPartOfDay,
  findUnsaidRelativeDay,
  isPartOfDayOpener,
  isRelativeDayOpener,
} from './relative-days.js';
import { type SentenceCheckDefinition, flag, perSentence } from './sentence-context.js';

/** A day named relative to the consultation that was never said (asked by two checks). */
const relativeDayOf = perSentence(({ tokens, index, text }) =>
  findUnsaidRelativeDay(tokens, index, text),
);

/** A time the note gives that nobody said ("Tidspunktet «…» er ikke nevnt …"). */
function unsaidTimeFlag(time: string, what: 'datoen' | 'tiden'): SentenceFlag {
  return flag(
    'number-not-in-transcript',
    'warning',
    `Tidspunktet «${time}» er ikke nevnt i samtalen. Kontroller ${what}.`,
  );
}

/** Weekdays, months and holidays that were never said. */
export const unsaidNamedTimeCheck: SentenceCheckDefinition = {
  name: 'unsaidNamedTime',
  check(sentence) {
    const { claims, index } = sentence;
    const found: SentenceFlag[] = [];
    // Weekdays, months and holidays ("tirsdag", "i august", "siden påske") must have been said.
    const unsaidTime = claims.namedTimes.find((named) => !index.namedTimes.has(named));
    if (unsaidTime !== undefined) found.push(unsaidTimeFlag(unsaidTime, 'datoen'));

    return found;
  },
};

/** Another season than the one said. */
export const shiftedSeasonCheck: SentenceCheckDefinition = {
  name: 'shiftedSeason',
  check(sentence) {
    const { text, tokens, index } = sentence;
    const found: SentenceFlag[] = [];
    // Seasons ("siden i høst" for "sia i haust"): another season than the one said.
    const season = findUnsaidSeason(tokens, text, index);
    if (season !== undefined)
      found.push(
        flag(
          'number-conflict',
          'error',
          `Tidspunktet «${season.claimed}» stemmer ikke med samtalen, der det ble sagt «${season.said}». Kontroller tiden.`,
        ),
      );

    return found;
  },
};

/** Another weekday than the one said. */
export const shiftedWeekdayCheck: SentenceCheckDefinition = {
  name: 'shiftedWeekday',
  check(sentence) {
    const { tokens, index } = sentence;
    const found: SentenceFlag[] = [];
    // Weekdays ("stuegang fredag" where "stuegang på mandag" was said): another day than the one said.
    const weekday = findShiftedWeekday(tokens, index);
    if (weekday !== undefined)
      found.push(
        flag(
          'number-conflict',
          'error',
          `Dagen «${weekday.claimed}» stemmer ikke med samtalen, der det ble sagt «${weekday.said}». Kontroller dagen.`,
        ),
      );

    return found;
  },
};

/** A day named relative to the consultation that was never said. */
export const unsaidRelativeDayCheck: SentenceCheckDefinition = {
  name: 'unsaidRelativeDay',
  cue: isRelativeDayOpener,
  check(sentence) {
    const found: SentenceFlag[] = [];
    // A day named relative to the consultation ("siden i går kveld", "forrige uke") never said.
    const relativeDay = relativeDayOf(sentence);
    if (relativeDay !== undefined) found.push(unsaidTimeFlag(relativeDay, 'tiden'));

    return found;
  },
};

/** A part of the day where another was said. */
export const unsaidPartOfDayCheck: SentenceCheckDefinition = {
  name: 'unsaidPartOfDay',
  cue: isPartOfDayOpener,
  check(sentence) {
    const { tokens, claims, index } = sentence;
    const found: SentenceFlag[] = [];
    const relativeDay = relativeDayOf(sentence);
    // A part of the day a complaint is tied to ("verst om morgenen") where another was said.
    const partOfDay =
      relativeDay === undefined
        ? findUnsaidPartOfDay(
            tokens,
            index,
            // ("om morgenen" reads as a frequency too: only a drug makes it a dose time.)
            // A denial ("ingen nattlige smerter") ties nothing to the night.
            claims.drugMentions.length > 0 ||
              claims.substances.size > 0 ||
              claims.negated.some((negated) => negated),
          )
        : undefined;
    if (partOfDay !== undefined)
      found.push(
        flag(
          'unsupported',
          'warning',
          `«${partOfDay}» er ikke nevnt i samtalen, bare en annen tid på døgnet. Kontroller tiden.`,
        ),
      );

    return found;
  },
};
