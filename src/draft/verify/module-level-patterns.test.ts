import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * `npm run bench` and the CLI run the TypeScript through `tsx`, whose esbuild turns a pattern
 * literal with `\p{…}` outside a character class into `new RegExp(…)` where the literal stands. In
 * a function that is a new pattern object on every call: ≈ 1,600 per verification of the bench's
 * 30-minute consultation, in the per-word and per-sentence helpers below (issue 11). These
 * patterns live at module level, so they are built once.
 */
const hoisted: readonly { readonly file: string; readonly source: string }[] = [
  { file: '../../language/split-sentences.ts', source: 'Strep|Staph' },
  { file: './read-claims.ts', source: '(?:hel|heil|hele|heile)' },
  { file: './read-claims.ts', source: 'new RegExp("\\\\p{L}", "u")' },
  { file: './first-or-gone.ts', source: 'rstegangs\\\\p{L}*", "iu"' },
  { file: './denied-medication.ts', source: '^tal\\\\p{L}*$' },
  { file: '../language/negation.ts', source: '^\\\\p{L}{3,} (?:ikke|ikkje' },
  { file: './transcript-index.ts', source: 'nei|n\\xE6\\\\p{L}*|nai' },
];

/** The file as `tsx` runs it (same esbuild, same target). */
function asTsxRunsIt(file: string): string {
  const path = fileURLToPath(new URL(file, import.meta.url));
  return transformSync(readFileSync(path, 'utf8'), {
    loader: 'ts',
    format: 'esm',
    target: `node${process.versions.node}`,
  }).code;
}

describe('patterns the verifier tests per word or sentence', () => {
  it.each(hoisted)(
    'builds the pattern with $source in $file once, at module level',
    (entry) => {
      const lines = asTsxRunsIt(entry.file)
        .split('\n')
        .filter((line) => line.includes('new RegExp(') && line.includes(entry.source));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^const \w+ = new RegExp\(/u);
      // (esbuild's first transform starts its service: slow on a loaded machine.)
    },
    60_000,
  );
});
