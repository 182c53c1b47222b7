import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { InvalidInputError, templateIds } from '../core/index.js';
import type { ConsultationService } from '../consultations/index.js';
import { responses } from './response-schemas.js';
import { consultationIdOf, type RouteHelpers } from './route-helpers.js';

const previewQuerySchema = z.object({ template: z.enum(templateIds).optional() });
const copiedBodySchema = z.strictObject({ template: z.enum(templateIds).optional() });

/**
 * The hand-over screen's two calls, so «Overført» is only shown once text has left Referent:
 * `GET /api/v1/consultations/:id/handover-text?template=` shows the approved text without changing
 * the status; `POST /api/v1/consultations/:id/copied {template?}` records that the clinician copied
 * it into the record (status `exported`, audited as `note-exported` with detail `…:copy`).
 */
export function registerHandoverRoutes(
  server: FastifyInstance,
  deps: { helpers: RouteHelpers; consultations: ConsultationService },
): void {
  server.get(
    '/api/v1/consultations/:id/handover-text',
    { config: { response: responses.consultations.handoverText } },
    async (request) => {
      const actor = await deps.helpers.authenticate(request);
      const query = previewQuerySchema.safeParse(request.query);
      if (!query.success) {
        throw new InvalidInputError('unknown template', { userMessage: 'Ukjent dokumenttype.' });
      }
      return deps.consultations.exportNote(actor, consultationIdOf(request), {
        format: 'text',
        record: false,
        ...(query.data.template === undefined ? {} : { template: query.data.template }),
      });
    },
  );
  server.post(
    '/api/v1/consultations/:id/copied',
    { config: { response: responses.consultations.copied } },
    async (request) => {
      const actor = await deps.helpers.authenticate(request);
      const body = copiedBodySchema.safeParse(request.body ?? {});
      if (!body.success) {
        throw new InvalidInputError('unknown template', { userMessage: 'Ukjent dokumenttype.' });
      }
      return deps.consultations.recordCopy(
        actor,
        consultationIdOf(request),
        body.data.template === undefined ? {} : { template: body.data.template },
      );
    },
  );
}
