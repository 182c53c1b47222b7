import type { AuditLog } from '../audit/index.js';
import type { Clock } from '../core/index.js';

/** What `/healthz` reports (no identifiers, no content). */
export interface HealthReport {
  readonly ok: boolean;
  readonly store: { readonly ok: boolean };
  readonly audit: { readonly ok: boolean; readonly head: number };
  readonly sweeper: { readonly ok: boolean; readonly lastRunAt: string | null };
}

/** The retention sweeper's last run, as the composition root records it. */
export interface SweeperState {
  lastRunAt: number | null;
  lastSucceeded: boolean;
}

/** The health check and the timer that keeps it fresh; see `createHealthCheck`. */
export interface HealthCheck {
  /** The latest report; waits only for the very first measurement. */
  readonly check: () => Promise<HealthReport>;
  /** Stops the refresh timer (at shutdown). */
  readonly stop: () => void;
}

interface Measured {
  readonly store: { readonly ok: boolean };
  readonly audit: { readonly ok: boolean; readonly head: number };
}

/**
 * Health of the parts a clinician depends on (issue 14): the store takes writes, the audit chain
 * head is sealed with this installation's key, and the retention sweeper ran recently.
 *
 * `/healthz` must answer at once however busy the server is, so no request ever waits on the
 * store: the store probe (a write) and the audit head are measured on a timer every `refreshMs`,
 * started by the first request, and every request answers from the last finished measurement. Only
 * the very first request waits for one. A probe still running after `hungMs` (the store no longer
 * answers at all) is reported as a failing store. The sweeper's state is in memory and read on each
 * request.
 */
export function createHealthCheck(deps: {
  /** The store's write probe (the `Store` port's `probe`); the HTTP layer sees nothing else of it. */
  readonly store: { probe(): Promise<unknown> };
  readonly audit: Pick<AuditLog, 'checkHead'>;
  readonly clock: Clock;
  readonly sweeper: SweeperState;
  /** The sweeper runs every minute; older than this and it is reported as stalled. */
  readonly sweeperStaleMs?: number;
  /** How often the store and the audit head are measured again (real time). */
  readonly refreshMs?: number;
  /** A measurement still unfinished after this long reports the store as failing. */
  readonly hungMs?: number;
  /** Monotonic milliseconds, for `hungMs`; `performance.now` by default. */
  readonly monotonicNow?: () => number;
}): HealthCheck {
  const staleMs = deps.sweeperStaleMs ?? 3 * 60_000;
  const refreshMs = deps.refreshMs ?? 2_000;
  const hungMs = deps.hungMs ?? 15_000;
  const monotonicNow = deps.monotonicNow ?? (() => performance.now());
  let latest: Promise<Measured> | undefined;
  let runningSince: number | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;

  const measure = async (): Promise<Measured> => {
    const storeOk = await deps.store.probe().then(
      () => true,
      () => false,
    );
    const head = await deps.audit.checkHead().then(
      (result) => ({ ok: result.sealed, head: result.seq }),
      () => ({ ok: false, head: 0 }),
    );
    return { store: { ok: storeOk }, audit: head };
  };

  const refresh = (): Promise<Measured> => {
    runningSince = monotonicNow();
    const next = measure();
    void next.then(() => {
      runningSince = undefined;
      latest = next;
    });
    return next;
  };

  return {
    check: async () => {
      if (latest === undefined) {
        latest = refresh();
        timer = setInterval(() => {
          if (runningSince === undefined) void refresh();
        }, refreshMs);
        // The timer alone never keeps the process alive.
        timer.unref();
      }
      const measured = await latest;
      const hung = runningSince !== undefined && monotonicNow() - runningSince > hungMs;
      const store = hung ? { ok: false } : measured.store;
      const { lastRunAt, lastSucceeded } = deps.sweeper;
      const sweeperOk =
        lastRunAt !== null && lastSucceeded && deps.clock.now() - lastRunAt <= staleMs;
      return {
        ok: store.ok && measured.audit.ok && sweeperOk,
        store,
        audit: measured.audit,
        sweeper: {
          ok: sweeperOk,
          lastRunAt: lastRunAt === null ? null : new Date(lastRunAt).toISOString(),
        },
      };
    },
    stop: () => {
      if (timer !== undefined) clearInterval(timer);
    },
  };
}
