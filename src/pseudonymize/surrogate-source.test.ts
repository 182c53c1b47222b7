import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { getSharedLexicon, type Lexicon } from './lexicon.js';
import {
  createSurrogateSource,
  getSurrogateSource,
  tryReadSurrogateSourceSnapshot,
  writeSurrogateSourceSnapshot,
} from './surrogate-source.js';

const lexicon = getSharedLexicon();
const directory = mkdtempSync(path.join(tmpdir(), 'referent-surrogates-'));
afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

/** Where `npm run build` writes the snapshot `referent deid` reads. */
const builtSnapshot = path.resolve(
  import.meta.dirname,
  '../../dist/pseudonymize/surrogate-source.snapshot',
);

describe('surrogate source snapshot', () => {
  it('gives exactly the names and places filtered from the lexicon', () => {
    const file = path.join(directory, 'surrogate-source.snapshot');
    writeSurrogateSourceSnapshot(file, lexicon);
    const fresh = createSurrogateSource(lexicon);
    expect(tryReadSurrogateSourceSnapshot(file, lexicon)).toEqual(fresh);
    expect(getSurrogateSource(lexicon)).toEqual(fresh);
    // No surrogate is an ordinary word or a name of both genders.
    expect(fresh.femaleNames.length).toBeGreaterThan(100);
    for (const name of fresh.femaleNames) {
      expect(lexicon.isCommonWord(name.toLowerCase())).toBe(false);
      expect(lexicon.maleNames.has(name.toLowerCase())).toBe(false);
    }
  });

  it('is not used once a name list changes', () => {
    const file = path.join(directory, 'other.snapshot');
    writeSurrogateSourceSnapshot(file, lexicon);
    const femaleNames = new Set(lexicon.femaleNames);
    femaleNames.add('zyrilla');
    const changed: Lexicon = { ...lexicon, femaleNames };
    expect(tryReadSurrogateSourceSnapshot(file, changed)).toBeUndefined();
    expect(getSurrogateSource(changed).femaleNames).toContain('Zyrilla');
  });

  it('refuses a damaged file', () => {
    const file = path.join(directory, 'damaged.snapshot');
    writeFileSync(file, '{"fingerprint": "x", "femaleNames": [1]}');
    expect(tryReadSurrogateSourceSnapshot(file, lexicon)).toBeUndefined();
  });

  it.runIf(existsSync(builtSnapshot))('the built snapshot matches the lexicon as built', () => {
    expect(tryReadSurrogateSourceSnapshot(builtSnapshot, lexicon)).toEqual(
      createSurrogateSource(lexicon),
    );
  });
});
