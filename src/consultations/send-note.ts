import type { Actor } from '../auth/index.js';
import { NotAvailableError, assertCanApply, type TemplateId } from '../core/index.js';
import { getApprovedNote } from './approve-note.js';
import { contentFields } from './consultation-content.js';
import { errorCode, type ConsultationContext } from './consultation-context.js';
import { eraseConsultation } from './erase-consultation.js';
import { toValidFhir } from './export-note.js';

/** What the hand-over to the record answered. */
export interface SendResult {
  readonly status: number;
  readonly location?: string;
  /** True when the consultation was erased right after (`eraseAfterSend`). */
  readonly erased: boolean;
}

/**
 * Hands an approved document over to the record as a FHIR document (idempotent per approval).
 * The slow network call runs outside the consultation's lock; the `sent:` marker and the status
 * change are stored after it. With `eraseAfterSend`, erases once every approved document is sent.
 */
export async function sendNote(
  ctx: ConsultationContext,
  actor: Actor,
  id: string,
  options: { template?: TemplateId; signal?: AbortSignal } = {},
): Promise<SendResult> {
  const exporting = ctx.deps.exporting;
  const scope = await ctx.openScope(actor, 'note-sent', id);
  const loaded = await ctx.load(scope, id, 'note-sent');
  const template = ctx.pickTemplate(loaded.consultation, options.template);
  assertCanApply(loaded.consultation, 'export', 'send');
  if (exporting?.send === undefined) {
    throw new NotAvailableError(
      'fhir-send',
      'Ingen mottaker for FHIR-dokumenter er satt opp. Kopier teksten inn i journalen i stedet.',
    );
  }
  const note = await getApprovedNote(ctx, loaded, template);
  const bundle = await toValidFhir(ctx, { actor, id, exporting, note, action: 'note-sent' });
  let outcome: { status: number; location?: string };
  try {
    outcome = await exporting.send(bundle, {
      idempotencyKey: `${id}:${template}:${note.approvedAt}`,
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
  } catch (error) {
    await ctx.log(actor, 'note-sent', 'failure', { consultationId: id, detail: errorCode(error) });
    throw error;
  }
  // Remember which documents have been handed over (a marker, no content).
  const allSent = await ctx.withLock(id, async () => {
    let current = await ctx.load(scope, id, 'note-sent');
    await ctx.write(current, contentFields.sent(template), { sentAt: ctx.deps.clock.now() });
    if (current.consultation.status === 'approved')
      current = await ctx.advance(current, { type: 'export' });
    await ctx.log(actor, 'note-sent', 'success', {
      consultationId: id,
      detail: `${template}:${outcome.status}`,
    });
    for (const other of current.consultation.templates) {
      const approved = await ctx.has(current, contentFields.approved(other));
      const sent = await ctx.has(current, contentFields.sent(other));
      if (approved && !sent) return false;
    }
    return true;
  });
  // Erase after hand-over only once every approved document has been handed over.
  const erased = ctx.deps.eraseAfterSend === true && allSent;
  if (erased) await eraseConsultation(ctx, actor, id);
  return {
    status: outcome.status,
    ...(outcome.location === undefined ? {} : { location: outcome.location }),
    erased,
  };
}
