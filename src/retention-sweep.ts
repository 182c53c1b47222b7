import type { Clock, Logger } from './core/index.js';
import type { SweeperState } from './http/index.js';

/**
 * The retention sweep (non-negotiable 2): erases abandoned live recordings and expired sessions,
 * and records its outcome in `state` for `/healthz`.
 *
 * The outcome is written only when a run has finished: a sweep that is still running leaves the
 * previous run's result in place, so the health check does not report a failing sweeper every
 * minute for as long as a busy store takes to answer (seen as a 503 from `/healthz` under the load
 * bench). A run that never finishes is reported once its last finished run is older than the
 * health check's staleness limit.
 */
export function createRetentionSweep(deps: {
  readonly live: { expireIdle(): number };
  readonly consultations: { sweepExpired(): Promise<number> };
  readonly clock: Clock;
  readonly logger: Logger;
  readonly state: SweeperState;
}): () => Promise<number> {
  const { live, consultations, clock, logger, state } = deps;
  return async () => {
    const abandoned = live.expireIdle();
    if (abandoned > 0) logger.info('abandoned live recordings erased', { count: abandoned });
    let erased: number;
    try {
      erased = await consultations.sweepExpired();
    } catch (error) {
      state.lastRunAt = clock.now();
      state.lastSucceeded = false;
      throw error;
    }
    state.lastRunAt = clock.now();
    state.lastSucceeded = true;
    if (erased > 0) logger.info('retention sweep erased expired sessions', { count: erased });
    return erased;
  };
}
