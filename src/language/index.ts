/**
 * The Norwegian language knowledge every module shares: folding, word tokens, sentence splitting,
 * number words, month and weekday names. Pseudonymization, drafting, verification, code lookup and
 * export import it from here, so the copies cannot disagree.
 */
export {
  monthAbbreviations,
  monthNamePattern,
  monthNames,
  isMonthName,
  isNynorskWeekday,
  monthNumbers,
  nynorskWeekdayNames,
  weekdayNamePattern,
  weekdayNames,
  weekdayWords,
} from './calendar-words.js';
export { foldText } from './fold-text.js';
export {
  cardinalWordValues,
  ordinalWordValues,
  parseCardinalWord,
  parseOrdinalWord,
  toCardinalWord,
  toOrdinalWord,
} from './number-words.js';
export { relativeGenders, relativeNouns, type RelativeGender } from './relative-nouns.js';
export { splitSentences } from './split-sentences.js';
export type { SentenceSpan } from './split-sentences.js';
export { splitWords, tokenizeWords } from './tokenize-words.js';
export type { WordToken } from './tokenize-words.js';
export { wordCharacterLength } from './word-characters.js';
export {
  countWordMemoEntries,
  createWordMemo,
  isWordInWordMemos,
  registerWordMemo,
  resetWordMemos,
} from './word-memo.js';
export type { ClearableWordMemo, WordMemo } from './word-memo.js';
