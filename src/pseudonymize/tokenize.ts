import { registerWordMemo } from '../language/index.js';
import type { WordRecord } from './word-record.js';

/** A word, a digit run or one punctuation character, with JavaScript string offsets. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  readonly kind: 'word' | 'number' | 'punct';
  /** First token of the text, of a line, or after sentence-ending punctuation. */
  readonly sentenceStart: boolean;
  /** Upper-case first letter followed by at least one lower-case letter or nothing ("Kari", "Å"). */
  readonly capitalised: boolean;
  /** Every letter upper-case and at least two letters ("TSH", "UNN"). */
  readonly allCaps: boolean;
  /**
   * The cached facts about this word form, shared by every token of it in the process (words
   * only, and only when `tokenize` was given `recordOf`; detection gives it).
   */
  readonly record: WordRecord | undefined;
}

const sentenceEnders = new Set([
  '.',
  '!',
  '?',
  ':',
  ';',
  '…',
  '«',
  '»',
  '"',
  '(',
  '—',
  '–',
  '•',
  '*',
  '#',
]);

// Character classes for code units, filled lazily: 0 unknown, 1 letter or mark, 2 digit,
// 3 white space, 4 other. A hand-written scanner: no regex match arrays, one pass, linear.
const classOfCode = new Uint8Array(65536);
const letterPattern = /[\p{L}\p{M}]/u;
const spacePattern = /\s/u;

function classOf(code: number): number {
  let value = classOfCode[code] ?? 0;
  if (value === 0) {
    const character = String.fromCharCode(code);
    value =
      code >= 48 && code <= 57
        ? 2
        : letterPattern.test(character)
          ? 1
          : spacePattern.test(character)
            ? 3
            : 4;
    classOfCode[code] = value;
  }
  return value;
}

/**
 * Class of the code point at `index` (a surrogate pair counts as one letter when it is one), plus
 * `wide` when it is a surrogate pair (two code units). One number, so the hot loop allocates nothing.
 */
const wide = 8;

function classAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) {
      const point = text.codePointAt(index) ?? 0;
      return (letterPattern.test(String.fromCodePoint(point)) ? 1 : 4) | wide;
    }
  }
  return classOf(code);
}

/**
 * Code units that `toLowerCase` maps to themselves and that may occur in a word: a–z, digits,
 * joiners, and the Latin-1 lower-case letters ß…ÿ ("æ", "ø", "å").
 */
function isLowerStable(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    code === 39 ||
    code === 45 ||
    code === 0x2019 ||
    (code >= 0xdf && code <= 0xff)
  );
}

const sentenceEnderCodes = new Uint8Array(65536);
for (const ender of sentenceEnders) sentenceEnderCodes[ender.charCodeAt(0)] = 1;

function isSentenceEnder(code: number): boolean {
  return sentenceEnderCodes[code] === 1;
}

function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 45; // ' ’ -
}

/** The strings, case facts and record of one exact word form (`WordFormCache`). */
interface WordForm {
  readonly text: string;
  readonly lower: string;
  readonly capitalised: boolean;
  readonly allCaps: boolean;
  readonly record: WordRecord;
  readonly hash: number;
}

/** Most word forms one cache keeps; past it, further forms are made afresh each time. */
const maxCachedForms = 50_000;
/** Longer words are not kept (no word is this long; a flood of long ones would only fill memory). */
const maxCachedFormLength = 64;

/**
 * The exact word forms `tokenize` has met with one `recordOf` (so one lexicon and process),
 * found again by a hash of their code units taken over the text in place: a word seen before
 * costs no slice, no case mapping and no string hashing, and gets the very strings and record it
 * got the first time (each a function of the form alone, so the tokens are the same).
 */
class WordFormCache {
  private slots = new Int32Array(1 << 12).fill(-1);
  /** The hash of the form in each slot, beside `slots`: a probe reads no form object it skips. */
  private hashes = new Int32Array(1 << 12);
  private readonly forms: WordForm[] = [];

  /** How many forms are kept (`ClearableWordMemo`). */
  get size(): number {
    return this.forms.length;
  }

  /** Whether a form with this text or lower-case form is kept (test support). */
  has(word: string): boolean {
    return this.forms.some((form) => form.text === word || form.lower === word);
  }

