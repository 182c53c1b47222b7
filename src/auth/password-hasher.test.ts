import { describe, expect, it } from 'vitest';
import { createPasswordHasher, PasswordHashingBusyError } from './password-hasher.js';

/** Hash functions whose completion the test controls, recording how many run at once. */
function controllableHashes() {
  const pending: (() => void)[] = [];
  let running = 0;
  let peak = 0;
  const work = async () => {
    running += 1;
    peak = Math.max(peak, running);
    await new Promise<void>((resolve) => pending.push(resolve));
    running -= 1;
  };
  return {
    hashPassword: async (password: string) => {
      await work();
      return `hash:${password}`;
    },
    verifyPassword: async (password: string, stored: string) => {
      await work();
      return stored === `hash:${password}`;
    },
    finishOne: () => pending.shift()?.(),
    get running() {
      return running;
    },
    get peak() {
      return peak;
    },
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('password hasher', () => {
  it('runs at most its concurrency of hashes at once and serves the rest in arrival order', async () => {
    const hashes = controllableHashes();
    let time = 0;
    const hasher = createPasswordHasher({
      concurrency: 2,
      maxWaitMs: 10_000,
      now: () => time,
      ...hashes,
    });
    const order: string[] = [];
    const calls = ['a', 'b', 'c', 'd'].map((name) =>
      hasher.verify(name, `hash:${name}`).then(() => order.push(name)),
    );
    await settle();
    expect(hashes.running).toBe(2);
    expect(hasher.waiting).toBe(2);
    for (let index = 0; index < 4; index += 1) {
      time += 50;
      hashes.finishOne();
      await settle();
    }
    await Promise.all(calls);
    expect(hashes.peak).toBe(2);
    expect(order).toEqual(['a', 'b', 'c', 'd']);
    expect(hasher.active).toBe(0);
  });

  it('refuses at once with a retry time when the wait would exceed its bound, hashing nothing', async () => {
    const hashes = controllableHashes();
    let time = 0;
    const hasher = createPasswordHasher({
      concurrency: 1,
      maxWaitMs: 250,
      now: () => time,
      ...hashes,
    });
    // Teach it that a hash takes 100 ms.
    const first = hasher.verify('a', 'hash:a');
    await settle();
    time += 100;
    hashes.finishOne();
    await first;

    const running = hasher.verify('b', 'hash:b');
    const queued = [hasher.verify('c', 'hash:c')];
    await settle();
    // One running and one waiting: a third waiter would wait ≈ 2 hashes (about 200 ms): allowed.
    queued.push(hasher.verify('d', 'hash:d'));
    await settle();
    const refused = await hasher.verify('e', 'hash:e').then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(PasswordHashingBusyError);
    expect(refused).toMatchObject({ code: 'not-available', retryAfterSeconds: 1 });
    expect(hasher.waiting).toBe(2);
    for (let index = 0; index < 3; index += 1) {
      hashes.finishOne();
      await settle();
    }
    expect(await running).toBe(true);
    expect(await Promise.all(queued)).toEqual([true, true]);
  });

  it('frees its slot when a hash fails', async () => {
    const hasher = createPasswordHasher({
      concurrency: 1,
      hashPassword: () => Promise.reject(new Error('out of memory')),
    });
    await expect(hasher.hash('x', Buffer.alloc(16))).rejects.toThrow('out of memory');
    expect(hasher.active).toBe(0);
  });
});
