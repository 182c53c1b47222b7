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

/**
 * Health of the parts a clinician depends on (issue 14): the store takes writes, the audit chain
 * head is sealed with this installation's key, and the retention sweeper ran recently. The store
 * probe writes, so its result is kept for `cacheMs` to keep `/healthz` cheap under load.
 */
export function createHealthCheck(deps: {
  /** The store's write probe (the `Store` port's `probe`); the HTTP layer sees nothing else of it. */
  readonly store: { probe(): Promise<unknown> };
  readonly audit: AuditLog;
  readonly clock: Clock;
  readonly sweeper: SweeperState;
  /** The sweeper runs every minute; older than this and it is reported as stalled. */
  readonly sweeperStaleMs?: number;
  readonly cacheMs?: number;
}): () => Promise<HealthReport> {
  const staleMs = deps.sweeperStaleMs ?? 3 * 60_000;
  const cacheMs = deps.cacheMs ?? 5_000;
  let cached: { at: number; report: Promise<HealthReport> } | undefined;

  const measure = async (): Promise<HealthReport> => {
    const storeOk = await deps.store.probe().then(
      () => true,
      () => false,
    );
    const head = await deps.audit.checkHead().then(
      (result) => ({ ok: result.sealed, head: result.seq }),
      () => ({ ok: false, head: 0 }),
    );
    const { lastRunAt, lastSucceeded } = deps.sweeper;
    const sweeperOk =
      lastRunAt !== null && lastSucceeded && deps.clock.now() - lastRunAt <= staleMs;
    return {
      ok: storeOk && head.ok && sweeperOk,
      store: { ok: storeOk },
      audit: head,
      sweeper: {
        ok: sweeperOk,
        lastRunAt: lastRunAt === null ? null : new Date(lastRunAt).toISOString(),
      },
    };
  };

  return () => {
    const now = deps.clock.now();
    if (cached === undefined || now - cached.at >= cacheMs) {
      cached = { at: now, report: measure() };
    }
    return cached.report;
  };
}
