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
    for (const level of levelsBeside(unit.tokens, word)) said.add(level);
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
