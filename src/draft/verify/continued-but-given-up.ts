import type { WordToken } from '../language/fold.js';
import { isContentWord, stemFolded } from '../language/stem.js';
import type { TranscriptIndex } from './transcript-index.js';

/** Words that say something goes on ("Røyker fortsatt", "framleis plaga"), folded. */
const continuingWords = new Set(['fortsatt', 'fremdeles', 'framleis', 'fortsett', 'stadig']);

/** The note words without one of which {@link findContinuedButGivenUp} finds nothing: its cue. */
export function isContinuingWord(folded: string): boolean {
  return continuingWords.has(folded);
}

/** Words that deny in a sentence: a denied continuation ("ikke fortsatt") is another claim. */
const sentenceDenials = new Set(['ikke', 'ikkje', 'ingen', 'inga', 'uten', 'utan', 'aldri']);

/** Spoken denials, bokmål, nynorsk and dialect ("ikkje lenger", "itte sia", "kje meir"). */
const spokenDenials = new Set([
  'ikke',
  'ikkje',
  'ikkj',
  'itj',
  'ittj',
  'itte',
  'inte',
  'inkje',
  'kje',
  'ente',
]);
/** After a denial: since when or any more ("ikke lenger", "ikkje sidan", "itte sia", "kje meir"). */
const sinceWords = new Set(['lenger', 'lengre', 'meir', 'mer', 'siden', 'sidan', 'sia', 'sea']);
/** "nå", "no" between a denial and its end word ("men ikke nå lenger"), folded. */
const nowWords = new Set(['na', 'no', 'naa']);
/** After "ikke lenger": a degree, not an end ("ikke lenger så ille", "ikkje lenger like vondt"). */
const degreeWords = new Set(['sa', 'so', 'like', 'helt', 'heilt', 'saerlig', 'serleg', 'sarlig']);

/** The most words between a said word and the end-word that gives it up ("jobba … men ikkje lenger"). */
const maxDistance = 8;

/** Where in a unit's tokens a denial with "lenger"/"siden" or a "slutta"/"sluttet" stands. */
function givenUpPositions(tokens: readonly WordToken[]): number[] {
  const positions: number[] = [];
  tokens.forEach((token, position) => {
    if (/^slutt(?:a|et|e)$/u.test(token.folded)) positions.push(position);
    if (!spokenDenials.has(token.folded)) return;
    // ("ikke nå lenger", "ikkje no meir": a "now" between the denial and its end word.)
    const skip = nowWords.has(tokens[position + 1]?.folded ?? '') ? 1 : 0;
    const next = tokens[position + 1 + skip]?.folded ?? '';
    if (!sinceWords.has(next)) return;
    if (degreeWords.has(tokens[position + 2 + skip]?.folded ?? '')) return;
    positions.push(position);
  });
  return positions;
}

/**
 * Whether a "men" stands between a said word and an end: the end then belongs to another clause
 * ("eg slutta med Ibux, men har framleis vondt"), unless the "men" opens the end itself ("eg
 * røykte før, men ikkje sidan …").
 */
function isContrastBetween(tokens: readonly WordToken[], named: number, end: number): boolean {
  const [low, high] = named < end ? [named, end] : [end, named];
  for (let position = low + 1; position < high; position += 1)
    if (tokens[position]?.folded === 'men' && !(end > named && position === end - 1)) return true;
  return false;
}

/**
 * The words of the clause (between commas, semicolons or colons) that holds a token ("Tar
 * sertralin 50 mg hver morgen, fortsatt kvalm" → "fortsatt kvalm"); all the words without the text.
 */
function clauseAround(
  tokens: readonly WordToken[],
  at: number,
  text: string | undefined,
): readonly WordToken[] {
  if (text === undefined) return tokens;
  const breaksBefore = (position: number): boolean => {
    const previous = tokens[position - 1];
    const token = tokens[position];
    return (
      previous !== undefined &&
      token !== undefined &&
      /[,;:]/u.test(text.slice(previous.end, token.start))
    );
  };
  let first = at;
  while (first > 0 && !breaksBefore(first)) first -= 1;
  let last = at;
  while (last < tokens.length - 1 && !breaksBefore(last + 1)) last += 1;
  return tokens.slice(first, last + 1);
}

/**
 * A sentence that says something goes on ("Røyker fortsatt", "Arbeider fortsatt på verft") where
 * the patient or a relative said, near the same word, that it ended ("eg røykte før, men ikkje
 * sidan …", "eg jobba på verftet, men ikkje lenger, eg slutta i fjor"): a negation flip (issue 11,
 * "ikke lenger", "ikke siden"). Fails closed: the sentence must name a continuation and no denial,
 * the spoken end must stand within a few words of a word the sentence names, in a statement (not
 * a question) of the patient or a relative, with no "men" between them, and no statement of the
 * same word may go without such an end. Returns the continuation word's token, or undefined.
 */
export function findContinuedButGivenUp(options: {
  readonly tokens: readonly WordToken[];
  readonly index: TranscriptIndex;
  /** The sentence the tokens came from: the words read are then those of the continuation's clause. */
  readonly text?: string;
}): number | undefined {
  const { tokens, index, text } = options;
  const continuing = tokens.findIndex((token) => continuingWords.has(token.folded));
  if (continuing < 0) return undefined;
  if (tokens.some((token) => sentenceDenials.has(token.folded))) return undefined;
  const stems = new Set(
    clauseAround(tokens, continuing, text)
      .filter((token) => !continuingWords.has(token.folded) && isContentWord(token.folded))
      .map((token) => stemFolded(token.folded))
      .filter((stem) => stem.length >= 4),
  );
  if (stems.size === 0) return undefined;
  let givenUp = false;
  // The whole conversation: a sentence that says "fortsatt" often has no evidence linked at all.
  for (const unit of index.units) {
    if (unit.isQuestion) continue;
    if (unit.speaker === 'lege' || unit.speaker === 'sykepleier') continue;
    const named = unit.tokens.flatMap((token, position) =>
      stems.has(stemFolded(token.folded)) ? [position] : [],
    );
    if (named.length === 0) continue;
    const ends = givenUpPositions(unit.tokens);
    const allEnded = named.every((position) =>
      ends.some(
        (end) =>
          Math.abs(end - position) <= maxDistance && !isContrastBetween(unit.tokens, position, end),
      ),
    );
    if (!allEnded) return undefined;
    givenUp = true;
  }
  return givenUp ? continuing : undefined;
}
