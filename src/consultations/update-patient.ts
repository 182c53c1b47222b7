import type { Actor } from '../auth/index.js';
import { InvalidInputError, isApproved, type KnownPatient } from '../core/index.js';
import { checkPatient, toPatientSummary, type PatientSummary } from './check-patient.js';
import { contentFields, toStoredPatient } from './consultation-content.js';
import type { ConsultationContext } from './consultation-context.js';

/** Corrects the patient identifiers until the note is approved (audited with the new ref). */
export async function updatePatient(
  ctx: ConsultationContext,
  actor: Actor,
  id: string,
  patient: KnownPatient,
): Promise<PatientSummary> {
  checkPatient(patient);
  return ctx.withLock(id, async () => {
    const scope = await ctx.openScope(actor, 'patient-updated', id);
    const loaded = await ctx.load(scope, id, 'patient-updated');
    if (isApproved(loaded.consultation)) {
      await ctx.log(actor, 'patient-updated', 'denied', {
        consultationId: id,
        detail: loaded.consultation.status,
      });
      throw new InvalidInputError('the patient cannot change after approval', {
        userMessage:
          'Pasienten kan ikke endres etter godkjenning. Slett konsultasjonen og start en ny hvis notatet gjelder en annen pasient.',
      });
    }
    await ctx.write(loaded, contentFields.patient, toStoredPatient(patient));
    await ctx.log(actor, 'patient-updated', 'success', {
      consultationId: id,
      ...(patient.fnr === undefined ? {} : { patientRef: ctx.deps.audit.patientRef(patient.fnr) }),
    });
    return toPatientSummary(patient);
  });
}
