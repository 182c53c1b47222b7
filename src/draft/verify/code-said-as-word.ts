import type { WordToken } from '../language/fold.js';
import type { TranscriptIndex } from './transcript-index.js';

/**
 * A code-shaped word ("B12") that the conversation says as a word names a lab test or a vitamin,
 * not a diagnosis code. It is accepted as said only with positive evidence: the conversation says
 * it, and any level the sentence gives it ("lav B12") is the level said about it.
 */

type Level = 'low' | 'high' | 'normal';

/** Level words, folded (bokmål and nynorsk: "lavt", "lågt", "høgt", "forhøyet"). */
const levelPatterns: readonly (readonly [RegExp, Level])[] = [
  [/^(?:lav|lavt|lave|lavere|lag|lagt|lage|nedsatt|redusert|senket)$/u, 'low'],
  [/^(?:hoy|hoyt|hoye|hoyere|hog|hogt|hoge|forhoyet|forhoya|forhogd|forhogde|okt|auka)$/u, 'high'],
  [/^(?:normal|normalt|normale|normalverdi\p{L}*|ua)$/u, 'normal'],
];

/** Tokens either side of the code word whose level words belong to it. */
const levelReach = 3;

function levelOf(folded: string): Level | undefined {
  return levelPatterns.find(([pattern]) => pattern.test(folded))?.[1];
}

/** Levels named within reach of each occurrence of `word` in the tokens. */
function levelsBeside(tokens: readonly WordToken[], word: string): Set<Level> {
  const levels = new Set<Level>();
  tokens.forEach((token, position) => {
    if (token.folded !== word) return;
    const from = Math.max(0, position - levelReach);
    const to = Math.min(tokens.length - 1, position + levelReach);
    for (let near = from; near <= to; near += 1) {
      const level = levelOf(tokens[near]?.folded ?? '');
      if (level !== undefined) levels.add(level);
    }
  });
  return levels;
}

/** Negation words (bokmål and nynorsk, folded). */
const negations: ReadonlySet<string> = new Set([
  'ikke',
  'ikkje',
  'aldri',
  'ingen',
  'inga',
  'ikkje',
]);

/** Words that may stand between a lab name and the level said for it ("B12 er litt lavt"). */
const linkWords: ReadonlySet<string> = new Set([
  'er',
  'var',
  'ble',
  'blei',
  'vart',
  'har',
  'litt',
  'noe',
  'noko',
  'veldig',
  'svaert',
  'ganske',
  'nokso',
  'fortsatt',
  'framleis',
  'fremdeles',
  'altfor',
  'for',
]);

/** True when only a space separates two neighbouring tokens (no comma, stop or dash between). */
function adjacent(before: WordToken | undefined, after: WordToken | undefined): boolean {
  return before !== undefined && after !== undefined && after.start - before.end === 1;
}

/**
 * Levels the conversation says about each occurrence of `word`, read strictly so a level that may
 * belong to another test or be denied is not taken as said: the level word stands directly before
 * it ("lav B12", not after a negation) or after it with only link words between ("B12 er lavt"),
 * in the same clause. Anything else ("B12 var ikke lav", "B12 normal, folat lav") says no level.
 */
function levelsSaidFor(tokens: readonly WordToken[], word: string): Set<Level> {
  const levels = new Set<Level>();
  tokens.forEach((token, position) => {
    if (token.folded !== word) return;
    const before = tokens[position - 1];
    const beforeLevel = levelOf(before?.folded ?? '');
    if (
      beforeLevel !== undefined &&
      adjacent(before, token) &&
      !negations.has(tokens[position - 2]?.folded ?? '')
    )
      levels.add(beforeLevel);
    for (let near = position + 1; near <= position + levelReach; near += 1) {
      const next = tokens[near];
      if (next === undefined || !adjacent(tokens[near - 1], next)) break;
      const level = levelOf(next.folded);
      if (level !== undefined) {
        levels.add(level);
        break;
      }
      if (!linkWords.has(next.folded)) break;
    }
  });
  return levels;
}

/** True when a negation stands within reach of an occurrence of `word`. */
function negatedBeside(tokens: readonly WordToken[], word: string): boolean {
  return tokens.some((token, position) => {
    if (token.folded !== word) return false;
    const from = Math.max(0, position - levelReach);
    const to = Math.min(tokens.length - 1, position + levelReach);
    for (let near = from; near <= to; near += 1)
      if (negations.has(tokens[near]?.folded ?? '')) return true;
    return false;
  });
}

/** How a code-shaped word in a sentence stands against the conversation. */
export type CodeWordReading =
  | { readonly kind: 'not-said' }
  | { readonly kind: 'said' }
  | { readonly kind: 'level-not-said'; readonly written: Level }
  | { readonly kind: 'level-conflict'; readonly written: Level; readonly said: Level };

/**
 * Reads a code-shaped word of a sentence against the conversation: `said` only when the
 * conversation says the word and every level the sentence gives it was said about it too.
 */
export function readCodeWord(
  code: string,
  sentenceTokens: readonly WordToken[],
  index: TranscriptIndex,
): CodeWordReading {
  const word = code.toLowerCase();
  if (!index.words.has(word)) return { kind: 'not-said' };
  const written = levelsBeside(sentenceTokens, word);
  if (written.size === 0) return { kind: 'said' };
  const said = new Set<Level>();
  for (const unit of index.units)
    for (const level of levelsSaidFor(unit.tokens, word)) said.add(level);
  // A negated level in the sentence ("B12 ikke lav") is not read; it is checked by a person.
  const first = [...written][0];
  if (first !== undefined && negatedBeside(sentenceTokens, word))
    return { kind: 'level-not-said', written: first };
  for (const level of written) {
    if (said.has(level)) continue;
    const other = [...said][0];
    return other === undefined
      ? { kind: 'level-not-said', written: level }
      : { kind: 'level-conflict', written: level, said: other };
  }
  return { kind: 'said' };
}

/** A level in Norwegian, for a clinician's message. */
export function levelWord(level: Level): string {
  switch (level) {
    case 'low':
      return 'lav';
    case 'high':
      return 'høy';
    case 'normal':
      return 'normal';
  }
}
