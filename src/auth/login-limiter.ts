import { RateLimitedError, type Clock } from '../core/index.js';

/** Who is trying to log in: the username as typed (normalised) and the client address. */
export interface LoginAttemptKey {
  readonly account: string;
  readonly source: string;
}

/**
 * Throttles password guessing (issue 14, OWASP Authentication Cheat Sheet "login throttling").
 *
 * Only failures count, in three buckets: the account from one address, the account from
 * anywhere, and one address across accounts. Past a bucket's free failures, each further attempt
 * must wait a delay that doubles up to a ceiling, so the right password is delayed, never refused
 * for good, and a clinic behind one NAT address is not locked out by its own successful logins.
 * Unknown and real accounts are tracked alike, so the answer never tells which usernames exist.
 * Memory is bounded without a global reset: when full, the least recently used entry that does not
 * (yet) delay anyone is dropped first, so flooding the table with single failures from many
 * addresses cannot wipe the delay on an account under attack; only when every entry delays someone
 * is the least recently used of those dropped. IPv6 clients count per /64 network (one customer's
 * allocation), so cycling through one network's addresses is one source.
 */
export interface LoginLimiter {
  /** Throws `RateLimitedError` (with the seconds to wait) when this attempt must wait. */
  check(key: LoginAttemptKey): void;
  recordFailure(key: LoginAttemptKey): void;
  /** A correct password clears the account's buckets (not the address's). */
  recordSuccess(key: LoginAttemptKey): void;
  /** Entries held, for tests and metrics. */
  readonly size: number;
}

interface Rule {
  /** Failures without any delay. */
  readonly free: number;
  /** Delay after the first failure past `free`; doubles with each further failure. */
  readonly baseMs: number;
  readonly maxMs: number;
}

export interface LoginLimiterOptions {
  readonly clock: Clock;
  /** Entries kept at most (each is a few dozen bytes). */
  readonly maxEntries?: number;
  /** Failures are forgotten this long after the last one. */
  readonly windowMs?: number;
  readonly accountFromSource?: Rule;
  readonly account?: Rule;
  readonly source?: Rule;
}

interface Bucket {
  failures: number;
  lastFailureAt: number;
}

const defaults = {
  maxEntries: 50_000,
  windowMs: 15 * 60_000,
  accountFromSource: { free: 5, baseMs: 5_000, maxMs: 5 * 60_000 },
  // Distributed guessing against one account: more failures allowed before, and a short ceiling,
  // so an attacker elsewhere can slow the real user down by at most a minute per attempt.
  account: { free: 50, baseMs: 1_000, maxMs: 60_000 },
  source: { free: 30, baseMs: 1_000, maxMs: 5 * 60_000 },
} as const;

export function createLoginLimiter(options: LoginLimiterOptions): LoginLimiter {
  const { clock } = options;
  const maxEntries = options.maxEntries ?? defaults.maxEntries;
  const windowMs = options.windowMs ?? defaults.windowMs;
  const rules = {
    pair: options.accountFromSource ?? defaults.accountFromSource,
    account: options.account ?? defaults.account,
    source: options.source ?? defaults.source,
  };
  // Map iteration order is insertion order: re-inserting on use makes the first key the least
  // recently used one. Entries below their rule's free failures are `quiet` (dropping one changes
  // no answer); those past it are `holding` (they delay someone) and are dropped last.
  const quiet = new Map<string, Bucket>();
  const holding = new Map<string, Bucket>();

  const keysOf = (key: LoginAttemptKey) => {
    const source = toSourceKey(key.source);
    return [
      [`p\u0000${key.account}\u0000${source}`, rules.pair],
      [`a\u0000${key.account}`, rules.account],
      [`s\u0000${source}`, rules.source],
    ] as const;
  };

  const forget = (name: string) => {
    quiet.delete(name);
    holding.delete(name);
  };

  const live = (name: string, now: number): Bucket | undefined => {
    const bucket = quiet.get(name) ?? holding.get(name);
    if (bucket === undefined) return undefined;
    if (now - bucket.lastFailureAt >= windowMs) {
      forget(name);
      return undefined;
    }
    return bucket;
  };

  const delayOf = (bucket: Bucket, rule: Rule) =>
    bucket.failures < rule.free
      ? 0
      : Math.min(rule.maxMs, rule.baseMs * 2 ** Math.min(30, bucket.failures - rule.free));

  const dropOldest = (): boolean => {
    for (const map of [quiet, holding]) {
      const oldest = map.keys().next();
      if (oldest.done !== true) {
        map.delete(oldest.value);
        return true;
      }
    }
    return false;
  };

  return {
    check(key) {
      const now = clock.now();
      let waitMs = 0;
      for (const [name, rule] of keysOf(key)) {
        const bucket = live(name, now);
        if (bucket === undefined) continue;
        waitMs = Math.max(waitMs, bucket.lastFailureAt + delayOf(bucket, rule) - now);
      }
      if (waitMs > 0) throw new RateLimitedError(Math.max(1, Math.ceil(waitMs / 1000)));
    },
    recordFailure(key) {
      const now = clock.now();
      for (const [name, rule] of keysOf(key)) {
        const bucket = live(name, now) ?? { failures: 0, lastFailureAt: now };
        bucket.failures += 1;
        bucket.lastFailureAt = now;
        forget(name);
        (bucket.failures >= rule.free ? holding : quiet).set(name, bucket);
      }
      while (quiet.size + holding.size > maxEntries && dropOldest());
    },
    recordSuccess(key) {
      const [pair, account] = keysOf(key);
      forget(pair[0]);
      forget(account[0]);
    },
    get size() {
      return quiet.size + holding.size;
    },
  };
}

/**
 * The source a failure is counted against: an IPv4 address as it is, an IPv6 address by its /64
 * network (RFC 6177: one site's allocation, so one client can use any address in it), an
 * IPv4-mapped IPv6 address as its IPv4 address.
 */
export function toSourceKey(address: string): string {
  const trimmed = address.trim().toLowerCase();
  if (!trimmed.includes(':')) return trimmed;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(trimmed);
  if (mapped?.[1] !== undefined) return mapped[1];
  const [head = '', tail] = trimmed.split('%')[0]?.split('::') ?? [];
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = Math.max(0, 8 - headGroups.length - tailGroups.length);
  const groups =
    tail === undefined
      ? headGroups
      : [...headGroups, ...Array.from({ length: missing }, () => '0'), ...tailGroups];
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
