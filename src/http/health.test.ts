import { describe, expect, it } from 'vitest';
import { createManualClock } from '../core/index.js';
import { createHealthCheck, type SweeperState } from './health.js';

const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([
    promise,
    new Promise<'still waiting'>((resolve) =>
      setTimeout(() => {
        resolve('still waiting');
      }, ms),
    ),
  ]);

function setUp() {
  const clock = createManualClock(Date.parse('2026-12-02T08:00:00Z'));
  const sweeper: SweeperState = { lastRunAt: clock.now(), lastSucceeded: true };
  let probes = 0;
  let hang = false;
  let monotonic = 0;
  const health = createHealthCheck({
    store: {
      probe: () => {
        probes++;
        return hang ? new Promise(() => undefined) : Promise.resolve();
      },
    },
    audit: { checkHead: () => Promise.resolve({ seq: 7, sealed: true }) },
    clock,
    sweeper,
    refreshMs: 10,
    hungMs: 1_000,
    monotonicNow: () => monotonic,
  });
  return {
    health,
    clock,
    probes: () => probes,
    hangStore: () => {
      hang = true;
    },
    elapse: (ms: number) => {
      monotonic += ms;
      clock.advance(ms);
    },
  };
}

describe('createHealthCheck', () => {
  it('answers at once from the last measurement while the store is slow to answer', async () => {
    const test = setUp();
    try {
      expect((await test.health.check()).ok).toBe(true);
      test.hangStore();
      test.elapse(6_000);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const answer = await within(test.health.check(), 200);
      expect(answer).not.toBe('still waiting');
      expect(answer).toMatchObject({ store: { ok: true }, audit: { ok: true, head: 7 } });
    } finally {
      test.health.stop();
    }
  });

  it('measures the store on a timer, not per request', async () => {
    const test = setUp();
    try {
      await test.health.check();
      await Promise.all(Array.from({ length: 100 }, () => test.health.check()));
      expect(test.probes()).toBeLessThanOrEqual(2);
      await new Promise((resolve) => setTimeout(resolve, 60));
      expect(test.probes()).toBeGreaterThan(2);
    } finally {
      test.health.stop();
    }
  });

  it('reports a store that has not answered a probe for too long as failing', async () => {
    const test = setUp();
    try {
      await test.health.check();
      test.hangStore();
      await new Promise((resolve) => setTimeout(resolve, 50));
      test.elapse(2_000);
      const report = await test.health.check();
      expect(report.ok).toBe(false);
      expect(report.store.ok).toBe(false);
    } finally {
      test.health.stop();
    }
  });

  it('notices a stalled sweeper on the next request, without waiting for the timer', async () => {
    const test = setUp();
    try {
      expect((await test.health.check()).sweeper.ok).toBe(true);
      test.elapse(10 * 60_000);
      expect((await test.health.check()).sweeper.ok).toBe(false);
    } finally {
      test.health.stop();
    }
  });
});
