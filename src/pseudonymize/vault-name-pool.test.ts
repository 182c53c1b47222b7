import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getSharedLexicon } from './lexicon.js';
import { getSurrogateSource } from './surrogate-source.js';
import { createVault } from './vault.js';

const fixedRandom = (bytes: number): Buffer => Buffer.alloc(bytes, 7);

describe('Vault person surrogates when every name of the list is taken', () => {
  it('gives what the 200 refused draws and the one after them give', () => {
    const lexicon = getSharedLexicon();
    const source = getSurrogateSource(lexicon);
    const female = source.femaleNames;
    const vault = createVault({ random: fixedRandom, lexicon });
    // Every female surrogate is a real name part of this consultation: none may be handed out.
    for (const name of female) vault.reserveRealNamePart(name.toLowerCase());
    const before = vault.toState();
    const surrogate = vault.surrogateFor('PERSON', 'Kari');
    const after = vault.toState();
    // `pick` draws 200 times, refuses each, and takes the 201st draw: HMAC(seed, counter).
    const draw = createHmac('sha256', Buffer.from(before.seed, 'hex'))
      .update(String(before.counter + 200))
      .digest()
      .readUInt32BE(0);
    expect(lexicon.femaleNames.has('kari') && !lexicon.maleNames.has('kari')).toBe(true);
    expect(after.counter).toBe(before.counter + 201);
    expect(surrogate).toBe(female[draw % female.length]);
  });

  it('still searches the list while one name is free: the free name, or the 201st draw', () => {
    const lexicon = getSharedLexicon();
    const female = getSurrogateSource(lexicon).femaleNames;
    const free = female[female.length - 1] ?? '';
    const vault = createVault({ random: fixedRandom, lexicon });
    for (const name of female) if (name !== free) vault.reserveRealNamePart(name.toLowerCase());
    const seed = Buffer.from(vault.toState().seed, 'hex');
    const drawAt = (counter: number): string =>
      female[
        createHmac('sha256', seed).update(String(counter)).digest().readUInt32BE(0) % female.length
      ] ?? '';
    const hit = Array.from({ length: 200 }, (_, counter) => drawAt(counter)).indexOf(free);
    const surrogate = vault.surrogateFor('PERSON', 'Kari');
    expect(vault.toState().counter).toBe(hit === -1 ? 201 : hit + 1);
    expect(surrogate).toBe(hit === -1 ? drawAt(200) : free);
  });
});
