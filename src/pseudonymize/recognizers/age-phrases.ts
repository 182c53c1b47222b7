import type { Candidate } from '../types.js';

/** A number said in words up to the hundreds ("nittito", "hundre og to"), as an alternation. */
const spoken =
  '(?:hundre(?: og (?:en|ett|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti))?|(?:tjue|tretti|førti|femti|seksti|sytti|åtti|nitti)(?:en|ett|to|tre|fire|fem|seks|sju|syv|åtte|ni)?|elleve|tolv|tretten|fjorten|femten|seksten|sytten|atten|nitten|en|ett|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti)';

/** An age value: digits (a half year allowed: "4,5", "3 1/2") or a number in words. */
const value = `(?:\\d{1,3}(?:,5| 1/2)?|${spoken})`;

/** Cues the patterns below hold: "alder" (frames, decades of life), "halvt", a digit. */
const alderCue = /alder/iu;
const halvtCue = /halvt/iu;
const asciiDigit = /\d/u;

/**
 * "i en alder av 88 år", "i alderen 17", "alderen hennes er nittito"; not the start of a range of
 * ages ("Ungdom i alderen 13–16 år": a group, see `generic-ages.ts`).
 */
const alderFrame = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:i en alder av|i alderen|alderen (?:hans|hennes|din|min|deres) (?:er|var))\\s+(${value}(?:\\s+år)?)(?![\\p{L}\\p{N}])(?!\\s*[-–]\\s*\\p{N})`,
  'giu',
);

/** "i 90-årsalderen", "i tjueårsalderen": a decade of life. */
const decadeOfLife = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\d{2}-|tjue|tretti|førti|femti|seksti|sytti|åtti|nitti)årsalderen(?![\\p{L}\\p{N}])`,
  'giu',
);

/** "2 og et halvt år", "5 og et halvt år": a child's age with a half year. */
const andAHalf = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\d{1,2}|${spoken}) og et halvt år(?![\\p{L}\\p{N}])`,
  'giu',
);

/** "Gutt, 3 1/2 år,", "Jenta er 4,5 år": a half year after a comma, a bracket or "er"/"blir". */
const halfYear = new RegExp(
  `(?:,|\\(|(?<![\\p{L}])(?:er|e|blir|ble|fyller|fylte))[ \\t]{0,3}(\\d{1,2}(?:,5| 1/2) år)(?![\\p{L}\\p{N}])`,
  'giu',
);

/**
 * Ages the number and age recognizers leave out or cover only in part: "i en alder av 88 år",
 * "alderen hennes er nittito", "i 90-årsalderen", "2 og et halvt år", "Gutt, 3 1/2 år", "Jenta er
 * 4,5 år". A half year counts only after a comma, a bracket or a verb of being ("i en periode på
 * 3,5 år" is a duration). "er over nitti" is left alone: the clean texts use it as a bracket.
 */
export function recognizeAgePhrases(text: string): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, end: number): void => {
    out.push({ start, end, type: 'AGE', confidence: 0.9 });
  };
  // Each pattern only where the literal it holds occurs (same flags: a match implies the cue).
  const hasAlder = alderCue.test(text);
  const hasDigit = asciiDigit.test(text);
  if (hasAlder)
    for (const match of text.matchAll(alderFrame)) {
      const age = match[1] ?? '';
      const start = match.index + match[0].length - age.length;
      push(start, start + age.length);
    }
  if (hasAlder)
    for (const match of text.matchAll(decadeOfLife))
      push(match.index, match.index + match[0].length);
  if (halvtCue.test(text))
    for (const match of text.matchAll(andAHalf)) push(match.index, match.index + match[0].length);
  if (hasDigit)
    for (const match of text.matchAll(halfYear)) {
      const age = match[1] ?? '';
      const start = match.index + match[0].length - age.length;
      push(start, start + age.length);
    }
  return out;
}
