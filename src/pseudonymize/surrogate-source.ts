import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';

import { getSourceFingerprint } from './lexicon-snapshot.js';
import type { Lexicon } from './lexicon.js';

/** The lists surrogates are drawn from: gazetteer names that are safe to hand out. */
export interface SurrogateSource {
  readonly femaleNames: readonly string[];
  readonly maleNames: readonly string[];
  readonly surnames: readonly string[];
  readonly places: readonly string[];
  readonly postalCodes: readonly string[];
}

/** Bump when the filter below or the full-form lookup it relies on changes. */
const sourceFormat = 1;

function titleCase(lower: string): string {
  return lower.replace(
    /(^|[\s-])(\p{L})/gu,
    (_match, separator: string, letter: string) => separator + letter.toUpperCase(),
  );
}

/**
 * Filters the lexicon's names and places down to those a surrogate may be (≈0.1–0.2 s of
 * full-form lookups on a cold process; `getSurrogateSource` reads them from the build's snapshot).
 */
export function createSurrogateSource(lexicon: Lexicon): SurrogateSource {
  // Surrogates must not be ordinary words, or re-identification would turn words into names.
  const usable = (name: string): boolean =>
    name.length >= 3 &&
    /^[a-zæøå]+$/u.test(name) &&
    !lexicon.isCommonWord(name) &&
    !lexicon.nonIdentifyingTerms.has(name);
  const both = (name: string): boolean =>
    lexicon.femaleNames.has(name) && lexicon.maleNames.has(name);
  // A surrogate never holds another name inside it ("Kristine" holds "Kristin", "Hansen" holds
  // "Hans"): otherwise the model text would still contain a real name of the consultation.
  const isName = (part: string): boolean =>
    lexicon.femaleNames.has(part) || lexicon.maleNames.has(part) || lexicon.surnames.has(part);
  const holdsAnotherName = (name: string): boolean => {
    for (let start = 0; start < name.length; start++) {
      for (let end = start + 3; end <= name.length; end++) {
        if (end - start < name.length && isName(name.slice(start, end))) return true;
      }
    }
    return false;
  };
  return {
    femaleNames: [...lexicon.femaleNames]
      .filter((name) => usable(name) && !both(name) && !holdsAnotherName(name))
      .map(titleCase),
    maleNames: [...lexicon.maleNames]
      .filter((name) => usable(name) && !both(name) && !holdsAnotherName(name))
      .map(titleCase),
    surnames: [...lexicon.surnames]
      .filter(
        (name) =>
          usable(name) &&
          !holdsAnotherName(name) &&
          !lexicon.places.has(name) &&
          !lexicon.femaleNames.has(name) &&
          !lexicon.maleNames.has(name),
      )
      .map(titleCase),
    places: [...lexicon.places.entries()]
      .filter(
        ([name]) =>
          usable(name) &&
          !lexicon.surnames.has(name) &&
          !lexicon.femaleNames.has(name) &&
          !lexicon.maleNames.has(name) &&
          name.length >= 4 &&
          !holdsAnotherName(name),
      )
      .map(([, display]) => display),
    postalCodes: [...lexicon.postalCodes.keys()],
  };
}

/**
 * What a surrogate source is made from: the dictionary and name-list fingerprint and every name,
 * place and term list it filters (≈1 ms to hash), so a snapshot of other gazetteers is never used.
 */
export function toSurrogateSourceFingerprint(lexicon: Lexicon): string {
  const hash = createHash('sha256');
  hash.update(`${String(sourceFormat)}\n${getSourceFingerprint()}\n`);
  for (const list of [
    lexicon.femaleNames,
    lexicon.maleNames,
    lexicon.surnames,
    lexicon.nonIdentifyingTerms,
  ]) {
    hash.update([...list].join('\n'));
    hash.update('\0');
  }
  for (const [name, display] of lexicon.places) hash.update(`${name}\t${display}\n`);
  return hash.digest('hex');
}

const snapshotSchema = z
  .object({
    fingerprint: z.string(),
    femaleNames: z.array(z.string()),
    maleNames: z.array(z.string()),
    surnames: z.array(z.string()),
    places: z.array(z.string()),
  })
  .strict();

/** Where `npm run build` writes the snapshot: beside this module (so `dist/pseudonymize/`). */
export const defaultSurrogateSourceSnapshotPath = path.join(
  import.meta.dirname,
  'surrogate-source.snapshot',
);
const builtSnapshotPath = path.resolve(
  import.meta.dirname,
  '../../dist/pseudonymize/surrogate-source.snapshot',
);

/** Writes the surrogate source of `lexicon` with its fingerprint (`npm run build` does). */
export function writeSurrogateSourceSnapshot(snapshotPath: string, lexicon: Lexicon): void {
  const { femaleNames, maleNames, surnames, places } = createSurrogateSource(lexicon);
  writeFileSync(
    snapshotPath,
    JSON.stringify({
      fingerprint: toSurrogateSourceFingerprint(lexicon),
      femaleNames,
      maleNames,
      surnames,
      places,
    }),
  );
}

/** The snapshot at `file` when it was made from exactly this lexicon's lists, else undefined. */
export function tryReadSurrogateSourceSnapshot(
  file: string,
  lexicon: Lexicon,
  fingerprint: string = toSurrogateSourceFingerprint(lexicon),
): SurrogateSource | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = snapshotSchema.safeParse(value);
  if (!parsed.success || parsed.data.fingerprint !== fingerprint) return undefined;
  const { femaleNames, maleNames, surnames, places } = parsed.data;
  return { femaleNames, maleNames, surnames, places, postalCodes: [...lexicon.postalCodes.keys()] };
}

const sources = new WeakMap<Lexicon, SurrogateSource>();

/**
 * The surrogate source of `lexicon`, once per lexicon: from the build's snapshot when it was made
 * from the same lists, else filtered here (`createSurrogateSource`). Same lists either way.
 */
export function getSurrogateSource(lexicon: Lexicon): SurrogateSource {
  let source = sources.get(lexicon);
  if (source === undefined) {
    const fingerprint = toSurrogateSourceFingerprint(lexicon);
    source =
      tryReadSurrogateSourceSnapshot(defaultSurrogateSourceSnapshotPath, lexicon, fingerprint) ??
      tryReadSurrogateSourceSnapshot(builtSnapshotPath, lexicon, fingerprint) ??
      createSurrogateSource(lexicon);
    sources.set(lexicon, source);
  }
  return source;
}
