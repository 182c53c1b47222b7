import { describe, expect, it } from 'vitest';
import { createManualClock, RateLimitedError } from '../core/index.js';
import { createLoginLimiter, toSourceKey } from './login-limiter.js';

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

  it('keeps the delay on a guessed account when a flood of single failures fills its memory', () => {
    const clock = createManualClock();
    const limiter = createLoginLimiter({ clock, maxEntries: 60 });
    const target = { account: 'lege-utsatt', source: '198.51.100.7' };
    for (let attempt = 0; attempt < 7; attempt += 1) limiter.recordFailure(target);
    expect(
      waitOf(() => {
        limiter.check(target);
      }),
    ).toBeGreaterThan(0);
    // One failure each for 500 made-up accounts from 500 addresses: 1,500 entries into 60 places.
    for (let index = 0; index < 500; index += 1) {
      limiter.recordFailure({
        account: `finnes-ikke-${index}`,
        source: `203.0.113.${index % 250}`,
      });
      limiter.recordFailure({ account: `ukjent-${index}`, source: `192.0.2.${index % 250}` });
    }
    expect(limiter.size).toBeLessThanOrEqual(60);
    expect(
      waitOf(() => {
        limiter.check(target);
      }),
    ).toBeGreaterThan(0);
  });

  it('counts every address of one IPv6 /64 network as one source', () => {
    const clock = createManualClock();
    const limiter = createLoginLimiter({ clock });
    for (let index = 0; index < 40; index += 1) {
      limiter.recordFailure({
        account: `konto-${index}`,
        source: `2001:db8:7:9::${index.toString(16)}`,
      });
    }
    expect(
      waitOf(() => {
        limiter.check({ account: 'ny-konto', source: '2001:db8:7:9:ffff:1:2:3' });
      }),
    ).toBeGreaterThan(0);
    // Another network is not held back.
    expect(
      waitOf(() => {
        limiter.check({ account: 'ny-konto', source: '2001:db8:7:a::1' });
      }),
    ).toBe(0);
  });

  it('normalises source addresses', () => {
    expect(toSourceKey('192.0.2.4')).toBe('192.0.2.4');
    expect(toSourceKey('::ffff:192.0.2.4')).toBe('192.0.2.4');
    expect(toSourceKey('2001:0db8:0007:0009:0:0:0:1')).toBe('2001:db8:7:9::/64');
    expect(toSourceKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(toSourceKey('::1')).toBe('0:0:0:0::/64');
  });
});
