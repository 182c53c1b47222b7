import { tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { lineCue } from '../word-record.js';

/**
 * Words of a line on which a name is spelled letter by letter: the words for a name and for
 * being called ("etternavnet er h-e-l-g-e-s-e-n", "det staves ø-y-v-o-r", "han heter Tollef
 * Brække, b r æ k k e").
 */
const spellingCueWords = new Set([
  'navn',
  'navnet',
  'namn',
  'namnet',
  'fornavn',
  'fornavnet',
  'etternavn',
  'etternavnet',
  'etternamn',
  'etternamnet',
  'heter',
  'heiter',
]);

/**
 * Words of a line on which a spelled word is more likely an address, a place or an e-mail
 * address than a name: the run is left to those recognizers.
 */
const otherSpellingWords = new Set([
  'e-post',
  'epost',
  'e-posten',
  'eposten',
  'mail',
  'mailen',
  'e-postadresse',
  'e-postadressen',
  'adresse',
  'adressen',
  'adressa',
  'gate',
  'gata',
  'gaten',
  'vei',
  'veien',
  'veg',
  'vegen',
  'bor',
  'bur',
  'sted',
  'stedet',
  'stad',
  'staden',
  'plass',
  'plassen',
  'krøllalfa',
  'alfakrøll',
  'punktum',
  'dått',
  'at',
]);

/** Words said between spelled groups that belong to the name ("d-e, mellomrom, l-a-n-g-e"). */
const spelledJoiners = new Set(['mellomrom', 'bindestrek', 'apostrof']);

/** One letter, or letters joined by hyphens: "h-e-l-g-e-s-e-n". */
const spelledWord = /^\p{L}(?:-\p{L})*$/u;

/**
 * A spelled run holds a hyphen or a comma and no sentence end: letters separated by spaces alone
 * ("b r æ k k e") are too often something else in transcribed speech.
 */
const spelledRun = /^[^\n.!?]*[-,][^\n.!?]*$/u;

/** Separators between spelled letters: a comma or a hyphen. */
const spelledSeparators = new Set([',', '-']);

/**
 * Letters that are words of their own in speech ("æ e i byn", "å", "o"): a run needs two other
 * letters, so dialect speech written word by word is no spelled name.
 */
const letterWords = new Set(['a', 'e', 'i', 'o', 'å', 'æ', 'ø']);

/** The number of letters a spelled unit holds, 0 when `token` is not one. */
function spelledLetters(token: Token): number {
  if (token.kind !== 'word' || !spelledWord.test(token.text)) return 0;
  return (token.text.length + 1) / 2;
}

/** The letters of a spelled unit that are not words of their own. */
function countOtherLetters(unit: string): number {
  let count = 0;
  for (const letter of unit) if (letter !== '-' && !letterWords.has(letter)) count++;
  return count;
}

/**
 * A name spelled letter by letter on a line that speaks of a name (and not of an address, a place
 * or an e-mail address, which are spelled the same way): single letters
 * separated by commas or hyphens ("s, o, l, h, e, i, m", "ø-y-v-o-r"),
 * with "mellomrom" or "bindestrek" said between groups, at least four letters in all (a list of
 * options "a, b og c" has fewer and is joined by "og"). The run is one PERSON.
 */
export function recognizeSpelledNames(
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  if (!tokens.some((token) => spellingCueWords.has(token.lower))) return;
  if (tokens.some((token) => otherSpellingWords.has(token.lower))) return;
  let index = 0;
  while (index < tokens.length) {
    const first = tokenAt(tokens, index);
    if (first === undefined || spelledLetters(first) === 0) {
      index++;
      continue;
    }
    let letters = spelledLetters(first);
    let others = countOtherLetters(first.lower);
    let lastLetterIndex = index;
    let cursor = index + 1;
    for (;;) {
      const token = tokenAt(tokens, cursor);
      if (token === undefined) break;
      const count = spelledLetters(token);
      if (count > 0) {
        letters += count;
        lastLetterIndex = cursor;
        others += countOtherLetters(token.lower);
      } else if (
        !(token.kind === 'punct' && spelledSeparators.has(token.text)) &&
        !spelledJoiners.has(token.lower)
      )
        break;
      cursor++;
    }
    const last = tokenAt(tokens, lastLetterIndex);
    if (
      letters >= 4 &&
      others >= 2 &&
      last !== undefined &&
      spelledRun.test(text.slice(first.start, last.end))
    )
      out.push({ start: first.start, end: last.end, type: 'PERSON', confidence: 0.85 });
    index = cursor;
  }
}

/** Lines `recognizeSpelledNames` runs on: every match needs a word for a name. */
export const spelledNameCue = lineCue(spellingCueWords);
