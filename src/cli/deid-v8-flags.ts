import { setFlagsFromString } from 'node:v8';

/**
 * V8 compiler settings for a `referent deid` process (and, V8 flags being process-wide, for its
 * worker threads). The command's CPU is dominated by its first pass over the input, and on one
 * core about a third of it was TurboFan compiling the large recognizer functions on V8's
 * background threads (graphs of megabytes with much inlined, some compiled two or three times).
 * A smaller inlining budget, no loop peeling and no escape analysis cut that background compile
 * time from about 2.5–3.1 s to 1.65 s of CPU on the 8 MB bench input, with the main thread no
 * slower (bench/README.md, session 9). Compiler heuristics only: the output is the same.
 */
export const deidV8Flags: readonly string[] = [
  '--max-inlined-bytecode-size-cumulative=200',
  '--no-turbo-loop-peeling',
  '--no-turbo-escape',
];

/** Applies `deidV8Flags` to this process; call before the recognizers run. */
export function tuneV8ForDeid(): void {
  setFlagsFromString(deidV8Flags.join(' '));
}
