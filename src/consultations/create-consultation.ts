import type { Actor } from '../auth/index.js';
import { ConsentRequiredError, type Consultation } from '../core/index.js';
import { checkPatient } from './check-patient.js';
import { contentFields } from './consultation-content.js';
import type { ConsultationContext, LoadedConsultation } from './consultation-context.js';
import {
  toSummary,
  type ConsultationSummary,
  type CreateConsultationInput,
} from './consultation-views.js';

/**
 * Starts a consultation for the calling clinician: consent is required (design §6.2); the patient
 * identifiers, when given, are stored encrypted under the consultation's own data key.
 */
export async function createConsultation(
  ctx: ConsultationContext,
  actor: Actor,
  input: CreateConsultationInput,
): Promise<ConsultationSummary> {
  const { store, audit, keyring, clock, ids, retentionHours } = ctx.deps;
  const scope = await ctx.openScope(actor, 'consultation-created');
  if (input.consent?.given !== true) {
    await ctx.log(actor, 'consultation-created', 'failure', { detail: 'consent-missing' });
    throw new ConsentRequiredError();
  }
  const consent = input.consent;
  if (input.patient !== undefined) checkPatient(input.patient);
  const now = clock.now();
  const id = ids.newId();
  const templates = [...new Set([input.template, ...(input.templates ?? [])])];
  const consultation: Consultation = {
    id,
    ownerId: actor.userId,
    status: 'created',
    template: input.template,
    templates,
    consent: { method: consent.method, recordedAt: now },
    createdAt: now,
    updatedAt: now,
    expiresAt: now + retentionHours * 3_600_000,
  };
  const { dataKey, wrapped } = keyring.createDataKey(id);
  const loaded: LoadedConsultation = { scope, consultation, version: 0, dataKey };
  const patient = input.patient;
  await store.atomically(async () => {
    await scope.consultations.insert(consultation, wrapped);
    if (
      patient !== undefined &&
      (patient.name !== undefined || patient.fnr !== undefined || patient.birthDate !== undefined)
    ) {
      await ctx.write(loaded, contentFields.patient, patient);
    }
    await ctx.log(actor, 'consultation-created', 'success', {
      consultationId: id,
      detail: `consent:${consent.method}`,
      ...(patient?.fnr === undefined ? {} : { patientRef: audit.patientRef(patient.fnr) }),
    });
  });
  return toSummary(consultation);
}
