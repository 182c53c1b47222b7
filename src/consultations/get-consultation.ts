import type { Actor } from '../auth/index.js';
import type { ApprovedNote, Draft, Note, TemplateId } from '../core/index.js';
import { toPatientSummary } from './check-patient.js';
import { contentFields } from './consultation-content.js';
import { toIso, type ConsultationContext } from './consultation-context.js';
import { toSummary, type ConsultationView } from './consultation-views.js';

/** One consultation of the caller with everything the review screen shows (audited as a read). */
export async function getConsultation(
  ctx: ConsultationContext,
  actor: Actor,
  id: string,
): Promise<ConsultationView> {
  const scope = await ctx.openScope(actor, 'consultation-read', id);
  const stored = await ctx.load(scope, id, 'consultation-read');
  const { consultation } = stored;
  // Every field the screen shows, in one query.
  const loaded = await ctx.prefetch(stored, [
    contentFields.transcript,
    contentFields.patient,
    ...consultation.templates.flatMap((template) => [
      contentFields.draft(template),
      contentFields.note(template),
      contentFields.approved(template),
    ]),
  ]);
  const transcript = await ctx.read(loaded, contentFields.transcript);
  const drafts: Partial<Record<TemplateId, Draft>> = {};
  const notes: Partial<Record<TemplateId, Note>> = {};
  const approved: Partial<Record<TemplateId, ApprovedNote>> = {};
  for (const template of consultation.templates) {
    const draft = await ctx.read(loaded, contentFields.draft(template));
    if (draft !== undefined) drafts[template] = draft;
    const note = await ctx.read(loaded, contentFields.note(template));
    if (note !== undefined) notes[template] = note;
    const done = await ctx.read(loaded, contentFields.approved(template));
    if (done !== undefined) approved[template] = done;
  }
  const patient = await ctx.read(loaded, contentFields.patient);
  await ctx.log(actor, 'consultation-read', 'success', { consultationId: id });
  return {
    ...toSummary(consultation),
    consent: {
      method: consultation.consent.method,
      recordedAt: toIso(consultation.consent.recordedAt),
    },
    hasPatient: patient !== undefined,
    ...(patient === undefined ? {} : { patient: toPatientSummary(patient) }),
    ...(transcript === undefined ? {} : { transcript }),
    ...(Object.keys(drafts).length === 0 ? {} : { drafts }),
    ...(Object.keys(notes).length === 0 ? {} : { note: notes }),
    ...(Object.keys(approved).length === 0 ? {} : { approved }),
  };
}