  /** Forgets every form (`resetWordMemos`: the words of a finished job go with it). */
  clear(): void {
    this.forms.length = 0;
    this.slots = new Int32Array(1 << 12).fill(-1);
    this.hashes = new Int32Array(1 << 12);
  }

  /** The form equal to `text[start, end)` with hash `hash`, if kept. */
  find(text: string, start: number, end: number, hash: number): WordForm | undefined {
    const slots = this.slots;
    const hashes = this.hashes;
    const mask = slots.length - 1;
    const length = end - start;
    const signed = hash | 0;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slots[slot] ?? -1;
      if (at < 0) return undefined;
      if (hashes[slot] !== signed) continue;
      const form = this.forms[at];
      if (form === undefined || form.text.length !== length) continue;
      let index = 0;
      while (index < length && form.text.charCodeAt(index) === text.charCodeAt(start + index))
        index++;
      if (index === length) return form;
    }
  }

  add(form: WordForm): void {
    if (this.forms.length >= maxCachedForms) return;
    this.forms.push(form);
    if (this.forms.length * 2 > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2).fill(-1);
      this.hashes = new Int32Array(this.slots.length);
      for (let at = 0; at < this.forms.length; at++) this.place(this.forms[at]?.hash ?? 0, at);
    } else this.place(form.hash, this.forms.length - 1);
  }

  private place(hash: number, at: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while ((this.slots[slot] ?? -1) >= 0) slot = (slot + 1) & mask;
    this.slots[slot] = at;
    this.hashes[slot] = hash | 0;
  }
}

const wordFormCaches = new WeakMap<(lower: string) => WordRecord, WordFormCache>();

function wordFormCacheOf(recordOf: (lower: string) => WordRecord): WordFormCache {
  let cache = wordFormCaches.get(recordOf);
  if (cache === undefined) {
    cache = registerWordMemo(new WordFormCache());
    wordFormCaches.set(recordOf, cache);
  }
  return cache;
}

/** FNV-1a over the code units of `text[start, end)`. */
function hashCodeUnits(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let index = start; index < end; index++)
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}

/**
 * The token at `index`, or undefined when `index` lies outside the array (before the first token
 * or past the last). Recognizers look a few tokens ahead and behind ("tokens[index + 3]"); a plain
 * read past the end makes V8 throw away the optimised code of the whole recognizer and compile it
 * again ("out of bounds" deoptimisation), which for the large ones costs more than their work on
 * a megabyte of text. The explicit bounds test never reads outside the array. `index >>> 0` turns
 * a negative index into one far beyond any length.
 */
export function tokenAt(tokens: readonly Token[], index: number): Token | undefined {
  return index >>> 0 < tokens.length ? tokens[index] : undefined;
}

/**
 * The lower-case form of the token at `index`, or "" outside the array: for comparisons with a
 * word ("lowerAt(tokens, index - 1) === 'på'"), which then always compare two strings. Comparing
 * `undefined` where optimised code has only seen strings deoptimises the recognizer ("not a
 * String"), as a read past the end does (`tokenAt`).
 */
export function lowerAt(tokens: readonly Token[], index: number): string {
  return index >>> 0 < tokens.length ? (tokens[index]?.lower ?? '') : '';
}

/** The text of the token at `index`, or "" outside the array (see `lowerAt`). */
export function textAt(tokens: readonly Token[], index: number): string {
  return index >>> 0 < tokens.length ? (tokens[index]?.text ?? '') : '';
}

/**
 * Splits text into tokens in one linear pass: words (letters, digits inside, and an apostrophe or
 * hyphen only when a letter or digit follows: "Anne-Lise", "kne-" → "kne" + "-"), digit runs, and
 * single punctuation characters. With `recordOf`, every word token carries the record of its
 * lower-case form (one lookup per word, shared by all recognizers).
 */
