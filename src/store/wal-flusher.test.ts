import { describe, expect, it } from 'vitest';
import { createWalFlusher } from './wal-flusher.js';

/** An fsync that finishes only when the test says so. */
function createControlledSync() {
  const pending: (() => void)[] = [];
  let calls = 0;
  return {
    sync: () => {
      calls += 1;
      return new Promise<void>((resolve) => {
        pending.push(resolve);
      });
    },
    finishOne: () => pending.shift()?.(),
    get calls() {
      return calls;
    },
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('createWalFlusher (group commit)', () => {
  it('lets commits made during an fsync share the next one, and answers none before its own', async () => {
    const disk = createControlledSync();
    const flusher = createWalFlusher('/unused/referent.db-wal', disk.sync);
    const done: string[] = [];
    const first = flusher.flush().then(() => done.push('first'));
    const second = flusher.flush().then(() => done.push('second'));
    const third = flusher.flush().then(() => done.push('third'));
    await settle();
    expect(disk.calls).toBe(1);
    disk.finishOne();
    await settle();
    // The second and third commits came after the first fsync began: not yet on the disk.
    expect(done).toEqual(['first']);
    expect(disk.calls).toBe(2);
    disk.finishOne();
    await Promise.all([first, second, third]);
    expect(done).toEqual(['first', 'second', 'third']);
    expect(disk.calls).toBe(2);
  });

  it('reports an fsync failure to the commits waiting for it', async () => {
    const flusher = createWalFlusher('/unused/referent.db-wal', () =>
      Promise.reject(new Error('EIO: i/o error, fsync')),
    );
    await expect(flusher.flush()).rejects.toThrow(/EIO/);
  });

  it('treats a missing write-ahead log as nothing to flush', async () => {
    await expect(createWalFlusher('/nonexistent/referent.db-wal').flush()).resolves.toBeUndefined();
  });
});
