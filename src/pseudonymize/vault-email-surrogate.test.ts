import { describe, expect, it } from 'vitest';
import { getSharedLexicon } from './lexicon.js';
import { getSurrogateSource } from './surrogate-source.js';
import { createVault } from './vault.js';

const plain = (value: string): string =>
  value.toLowerCase().replace(/æ/gu, 'ae').replace(/ø/gu, 'o').replace(/å/gu, 'a');

describe('Vault e-mail surrogates', () => {
  it('never builds the surrogate address from a real name of the consultation', () => {
    const lexicon = getSharedLexicon();
    const source = getSurrogateSource(lexicon);
    const given = source.femaleNames.concat(source.maleNames);
    // Half of every list are real names here ("Ola" from the home-care office, "Haugen" …).
    const real = [
      ...given.slice(0, Math.floor(given.length / 2)),
      ...source.surnames.slice(0, Math.floor(source.surnames.length / 2)),
    ].map((name) => name.toLowerCase());
    const realPlain = new Set(real.map(plain));
    for (let seed = 0; seed < 20; seed++) {
      const vault = createVault({ random: (bytes) => Buffer.alloc(bytes, seed), lexicon });
      for (const name of real) vault.reserveRealNamePart(name);
      const surrogate = vault.surrogateFor('EMAIL', 'eirik.opsahl@outlook.com');
      const [local = ''] = surrogate.split('@');
      for (const part of local.split('.')) expect(realPlain.has(part), surrogate).toBe(false);
    }
  });
});
