import type { FastifyPluginCallback } from 'fastify';
import { z } from 'zod';
import { templateIds } from '../core/index.js';
import {
  createConsultationSchema,
  noteInputSchema,
  type ConsultationService,
} from '../consultations/index.js';
import { responses } from './response-schemas.js';
import { consultationIdOf as idOf, parse, signalOf, type RouteHelpers } from './route-helpers.js';

const templateQuerySchema = z.object({ template: z.enum(templateIds).optional() });
const exportQuerySchema = z.object({
  format: z.enum(['text', 'fhir']).default('text'),
  template: z.enum(templateIds).optional(),
});
const templateBodySchema = z.strictObject({ template: z.enum(templateIds).optional() }).optional();

export interface ConsultationRoutesOptions {
  readonly helpers: RouteHelpers;
  readonly consultations: ConsultationService;
}

/**
 * The consultation lifecycle over HTTP (design §6.2): create, list, read, draft, note, approve,
 * export, send, erase (the transcript has its own plugin). Each handler parses, calls one use case and
 * maps the result; the use cases decide who may do what.
 */
export const consultationRoutes: FastifyPluginCallback<ConsultationRoutesOptions> = (
  server,
  options,
  done,
) => {
  const { consultations, helpers } = options;
  const answers = responses.consultations;

  server.get('/api/v1/consultations', { config: { response: answers.list } }, async (request) => {
    const actor = await helpers.authenticate(request);
    return { consultations: await consultations.list(actor) };
  });
  server.post(
    '/api/v1/consultations',
    { config: { response: answers.create } },
    async (request, reply) => {
      const actor = await helpers.authenticate(request);
      const input = parse(createConsultationSchema, request.body);
      return reply.status(201).send(await consultations.create(actor, input));
    },
  );
  server.get(
    '/api/v1/consultations/:id',
    { config: { response: answers.get } },
    async (request) => {
      const actor = await helpers.authenticate(request);
      return consultations.get(actor, idOf(request));
    },
  );

  server.post(
    '/api/v1/consultations/:id/draft',
    { config: { response: answers.draft, releasesSlotForEngine: true } },
    async (request, reply) => {
      const actor = await helpers.authenticate(request);
      const id = idOf(request);
      const body = parse(templateBodySchema, request.body ?? undefined);
      const query = parse(templateQuerySchema, request.query);
      const template = body?.template ?? query.template;
      const draft = await consultations.draft(actor, id, {
        ...(template === undefined ? {} : { template }),
        signal: signalOf(request, reply),
        whileEngineRuns: (work) => request.whileEngineRuns(work),
      });
      return draft;
    },
  );
  server.put(
    '/api/v1/consultations/:id/note',
    { config: { response: answers.saveNote } },
    async (request) => {
      const actor = await helpers.authenticate(request);
      const input = parse(noteInputSchema, request.body, 'Notatet har feil format.');
      return { note: await consultations.saveNote(actor, idOf(request), input) };
    },
  );
  server.post(
    '/api/v1/consultations/:id/approve',
    { config: { response: answers.approve } },
    async (request) => {
      const actor = await helpers.authenticate(request);
      const body = parse(templateBodySchema, request.body ?? undefined);
      const note = await consultations.approve(
        actor,
        idOf(request),
        body?.template === undefined ? {} : { template: body.template },
      );
      return { note };
    },
  );

  // Exporting moves an approved consultation to `exported`: CSRF-guarded like any change.
  server.get(
    '/api/v1/consultations/:id/export',
    { config: { changesState: true, response: answers.export } },
    async (request, reply) => {
      const actor = await helpers.authenticate(request);
      const query = parse(
        exportQuerySchema,
        request.query,
        'Ugyldig eksportformat (text eller fhir).',
      );
      const result = await consultations.exportNote(actor, idOf(request), {
        format: query.format,
        ...(query.template === undefined ? {} : { template: query.template }),
      });
      if (query.format === 'fhir') reply.type('application/fhir+json; charset=utf-8');
      return result;
    },
  );
  server.post(
    '/api/v1/consultations/:id/send',
    { config: { response: answers.send, waitsOnEngine: true } },
    async (request, reply) => {
      const actor = await helpers.authenticate(request);
      const body = parse(templateBodySchema, request.body ?? undefined);
      return consultations.send(actor, idOf(request), {
        ...(body?.template === undefined ? {} : { template: body.template }),
        signal: signalOf(request, reply),
      });
    },
  );
  server.delete(
    '/api/v1/consultations/:id',
    { config: { response: answers.erase } },
    async (request, reply) => {
      const actor = await helpers.authenticate(request);
      await consultations.erase(actor, idOf(request));
      return reply.status(204).send();
    },
  );
  done();
};
