import type { WordToken } from '../language/fold.js';
import { perWord } from './per-transcript.js';
import type { SentenceCheckDefinition } from './sentence-context.js';

/** Bits per mask word (31: the sign bit stays clear, so every mask is a small integer). */
const bitsPerWord = 31;

/** No cued check (shared, never changed). */
const noChecks: readonly number[] = [];

/**
 * Which checks a sentence needs, by its words (issue 11): a check with a `cue` runs only on a
 * sentence that has a word its cue accepts, every other check on every sentence. Built once for
 * the list of checks; a word's checks are worked out once (a word memo) and a sentence's are the
 * union of its words' — one lookup per word instead of one call per check that would find nothing.
 */
export interface CheckDispatch {
  /**
   * The checks to run on a sentence with these words, as positions in the list, in list order (the
   * order matters: see `sentence-checks.ts`).
   */
  checksFor(tokens: readonly WordToken[]): readonly number[];
}

/** The dispatch for a list of checks (see {@link CheckDispatch}). */
export function createCheckDispatch(checks: readonly SentenceCheckDefinition[]): CheckDispatch {
  // Position in the list of each cued check, by its bit.
  const cued: number[] = [];
  checks.forEach((definition, position) => {
    if (definition.cue !== undefined) cued.push(position);
  });
  const maskWords = Math.ceil(cued.length / bitsPerWord);
  /** The bits of the cued checks whose cue accepts a folded word (none: the shared empty list). */
  const bitsOfWord = perWord((folded): readonly number[] => {
    let bits: number[] | undefined;
    cued.forEach((position, bit) => {
      if (checks[position]?.cue?.(folded) !== true) return;
      bits ??= new Array<number>(maskWords).fill(0);
      const word = Math.floor(bit / bitsPerWord);
      bits[word] = (bits[word] ?? 0) | (1 << (bit % bitsPerWord));
    });
    return bits ?? noChecks;
  });
  const always = checks.map((definition) => definition.cue === undefined);
  return {
    checksFor(tokens) {
      const mask = new Array<number>(maskWords).fill(0);
      for (const token of tokens) {
        const bits = bitsOfWord(token.folded);
        for (let word = 0; word < bits.length; word += 1)
          mask[word] = (mask[word] ?? 0) | (bits[word] ?? 0);
      }
      const run: number[] = [];
      let bit = 0;
      for (let position = 0; position < checks.length; position += 1) {
        if (always[position] === true) {
          run.push(position);
          continue;
        }
        const word = Math.floor(bit / bitsPerWord);
        if (((mask[word] ?? 0) & (1 << (bit % bitsPerWord))) !== 0) run.push(position);
        bit += 1;
      }
      return run;
    },
  };
}
