import type { ConsultationStatus } from './labels.js';

/** How long before automatic erasure an unfinished consultation is flagged (P2 retention). */
export const expiryWarningMs = 60 * 60_000;

/**
 * True when retention will soon erase a consultation whose text has not left Referent yet
 * (anything not handed over and not already erased), so the clinician can finish it in time.
 */
export function isExpiringUnfinished(
  status: ConsultationStatus,
  expiresAtMs: number,
  nowMs: number,
): boolean {
  if (
    status === 'exported' ||
    status === 'discarded' ||
    status === 'erased' ||
    status === 'expired'
  )
    return false;
  return expiresAtMs - nowMs <= expiryWarningMs;
}
