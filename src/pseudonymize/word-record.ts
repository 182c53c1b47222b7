import { parseCardinalWord, parseOrdinalWord } from '../language/index.js';
import type { Analysis } from './recognizers/token-analysis.js';
import type { Token } from './tokenize.js';

/**
 * What the recognizers ask about one lower-case word form, computed once per distinct word and
 * process (cached by the token analysis of a lexicon, `TokenAnalysis.recordOf`) and reached from
 * every token of that form (`Token.record`): a fresh word read from a new line is hashed and looked
 * up once, instead of once per recognizer and question. Lexicon-free facts (number words) are
 * filled when the record is made; lexicon facts (the word analysis, compound test) on first use.
 */
export class WordRecord {
  /** Value of the word as a cardinal number word ("tjuefem" → 25). */
  readonly cardinal: number | undefined;
  /** Day number of the word as an ordinal word ("tjuende" → 20). */
  readonly ordinal: number | undefined;
  /** The lexicon analysis (`TokenAnalysis.analyseToken`), once asked for. */
  analysis: Analysis | undefined = undefined;
  /** The compound test (`TokenAnalysis.isCompoundToken`), once asked for. */
  compound: boolean | undefined = undefined;
  /** Answers of `wordPredicate` tests, two bits each. */
  flags = 0;
  /** The `lineCue` bits of this word, valid while `cueCount` equals the cues registered. */
  cues = 0;
  /** How many line cues were registered when `cues` was filled (-1: not yet). */
  cueCount = -1;
  /** The `wordClass` bits of this word, valid while `classCount` equals the classes made. */
  classes = 0;
  /** How many word classes were made when `classes` was filled (-1: not yet). */
  classCount = -1;

  constructor(readonly lower: string) {
    this.cardinal = parseCardinalWord(lower);
    this.ordinal = parseOrdinalWord(lower);
  }
}

/** `parseCardinalWord(token.lower)` from the token's record (undefined for no token). */
export function cardinalOf(token: Token | undefined): number | undefined {
  if (token === undefined) return undefined;
  const record = token.record;
  return record === undefined ? parseCardinalWord(token.lower) : record.cardinal;
}

/** `parseOrdinalWord(token.lower)` from the token's record (undefined for no token). */
export function ordinalOf(token: Token | undefined): number | undefined {
  if (token === undefined) return undefined;
  const record = token.record;
  return record === undefined ? parseOrdinalWord(token.lower) : record.ordinal;
}

/** Predicates made so far: each keeps two bits (asked, answer) of `WordRecord.flags`. */
let predicateCount = 0;
const maxPredicates = 15;

/**
 * A test of a lower-case word form whose answer is kept in the word's record, so a recognizer
 * asks it once per distinct word and process instead of once per token (a regular expression
 * over every word of every line). Made at module load; at most 15 in a process.
 */
export function wordPredicate(test: (lower: string) => boolean): (token: Token) => boolean {
  const index = predicateCount++;
  if (index >= maxPredicates) throw new RangeError('too many word predicates');
  const asked = 1 << (2 * index);
  const yes = 2 << (2 * index);
  return (token) => {
    const record = token.record;
    if (record === undefined) return test(token.lower);
    const flags = record.flags;
    if ((flags & asked) !== 0) return (flags & yes) !== 0;
    const answer = test(record.lower);
    record.flags = flags | asked | (answer ? yes : 0);
    return answer;
  };
}

/** Line cues made so far: each owns one bit of `WordRecord.cues` and of a line's cue mask. */
let lineCueCount = 0;
const maxLineCues = 30;
/** The cue bits of every word some cue lists. */
const cueBitsByWord = new Map<string, number>();

/**
 * A cue for skipping a recognizer on lines that cannot match: one bit, set in a line's cue mask
 * (`lineCueMask`) when any token's `lower` is one of `words`. A recognizer may declare a cue only
 * when every match it makes needs such a token on the line (it tests `words.has(token.lower)`
 * before finding anything); a recognizer without a cue always runs. Made at module load, from the
 * very sets the recognizer tests, so the two stay the same; at most 30 in a process.
 */
export function lineCue(...words: readonly Iterable<string>[]): number {
  const index = lineCueCount++;
  if (index >= maxLineCues) throw new RangeError('too many line cues');
  const bit = 1 << index;
  for (const list of words)
    for (const word of list) cueBitsByWord.set(word, (cueBitsByWord.get(word) ?? 0) | bit);
  return bit;
}

/** The `lineCue` bits of `token`'s lower-case form: one map probe per distinct word and process. */
function cueBitsOf(token: Token): number {
  const record = token.record;
  if (record === undefined) return cueBitsByWord.get(token.lower) ?? 0;
  if (record.cueCount !== lineCueCount) {
    record.cues = cueBitsByWord.get(record.lower) ?? 0;
    record.cueCount = lineCueCount;
  }
  return record.cues;
}

/** The union of the `lineCue` bits of every token (words, numbers and punctuation alike). */
export function lineCueMask(tokens: readonly Token[]): number {
  let mask = 0;
  for (const token of tokens) mask |= cueBitsOf(token);
  return mask;
}

/** Word classes made so far: each owns one bit of `WordRecord.classes`. */
let wordClassCount = 0;
const maxWordClasses = 31;
/** The class bits of every word some class lists. */
const classBitsByWord = new Map<string, number>();

/** The `wordClass` bits of `token`'s lower-case form: one map probe per distinct word and process. */
function classBitsOf(token: Token): number {
  const record = token.record;
  if (record === undefined) return classBitsByWord.get(token.lower) ?? 0;
  if (record.classCount !== wordClassCount) {
    record.classes = classBitsByWord.get(record.lower) ?? 0;
    record.classCount = wordClassCount;
  }
  return record.classes;
}

/**
 * A membership test of a token's lower-case form in fixed word sets, answered from one bit of the
 * word's record: one map probe per distinct word and process for all classes together, instead
 * of one `Set.has` per set, token and recognizer. For sets made at module load and never changed
 * (the gazetteers), so the bits stay true; at most 31 in a process.
 */
export function wordClass(...words: readonly Iterable<string>[]): (token: Token) => boolean {
  const index = wordClassCount++;
  if (index >= maxWordClasses) throw new RangeError('too many word classes');
  const bit = 1 << index;
  for (const list of words)
    for (const word of list) classBitsByWord.set(word, (classBitsByWord.get(word) ?? 0) | bit);
  return (token) => (classBitsOf(token) & bit) !== 0;
}