export function tokenize(text: string, recordOf?: (lower: string) => WordRecord): Token[] {
  const tokens: Token[] = [];
  const forms = recordOf === undefined ? undefined : wordFormCacheOf(recordOf);
  const length = text.length;
  let index = 0;
  let sawNewline = true;
  let previousWasEnder = true;
  while (index < length) {
    const code = text.charCodeAt(index);
    let kind: number;
    let width = 1;
    if (code < 128) {
      kind =
        (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
          ? 1
          : code >= 48 && code <= 57
            ? 2
            : code === 32 || code === 9 || code === 10 || code === 13 || code === 11 || code === 12
              ? 3
              : 4;
    } else {
      const at = classAt(text, index);
      kind = at & 7;
      width = (at & wide) === 0 ? 1 : 2;
    }
    if (kind === 3) {
      if (code === 10 || code === 13) sawNewline = true;
      index++;
      continue;
    }
    const start = index;
    let tokenKind: Token['kind'];
    // True while every code unit of the word is one that toLowerCase leaves as it is.
    let alreadyLower = isLowerStable(code);
    if (kind === 1) {
      index += width;
      while (index < length) {
        const next = text.charCodeAt(index);
        if (next < 128) {
          if ((next >= 97 && next <= 122) || (next >= 48 && next <= 57)) {
            index++;
            continue;
          }
          if (next >= 65 && next <= 90) {
            alreadyLower = false;
            index++;
            continue;
          }
          if (isJoiner(next) && index + 1 < length) {
            const after = classAt(text, index + 1) & 7;
            if (after === 1 || after === 2) {
              index++;
              continue;
            }
          }
          break;
        }
        if (next === 0x2019 && index + 1 < length) {
          const after = classAt(text, index + 1) & 7;
          if (after === 1 || after === 2) {
            index++;
            continue;
          }
          break;
        }
        const at = classAt(text, index);
        const atKind = at & 7;
        if (atKind === 1 || atKind === 2) {
          if (alreadyLower && !isLowerStable(next)) alreadyLower = false;
          index += (at & wide) === 0 ? 1 : 2;
          continue;
        }
        break;
      }
      tokenKind = 'word';
    } else if (kind === 2) {
      index++;
      while (index < length) {
        const next = text.charCodeAt(index);
        if (next < 48 || next > 57) break;
        index++;
      }
      tokenKind = 'number';
    } else {
      index += width;
      tokenKind = 'punct';
    }
    if (tokenKind === 'word' && forms !== undefined && index - start <= maxCachedFormLength) {
      const hash = hashCodeUnits(text, start, index);
      const form = forms.find(text, start, index, hash);
      if (form !== undefined) {
        tokens.push({
          start,
          end: index,
          text: form.text,
          lower: form.lower,
          kind: tokenKind,
          sentenceStart: previousWasEnder || sawNewline,
          capitalised: form.capitalised,
          allCaps: form.allCaps,
          record: form.record,
        });
      } else {
        const value = text.slice(start, index);
        const lower = alreadyLower ? value : value.toLowerCase();
        const allCaps =
          value.charCodeAt(0) !== lower.charCodeAt(0) &&
          value.length >= 2 &&
          value === value.toUpperCase();
        const capitalised = value.charCodeAt(0) !== lower.charCodeAt(0) && !allCaps;
        const record = recordOf === undefined ? undefined : recordOf(lower);
        if (record !== undefined)
          forms.add({ text: value, lower, capitalised, allCaps, record, hash });
        tokens.push({
          start,
          end: index,
          text: value,
          lower,
          kind: tokenKind,
          sentenceStart: previousWasEnder || sawNewline,
          capitalised,
          allCaps,
          record,
        });
      }
      previousWasEnder = false;
      sawNewline = false;
      continue;
    }
    const value = text.slice(start, index);
    let lower = value;
    let capitalised = false;
    let allCaps = false;
    if (tokenKind === 'word' && !alreadyLower) {
      lower = value.toLowerCase();
      if (value.charCodeAt(0) !== lower.charCodeAt(0)) {
        allCaps = value.length >= 2 && value === value.toUpperCase();
        capitalised = !allCaps;
      }
    }
    tokens.push({
      start,
      end: index,
      text: value,
      lower,
      kind: tokenKind,
      sentenceStart: previousWasEnder || sawNewline,
      capitalised,
      allCaps,
      record: tokenKind === 'word' && recordOf !== undefined ? recordOf(lower) : undefined,
    });
    previousWasEnder = tokenKind === 'punct' && width === 1 && isSentenceEnder(code);
    sawNewline = false;
  }
  return tokens;
}

/** True when only spaces or tabs (no line break, no punctuation) lie between two offsets. */
export function isSpaceBetween(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code !== 32 && code !== 9 && code !== 160) return false;
  }
  return true;
}
