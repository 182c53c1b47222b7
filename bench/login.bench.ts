/**
 * Login at the expected rate (issue 14; docs/decisions/2026-12-02-password-hashing.md): the
 * morning peak of a large deployment, `LOGIN_RATE` logins per second (2) arriving at random
 * (Poisson) for `LOGIN_SECONDS` (20) over HTTP on loopback, then ten times that rate for 10 s.
 * Reports p50/p99 of the logins served, and at 10× how many were refused at once with 503 and
 * Retry-After (the hasher's bounded queue) and how many failed otherwise or took longer than 30 s
 * (target: none). Also the time of one password hash (the policy's Argon2id against the scrypt
 * settings it replaced and OWASP's) and whether an unknown username costs the same as a real one.
 */
import { randomBytes, scrypt } from 'node:crypto';
import { loadavg } from 'node:os';
import { LoginFailedError } from '../src/core/index.js';
import { hashPassword } from '../src/auth/index.js';
import { createTestApp } from '../src/testing/test-app.js';

const password = 'korrekt-hest-batteri';
const accounts = 20;

/** The percentile of `values`; -1 when there are none (no login was served). */
function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? -1;
}

/** A small deterministic generator (mulberry32), so every run sends the same arrival pattern. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Outcome {
  readonly served: number[];
  readonly busy: number;
  readonly busyWithRetryAfter: number;
  readonly failed: number;
}

/** Logins arriving at random at `perSecond` for `seconds`, each for one of the accounts. */
async function loginsAt(url: string, perSecond: number, seconds: number): Promise<Outcome> {
  const random = seededRandom(perSecond * 1000 + seconds);
  const arrivals: number[] = [];
  for (let at = 0; ;) {
    at += (-Math.log(1 - random()) / perSecond) * 1000;
    if (at >= seconds * 1000) break;
    arrivals.push(at);
  }
  const served: number[] = [];
  let busy = 0;
  let busyWithRetryAfter = 0;
  let failed = 0;
  const statuses: number[] = [];
  await Promise.all(
    arrivals.map(async (at, index) => {
      await new Promise((resolve) => setTimeout(resolve, at));
      const started = performance.now();
      try {
        const response = await fetch(`${url}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: `lege-${index % accounts}`, password }),
          signal: AbortSignal.timeout(30_000),
        });
        await response.text();
        if (response.status === 200) served.push(performance.now() - started);
        else if (response.status === 503) {
          busy += 1;
          if (Number(response.headers.get('retry-after')) >= 1) busyWithRetryAfter += 1;
        } else {
          failed += 1;
          statuses.push(response.status);
        }
      } catch {
        failed += 1;
        statuses.push(0);
      }
    }),
  );
  // Other answers, for the record (0: no answer within 30 s).
  if (statuses.length > 0) console.error(`login bench at ${perSecond}/s: other answers`, statuses);
  return { served, busy, busyWithRetryAfter, failed };
}

async function timeOf(work: () => Promise<unknown>, runs: number): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return percentile(times, 0.5);
}

const scryptOnce = (N: number, p: number) => () =>
  new Promise<void>((resolve, reject) => {
    scrypt(password, randomBytes(16), 64, { N, r: 8, p, maxmem: 256 * N * 8 }, (error) => {
      if (error === null) resolve();
      else reject(error);
    });
  });

export default async function bench() {
  const rate = Number(process.env['LOGIN_RATE'] ?? 2);
  const seconds = Number(process.env['LOGIN_SECONDS'] ?? 20);
  const loadBefore = loadavg()[0]?.toFixed(1) ?? '?';
  const argon2id = await timeOf(() => hashPassword(password, randomBytes(16)), 9);
  const scryptBefore = await timeOf(scryptOnce(2 ** 15, 1), 5);
  const scryptOwasp = await timeOf(scryptOnce(2 ** 17, 1), 3);

  const test = await createTestApp();
  try {
    for (let index = 0; index < accounts; index += 1) await test.login(`lege-${index}`);
    const known: number[] = [];
    const unknown: number[] = [];
    for (let round = 0; round < 10; round += 1) {
      for (const [username, into] of [
        ['lege-0', known],
        ['finnes-ikke', unknown],
      ] as const) {
        const started = performance.now();
        await test.app.auth
          .login({ username, password: 'gjetter-feil-1' })
          .catch((error: unknown) => {
            if (!(error instanceof LoginFailedError)) throw error;
          });
        into.push(performance.now() - started);
      }
    }
    const url = await test.app.server.listen({ host: '127.0.0.1', port: 0 });
    const expected = await loginsAt(url, rate, seconds);
    const surge = await loginsAt(url, rate * 10, 10);
    const note = `Poisson arrivals, ${accounts} accounts, loopback; load average ${loadBefore} → ${loadavg()[0]?.toFixed(1) ?? '?'}`;
    return [
      {
        name: 'one hash: Argon2id m=19 MiB t=2 p=1 (policy)',
        value: argon2id,
        unit: 'ms',
        note: 'median of 9',
      },
      {
        name: 'one hash: scrypt N=2^15 r=8 p=1 (before)',
        value: scryptBefore,
        unit: 'ms',
        note: 'median of 5; below OWASP',
      },
      {
        name: 'one hash: scrypt N=2^17 r=8 p=1 (OWASP)',
        value: scryptOwasp,
        unit: 'ms',
        note: 'median of 3; the alternative',
      },
      {
        name: 'wrong password, real account, p50',
        value: percentile(known, 0.5),
        unit: 'ms',
        note: '10 interleaved, in-process',
      },
      {
        name: 'wrong password, unknown account, p50',
        value: percentile(unknown, 0.5),
        unit: 'ms',
        note: 'should match the row above',
      },
      {
        name: `login p50 at ${rate}/s`,
        value: percentile(expected.served, 0.5),
        unit: 'ms',
        note: `${expected.served.length} served over ${seconds} s; ${note}`,
      },
      {
        name: `login p99 at ${rate}/s`,
        value: percentile(expected.served, 0.99),
        unit: 'ms',
        note: `target < 100; ${expected.busy} answered 503, ${expected.failed} failed`,
      },
      {
        name: `login p50 at ${rate * 10}/s (10×)`,
        value: percentile(surge.served, 0.5),
        unit: 'ms',
        note: `${surge.served.length} served over 10 s`,
      },
      {
        name: `login p99 at ${rate * 10}/s (10×)`,
        value: percentile(surge.served, 0.99),
        unit: 'ms',
        note: 'of those served',
      },
      {
        name: `login at ${rate * 10}/s: 503 with Retry-After`,
        value: surge.busyWithRetryAfter,
        unit: 'answers',
        note: `${surge.busy} answered 503 in all`,
      },
      {
        name: `login at ${rate * 10}/s: failed or timed out`,
        value: surge.failed,
        unit: 'answers',
        note: 'target 0',
      },
    ];
  } finally {
    await test.close();
  }
}
