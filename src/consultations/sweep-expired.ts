import type { ConsultationContext } from './consultation-context.js';

/** Erases every unfinished consultation whose retention time has passed; returns how many. */
export async function sweepExpired(ctx: ConsultationContext): Promise<number> {
  const { store, clock } = ctx.deps;
  const expired = await store.system.listExpired(clock.now());
  for (const consultation of expired) {
    await ctx.withLock(consultation.id, () =>
      ctx.expire((ended) => store.system.erase(ended), consultation),
    );
  }
  if (expired.length > 0) await store.checkpoint();
  return expired.length;
}
