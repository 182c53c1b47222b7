import { describe, expect, it } from 'vitest';
import { createManualClock, RateLimitedError } from '../core/index.js';
import { createLoginLimiter } from './login-limiter.js';

const waitOf = (check: () => void): number => {
  try {
    check();
    return 0;
  } catch (error) {
    if (error instanceof RateLimitedError) return error.retryAfterSeconds;
    throw error;
  }
};

describe('login limiter', () => {
  it('delays guesses progressively, then lets the right password through after the wait', () => {
    const clock = createManualClock();
    const limiter = createLoginLimiter({ clock });
    const key = { account: 'lege-a', source: '192.0.2.10' };
    const waits: number[] = [];
    for (let attempt = 0; attempt < 8; attempt += 1) {
      const wait = waitOf(() => {
        limiter.check(key);
      });
      waits.push(wait);
      clock.advance(wait * 1000);
      limiter.recordFailure(key);
    }
    expect(waits).toEqual([0, 0, 0, 0, 0, 5, 10, 20]);
    clock.advance(40_000);
    expect(
      waitOf(() => {
        limiter.check(key);
      }),
    ).toBe(0);
  });

  it('never counts successful logins, so a clinic behind one address is not locked out', () => {
    const clock = createManualClock();
    const limiter = createLoginLimiter({ clock });
    for (let index = 0; index < 500; index += 1) {
      const key = { account: `lege-${index % 40}`, source: '192.0.2.1' };
      limiter.check(key);
      limiter.recordSuccess(key);
    }
    expect(limiter.size).toBe(0);
  });

  it('keeps memory bounded without forgetting the account under attack', () => {
    const clock = createManualClock();
    const limiter = createLoginLimiter({ clock, maxEntries: 1000 });
    const target = { account: 'lege-a', source: '198.51.100.1' };
    for (let index = 0; index < 10_000; index += 1) {
      limiter.recordFailure({ account: 'lege-a', source: `10.${index >> 8}.${index & 255}.1` });
    }
    expect(limiter.size).toBeLessThanOrEqual(1000);
    // 10 000 failures against the account from everywhere: it is still being slowed down.
    expect(
      waitOf(() => {
        limiter.check(target);
      }),
    ).toBeGreaterThan(0);
  });
});
