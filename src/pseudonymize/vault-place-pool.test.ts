import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getSharedLexicon } from './lexicon.js';
import { getSurrogateSource } from './surrogate-source.js';
import { createVault, parseVault, type Vault } from './vault.js';

const fixedRandom = (bytes: number): Buffer => Buffer.alloc(bytes, 11);

/** A vault whose surrogates already include `taken` (as if earlier places had been mapped). */
function vaultWithTaken(taken: readonly string[]): Vault {
  const state = createVault({ random: fixedRandom, lexicon: getSharedLexicon() }).toState();
  const entries = taken.map((surrogate, index) => ({
    type: 'LOCATION' as const,
    key: `sted ${String(index)}`,
    real: `Sted ${String(index)}`,
    surrogate,
  }));
  return parseVault(JSON.stringify({ ...state, entries }));
}

/**
 * A new LOCATION surrogate as the vault made it before pools were tested for being used up:
 * `pick` draws up to 200 times, taking the first place not yet a surrogate, else its 201st draw;
 * `surrogateFor` tries again (20 times at most) while the place it got is taken.
 */
function expectedPlace(
  seed: Buffer,
  counter: number,
  places: readonly string[],
  taken: ReadonlySet<string>,
): { surrogate: string; counter: number } {
  const draw = (): string =>
    places[
      createHmac('sha256', seed).update(String(counter++)).digest().readUInt32BE(0) % places.length
    ] ?? '';
  const pick = (): string => {
    for (let attempt = 0; attempt < 200; attempt++) {
      const place = draw();
      if (!taken.has(place.toLowerCase())) return place;
    }
    return draw();
  };
  let surrogate = pick();
  for (let attempt = 0; attempt < 20 && taken.has(surrogate.toLowerCase()); attempt++)
    surrogate = pick();
  return { surrogate, counter };
}

describe('Vault place surrogates when the place list is (nearly) all taken', () => {
  const places = getSurrogateSource(getSharedLexicon()).places;

  it('gives what 21 rounds of 200 refused draws and one more give when every place is taken', () => {
    const vault = vaultWithTaken(places);
    const before = vault.toState();
    const surrogate = vault.surrogateFor('LOCATION', 'Vestbygd');
    const expected = expectedPlace(
      Buffer.from(before.seed, 'hex'),
      before.counter,
      places,
      new Set(places.map((place) => place.toLowerCase())),
    );
    expect(expected.counter).toBe(before.counter + 21 * 201);
    expect(vault.toState().counter).toBe(expected.counter);
    expect(surrogate).toBe(expected.surrogate);
  });

  it('still searches the list while places are free, and then stops skipping', () => {
    for (const free of [1, 3]) {
      const taken = places.slice(0, places.length - free);
      const vault = vaultWithTaken(taken);
      const takenLower = new Set(taken.map((place) => place.toLowerCase()));
      const seed = Buffer.from(vault.toState().seed, 'hex');
      for (const real of ['Vestbygd', 'Nordbygd', 'Sørbygd', 'Austbygd', 'Midtbygd']) {
        const expected = expectedPlace(seed, vault.toState().counter, places, takenLower);
        expect(vault.surrogateFor('LOCATION', real)).toBe(expected.surrogate);
        expect(vault.toState().counter).toBe(expected.counter);
        takenLower.add(expected.surrogate.toLowerCase());
      }
    }
  });

  it('keeps a workplace stem of one word from a list whose one-word places are all taken', () => {
    const oneWord = places.filter((place) => !place.includes(' '));
    const vault = vaultWithTaken(oneWord);
    const before = vault.toState().counter;
    const surrogate = vault.surrogateFor('WORKPLACE', 'Vestbygd Bakeri');
    // Every try is the 201st draw of a used-up pool; it ends at a free (two-word) place or after 21.
    const tries = (vault.toState().counter - before) / 201;
    expect(Number.isInteger(tries) && tries >= 1 && tries <= 21).toBe(true);
    expect(surrogate.length).toBeGreaterThan(0);
  });
});
