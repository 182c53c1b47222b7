import type { Actor } from '../auth/index.js';
import {
  InvalidInputError,
  NotAvailableError,
  assertCanApply,
  type ApprovedNote,
  type TemplateId,
} from '../core/index.js';
import { getApprovedNote } from './approve-note.js';
import type { Exporting } from './capabilities.js';
import type { ConsultationContext } from './consultation-context.js';

/** Builds the FHIR document of an approved note; refuses one that fails validation. */
export async function toValidFhir(
  ctx: ConsultationContext,
  options: {
    actor: Actor;
    id: string;
    exporting: Exporting;
    note: ApprovedNote;
    action: 'note-exported' | 'note-sent';
  },
): Promise<unknown> {
  const { actor, id, exporting, note, action } = options;
  const bundle = exporting.toFhir(note);
  const validation = exporting.validateFhir(bundle);
  if (validation.ok) return bundle;
  await ctx.log(actor, action, 'failure', { consultationId: id, detail: 'fhir-invalid' });
  const advice = validation.userMessage ?? 'Kontroller fødselsnummer, HPR-nummer og diagnosekoder.';
  throw action === 'note-exported'
    ? new InvalidInputError(`FHIR document failed validation: ${validation.problems.join('; ')}`, {
        userMessage: `FHIR-dokumentet kan ikke eksporteres. ${advice}`,
        issues: validation.problems,
      })
    : new InvalidInputError('FHIR document failed validation', {
        userMessage: `FHIR-dokumentet ble ikke sendt, og det godkjente notatet er beholdt. ${advice}`,
        issues: validation.problems,
      });
}

/**
 * Exports an approved document as text or as a FHIR document, and moves the consultation to
 * `exported`. With `record: false` it only shows the text (the hand-over screen's preview): no
 * status change, audited as a read.
 */
export async function exportNote(
  ctx: ConsultationContext,
  actor: Actor,
  id: string,
  options: { format: 'text' | 'fhir'; template?: TemplateId; record?: boolean },
): Promise<unknown> {
  const exporting = ctx.deps.exporting;
  const record = options.record ?? true;
  const action = record ? 'note-exported' : 'consultation-read';
  return ctx.withLock(id, async () => {
    const scope = await ctx.openScope(actor, action, id);
    let loaded = await ctx.load(scope, id, action);
    const template = ctx.pickTemplate(loaded.consultation, options.template);
    assertCanApply(loaded.consultation, 'export');
    if (exporting === undefined) {
      throw new NotAvailableError('export', 'Eksport er ikke tilgjengelig ennå i denne versjonen.');
    }
    const note = await getApprovedNote(ctx, loaded, template);
    const result =
      options.format === 'text'
        ? exporting.toText(note)
        : await toValidFhir(ctx, { actor, id, exporting, note, action: 'note-exported' });
    if (!record) {
      await ctx.log(actor, 'consultation-read', 'success', {
        consultationId: id,
        detail: `${template}:${options.format}:preview`,
      });
      return result;
    }
    if (loaded.consultation.status === 'approved')
      loaded = await ctx.advance(loaded, { type: 'export' });
    await ctx.log(actor, 'note-exported', 'success', {
      consultationId: id,
      detail: `${template}:${options.format}`,
    });
    return result;
  });
}

/** The clinician copied an approved document into the record: now it counts as handed over. */
export async function recordCopy(
  ctx: ConsultationContext,
  actor: Actor,
  id: string,
  options: { template?: TemplateId } = {},
): Promise<{ status: string }> {
  return ctx.withLock(id, async () => {
    const scope = await ctx.openScope(actor, 'note-exported', id);
    let loaded = await ctx.load(scope, id, 'note-exported');
    const template = ctx.pickTemplate(loaded.consultation, options.template);
    await getApprovedNote(ctx, loaded, template);
    if (loaded.consultation.status === 'approved')
      loaded = await ctx.advance(loaded, { type: 'export' });
    await ctx.log(actor, 'note-exported', 'success', {
      consultationId: id,
      detail: `${template}:copy`,
    });
    return { status: loaded.consultation.status };
  });
}
