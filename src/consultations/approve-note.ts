import type { Actor } from '../auth/index.js';
import {
  IllegalTransitionError,
  InvalidInputError,
  assertCanApply,
  type ApprovedNote,
  type Draft,
  type Note,
  type TemplateId,
} from '../core/index.js';
import { contentFields, toStoredPatient } from './consultation-content.js';
import {
  toIso,
  type ConsultationContext,
  type LoadedConsultation,
} from './consultation-context.js';

/** The approved note of one document; an export before approval is an illegal step. */
export async function getApprovedNote(
  ctx: ConsultationContext,
  loaded: LoadedConsultation,
  template: TemplateId,
): Promise<ApprovedNote> {
  const approved = await ctx.read(loaded, contentFields.approved(template));
  if (approved === undefined) {
    throw new IllegalTransitionError(loaded.consultation.status, 'export');
  }
  return approved;
}

function toNote(template: TemplateId, draft: Draft): Note {
  return {
    template,
    sections: draft.sections.map((section) => ({
      key: section.key,
      title: section.title,
      text: section.text,
    })),
    diagnoses: draft.diagnoses.map((diagnosis) => ({
      system: diagnosis.system,
      code: diagnosis.code,
      text: diagnosis.text,
    })),
  };
}

/**
 * Approves one document: the clinician's note (or the draft as it stands) becomes the
 * `ApprovedNote`, the only thing that may leave Referent (P1). The consultation is approved once
 * every document that has a draft or note is approved.
 */
export async function approveNote(
  ctx: ConsultationContext,
  actor: Actor,
  id: string,
  options: { template?: TemplateId } = {},
): Promise<ApprovedNote> {
  return ctx.withLock(id, async () => {
    const scope = await ctx.openScope(actor, 'note-approved', id);
    let loaded = await ctx.load(scope, id, 'note-approved');
    const { consultation } = loaded;
    const template = ctx.pickTemplate(consultation, options.template);
    assertCanApply(consultation, 'approve');
    const draft = await ctx.read(loaded, contentFields.draft(template));
    const edited = await ctx.read(loaded, contentFields.note(template));
    const note = edited ?? (draft === undefined ? undefined : toNote(template, draft));
    if (note === undefined || note.sections.every((section) => section.text.trim() === '')) {
      throw new InvalidInputError('there is no note to approve', {
        userMessage: 'Det finnes ikke noe notat å godkjenne ennå.',
      });
    }
    if (await ctx.has(loaded, contentFields.approved(template))) {
      throw new IllegalTransitionError('approved', 'approve');
    }
    const patient = await ctx.read(loaded, contentFields.patient);
    const approved: ApprovedNote = {
      ...note,
      consultationId: id,
      approvedAt: toIso(ctx.deps.clock.now()),
      approvedBy: {
        userId: actor.userId,
        username: actor.username,
        displayName: actor.displayName,
        ...(actor.hpr === null ? {} : { hpr: actor.hpr }),
      },
      engine: draft?.engine ?? { kind: 'builtin', model: 'manuelt skrevet' },
      ...(patient === undefined ? {} : { patient: toStoredPatient(patient) }),
    };
    await ctx.write(loaded, contentFields.approved(template), approved);
    const pending: TemplateId[] = [];
    for (const other of consultation.templates) {
      if (other === template) continue;
      const hasWork =
        (await ctx.has(loaded, contentFields.draft(other))) ||
        (await ctx.has(loaded, contentFields.note(other)));
      const done = await ctx.has(loaded, contentFields.approved(other));
      if (hasWork && !done) pending.push(other);
    }
    if (pending.length === 0)
      loaded = await ctx.advance(loaded, { type: 'approve', approvedBy: actor.userId });
    await ctx.log(actor, 'note-approved', 'success', { consultationId: id, detail: template });
    return approved;
  });
}
