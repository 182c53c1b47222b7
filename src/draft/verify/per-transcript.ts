import { createWordMemo } from '../../language/index.js';
import type { TranscriptIndex } from './transcript-index.js';

/**
 * A value read from a whole transcript, computed the first time a check asks for it and kept with
 * that transcript's index (issue 11: the verifier reads the transcript once per transcript, not
 * once per drafted sentence). The index is immutable, so the value never goes stale; a WeakMap
 * lets it go with the index.
 */
export function perTranscript<T>(
  compute: (index: TranscriptIndex) => T,
): (index: TranscriptIndex) => T {
  const memo = new WeakMap<TranscriptIndex, T>();
  return (index) => {
    if (memo.has(index)) return memo.get(index) as T;
    const value = compute(index);
    memo.set(index, value);
    return value;
  };
}

/**
 * A pure function of one string (a folded word, a stem), remembered: the same words recur in every
 * sentence and every transcript, and the vocabulary is bounded.
 */
export function perWord<T>(compute: (word: string) => T): (word: string) => T {
  // (Boxed, so one lookup answers a word whose value is undefined too.)
  const memo = createWordMemo<{ readonly value: T }>(50_000);
  return (word) => {
    const known = memo.get(word);
    if (known !== undefined) return known.value;
    const value = compute(word);
    memo.set(word, { value });
    return value;
  };
}
