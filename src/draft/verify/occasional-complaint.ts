import type { WordToken } from '../language/fold.js';
import { stemsMatch } from '../language/stem.js';
import { clauseAround } from './clauses.js';
import type { Claims } from './read-claims.js';
import type { TranscriptIndex } from './transcript-index.js';

/** "av og til", "av og te", "innimellom", "nå og da", "iblant" (folded words, in order). */
const occasionalPhrases: readonly (readonly string[])[] = [
  ['av', 'og', 'til'],
  ['av', 'og', 'te'],
  ['av', 'og', 'tel'],
  ['innimellom'],
  ['inniblant'],
  ['iblant'],
  ['na', 'og', 'da'],
  ['no', 'og', 'da'],
];

/** A complaint said to be there all the time ("hele tiden", "konstant"). */
const constantCue =
  /(?<![\p{L}])(?:hele tiden|heile tida|konstant\p{L}*|kontinuerlig\p{L}*|stadig\p{L}*|hver dag|kvar dag)(?![\p{L}])/iu;

/**
 * The same in what the conversation said, and also "alltid", "hele døgnet", "hele dagen" and
 * "støtt" (kept out of the note's cue, where "støtt" is also "bumped").
 */
const saidConstantCue = new RegExp(
  `${constantCue.source}|(?<![\\p{L}])(?:alltid|hele døgnet|heile døgeret|heile døgnet|hele dagen|heile dagen|støtt)(?![\\p{L}])`,
  'iu',
);

/** True when two keys name the same thing: the same concept, or stems that match. */
function sameKey(left: string, right: string): boolean {
  if (left.startsWith('c') && /^c\d+$/.test(left)) return left === right;
  if (right.startsWith('c') && /^c\d+$/.test(right)) return false;
  return stemsMatch(left, right);
}

/**
 * True when the unit says "av og til" in a clause that shares a word or a lexicon concept with the
 * note's sentence ("ut i venstre arm av og tel" for "Utstråling til venstre arm daglig"), not of
 * another complaint said alongside ("vondt i ryggen, og av og til blir jeg svimmel").
 */
function saysOccasionallyOf(
  tokens: readonly WordToken[],
  keys: readonly (readonly string[])[],
  noteKeys: readonly string[],
): boolean {
  const folded = tokens.map((token) => token.folded);
  for (const phrase of occasionalPhrases)
    for (let start = 0; start < folded.length; start += 1) {
      if (!phrase.every((word, offset) => folded[start + offset] === word)) continue;
      const clause = clauseAround(tokens, start);
      for (let position = clause.start; position < clause.end; position += 1) {
        if (position >= start && position < start + phrase.length) continue;
        const own = keys[position] ?? [];
        if (own.some((key) => noteKeys.some((noteKey) => sameKey(key, noteKey)))) return true;
      }
    }
  return false;
}

/**
 * A complaint the sentence says happens daily or all the time ("Utstråling til venstre arm
 * daglig", "klør hele tiden") where the passages it rests on said only "av og til": true when the
 * evidence and its neighbourhood say the complaint comes now and then and never daily. Drugs are
 * left to the dosing checks.
 */
export function isOccasionalSaidDaily(options: {
  readonly text: string;
  readonly claims: Claims;
  readonly units: Iterable<number>;
  readonly index: TranscriptIndex;
}): boolean {
  const { text, claims, units, index } = options;
  if (claims.substances.size > 0) return false;
  const claimsDaily = claims.frequencies.includes('daily') || constantCue.test(text);
  if (!claimsDaily) return false;
  const noteKeys = claims.keys.flat();
  let occasional = false;
  for (const unitIndex of units) {
    const unit = index.units[unitIndex];
    if (unit === undefined || unit.isHypothetical || unit.claims.substances.size > 0) continue;
    const saidText = unit.tokens.map((token) => token.text).join(' ');
    if (unit.claims.frequencies.includes('daily') || saidConstantCue.test(saidText)) return false;
    if (!unit.isQuestion && saysOccasionallyOf(unit.tokens, unit.claims.keys, noteKeys))
      occasional = true;
  }
  return occasional;
}
