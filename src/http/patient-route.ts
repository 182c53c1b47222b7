import type { FastifyInstance } from 'fastify';
import { InvalidInputError, knownPatientSchema } from '../core/index.js';
import type { ConsultationService } from '../consultations/index.js';
import { responses } from './response-schemas.js';
import { consultationIdOf, type RouteHelpers } from './route-helpers.js';

const patientBodySchema = knownPatientSchema.strict();

/**
 * `PUT /api/v1/consultations/:id/patient` `{name?, fnr?, birthDate?}` → `{patient}`: replaces the
 * patient identifiers until the note is approved. The answer shows the fødselsnummer masked.
 */
export function registerPatientRoute(
  server: FastifyInstance,
  deps: { helpers: RouteHelpers; consultations: ConsultationService },
): void {
  server.put(
    '/api/v1/consultations/:id/patient',
    { config: { response: responses.consultations.patient } },
    async (request) => {
      const actor = await deps.helpers.authenticate(request);
      const id = consultationIdOf(request);
      const parsed = patientBodySchema.safeParse(request.body);
      if (!parsed.success) {
        const fields = parsed.error.issues.map((issue) => issue.path.join('.') || '(body)');
        throw new InvalidInputError(`patient failed validation: ${fields.join(', ')}`, {
          userMessage: fields.includes('fnr')
            ? 'Fødselsnummeret må ha 11 sifre.'
            : fields.includes('birthDate')
              ? 'Fødselsdatoen må være en dato (ÅÅÅÅ-MM-DD).'
              : 'Pasientopplysningene har feil format.',
          issues: fields,
        });
      }
      return { patient: await deps.consultations.updatePatient(actor, id, parsed.data) };
    },
  );
}
