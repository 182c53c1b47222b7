import { availableParallelism } from 'node:os';
import { ReferentError } from '../core/index.js';
import { hashPassword, verifyPassword } from './password.js';

/** Password hashing is at capacity (a login surge): the client should retry shortly. */
export class PasswordHashingBusyError extends ReferentError {
  readonly code = 'not-available';
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super({
      message: 'password hashing is at capacity',
      userMessage: `Mange logger inn akkurat nå. Prøv igjen om ${retryAfterSeconds} ${
        retryAfterSeconds === 1 ? 'sekund' : 'sekunder'
      }.`,
      isRetryable: true,
    });
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/**
 * Password hashing with bounded concurrency and a bounded wait (issue 14;
 * docs/decisions/2026-12-02-password-hashing.md).
 *
 * Why: a hash takes tens of milliseconds of one core and runs in libuv's thread pool (4 threads by
 * default), which the store's fsync (group commit) and file reads share. Unbounded, a login surge
 * fills every pool thread with hashes: commits wait behind them and every login slows down
 * together until clients time out. Here at most `concurrency` hashes run at once; the rest wait
 * first come, first served, and a caller whose estimated wait (those ahead of it × the recent
 * hash time ÷ `concurrency`) exceeds `maxWaitMs` is refused at once with `PasswordHashingBusyError`
 * (503 with Retry-After), before anything is hashed or stored.
 */
export interface PasswordHasher {
  hash(password: string, salt: Buffer): Promise<string>;
  verify(password: string, stored: string): Promise<boolean>;
  /** Hashes running now. */
  readonly active: number;
  /** Hashes waiting for a turn. */
  readonly waiting: number;
}

export interface PasswordHasherOptions {
  /** Hashes at once; half the cores, at least 1 and at most 2 (so 2 pool threads stay free). */
  readonly concurrency?: number;
  /** Longest estimated wait for a turn before a caller is refused; 1,000 ms when absent. */
  readonly maxWaitMs?: number;
  /** Monotonic milliseconds; `performance.now` when absent. */
  readonly now?: () => number;
  /** The hash functions; `hashPassword` and `verifyPassword` when absent. */
  readonly hashPassword?: (password: string, salt: Buffer) => Promise<string>;
  readonly verifyPassword?: (password: string, stored: string) => Promise<boolean>;
}

/** Hash time assumed before the first one is measured (Argon2id 19 MiB, t = 2, loaded machine). */
const initialHashMs = 100;

export function createPasswordHasher(options: PasswordHasherOptions = {}): PasswordHasher {
  const concurrency =
    options.concurrency ?? Math.min(2, Math.max(1, Math.floor(availableParallelism() / 2)));
  const maxWaitMs = options.maxWaitMs ?? 1_000;
  const now = options.now ?? (() => performance.now());
  const hash = options.hashPassword ?? hashPassword;
  const verify = options.verifyPassword ?? verifyPassword;
  let active = 0;
  let averageMs = initialHashMs;
  const queue: (() => void)[] = [];

  const turn = async (): Promise<void> => {
    if (active < concurrency && queue.length === 0) {
      active += 1;
      return;
    }
    const estimatedWaitMs = ((queue.length + 1) * averageMs) / concurrency;
    if (estimatedWaitMs > maxWaitMs) {
      throw new PasswordHashingBusyError(Math.max(1, Math.ceil(estimatedWaitMs / 1000)));
    }
    // The slot is handed over by the finishing hash (`active` unchanged), so none overtakes.
    await new Promise<void>((resolve) => {
      queue.push(resolve);
    });
  };

  const run = async <T>(work: () => Promise<T>): Promise<T> => {
    await turn();
    const started = now();
    try {
      return await work();
    } finally {
      // An exponentially weighted mean of recent hashes follows the machine's load.
      averageMs = 0.8 * averageMs + 0.2 * (now() - started);
      const next = queue.shift();
      if (next === undefined) active -= 1;
      else next();
    }
  };

  return {
    hash: (password, salt) => run(() => hash(password, salt)),
    verify: (password, stored) => run(() => verify(password, stored)),
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
  };
}
