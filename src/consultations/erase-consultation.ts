import type { Actor } from '../auth/index.js';
import { NotFoundError, isEnded, transition } from '../core/index.js';
import type { ConsultationContext } from './consultation-context.js';

/** Erases now (P2): destroys the data key and every content row. Idempotent. */
export async function eraseConsultation(
  ctx: ConsultationContext,
  actor: Actor,
  id: string,
): Promise<void> {
  const { store, clock } = ctx.deps;
  await ctx.withLock(id, async () => {
    const scope = await ctx.openScope(actor, 'session-erased', id);
    const stored = await scope.consultations.tryGet(id);
    if (stored === undefined) {
      await ctx.log(actor, 'session-erased', 'failure', { detail: 'not-found' });
      throw new NotFoundError('consultation', 'Fant ikke konsultasjonen.');
    }
    if (isEnded(stored.consultation)) {
      // Erasing is idempotent: the state the clinician asked for already holds.
      await ctx.log(actor, 'session-erased', 'success', {
        consultationId: id,
        detail: `already-${stored.consultation.status}`,
      });
      return;
    }
    const ended = transition(stored.consultation, { type: 'erase' }, clock.now());
    await ctx.end((consultation) => scope.consultations.erase(consultation), ended);
    await store.checkpoint();
    await ctx.log(actor, 'session-erased', 'success', { consultationId: id, detail: ended.status });
  });
}
