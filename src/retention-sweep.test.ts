import { describe, expect, it } from 'vitest';
import { createManualClock, type Logger } from './core/index.js';
import { createHealthCheck, type SweeperState } from './http/index.js';
import { createRetentionSweep } from './retention-sweep.js';

const silent: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

function setUp() {
  const clock = createManualClock(Date.parse('2026-12-04T08:00:00Z'));
  const state: SweeperState = { lastRunAt: null, lastSucceeded: false };
  let settle: { resolve: (erased: number) => void; reject: (error: Error) => void } | undefined;
  const sweep = createRetentionSweep({
    live: { expireIdle: () => 0 },
    consultations: {
      sweepExpired: () =>
        new Promise<number>((resolve, reject) => {
          settle = { resolve, reject };
        }),
    },
    clock,
    logger: silent,
    state,
  });
  const health = createHealthCheck({
    store: { probe: () => Promise.resolve() },
    audit: { checkHead: () => Promise.resolve({ seq: 3, sealed: true }) },
    clock,
    sweeper: state,
    refreshMs: 60_000,
  });
  const finish = (outcome: number | Error) => {
    if (settle === undefined) throw new Error('no sweep is running');
    if (outcome instanceof Error) settle.reject(outcome);
    else settle.resolve(outcome);
    settle = undefined;
  };
  return { clock, state, sweep, health, finish };
}

describe('createRetentionSweep (issue 14)', () => {
  it('keeps /healthz healthy while a sweep is still waiting for a busy store', async () => {
    const test = setUp();
    try {
      const first = test.sweep();
      test.finish(2);
      await expect(first).resolves.toBe(2);
      expect((await test.health.check()).ok).toBe(true);

      // The next minute's sweep waits behind a busy store: the last finished run still counts.
      test.clock.advance(60_000);
      const second = test.sweep();
      const during = await test.health.check();
      expect(during.ok).toBe(true);
      expect(during.sweeper.ok).toBe(true);
      test.finish(0);
      await second;
      expect((await test.health.check()).sweeper.lastRunAt).toBe('2026-12-04T08:01:00.000Z');
    } finally {
      test.health.stop();
    }
  });

  it('reports a failed sweep as failing until a sweep succeeds again', async () => {
    const test = setUp();
    try {
      const failing = test.sweep();
      test.finish(new Error('disk I/O error'));
      await expect(failing).rejects.toThrow('disk I/O error');
      expect((await test.health.check()).sweeper.ok).toBe(false);
      const next = test.sweep();
      test.finish(0);
      await next;
      expect((await test.health.check()).sweeper.ok).toBe(true);
    } finally {
      test.health.stop();
    }
  });

  it('reports a sweep that never finishes once its last run is stale', async () => {
    const test = setUp();
    try {
      const first = test.sweep();
      test.finish(0);
      await first;
      void test.sweep();
      test.clock.advance(4 * 60_000);
      expect((await test.health.check()).sweeper.ok).toBe(false);
    } finally {
      test.health.stop();
    }
  });
});
