import type { Actor } from '../auth/index.js';
import type { ConsultationContext } from './consultation-context.js';
import { toSummary, type ConsultationSummary } from './consultation-views.js';

/** The caller's consultations: the live ones, and those that ended in the last 24 hours. */
export async function listConsultations(
  ctx: ConsultationContext,
  actor: Actor,
): Promise<readonly ConsultationSummary[]> {
  const scope = await ctx.openScope(actor, 'consultations-listed');
  const consultations = await scope.consultations.list({
    endedSince: ctx.deps.clock.now() - 24 * 3_600_000,
  });
  await ctx.log(actor, 'consultations-listed', 'success', {
    detail: `count:${consultations.length}`,
  });
  return consultations.map(toSummary);
}
