import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ModelSetup } from '../../models/index.js';
import { responses } from '../response-schemas.js';
import { parse, type RouteHelpers } from '../route-helpers.js';

const nameSchema = z.string().regex(/^[a-z0-9][a-z0-9.-]{1,80}$/u);
const confirmSchema = z.strictObject({ sha256: z.string().regex(/^[0-9a-fA-F]{64}$/u) });
const activateSchema = z.strictObject({
  kind: z.enum(['speech', 'language']),
  name: nameSchema.nullable(),
});
const nameParamsSchema = z.object({ name: nameSchema });

/**
 * Model set-up for admins (issue 13; docs/api.md):
 * - `GET /api/v1/models` → the catalogue, what is installed and active, the engines in use and
 *   the install in progress (polled for the progress bar);
 * - `POST /api/v1/models/:name/install` → `202` the install job;
 * - `POST /api/v1/models/install/confirm` `{sha256}` → installs a download whose computed hash the
 *   admin confirmed; `POST /api/v1/models/install/cancel` stops or refuses it;
 * - `POST /api/v1/models/:name/verify` → `{ok, sha256, expected}`;
 * - `PUT /api/v1/models/active` `{kind, name}` → `{applied, environmentWins}`.
 */
export function registerModelRoutes(
  server: FastifyInstance,
  deps: { helpers: RouteHelpers; models: ModelSetup },
): void {
  const { helpers, models } = deps;
  const answers = responses.models;
  server.get('/api/v1/models', { config: { response: answers.overview } }, async (request) => {
    const actor = await helpers.authenticate(request);
    return models.overview(actor);
  });
  server.post(
    '/api/v1/models/install/confirm',
    { config: { response: answers.job } },
    async (request) => {
      const actor = await helpers.authenticate(request);
      const body = parse(
        confirmSchema,
        request.body,
        'Kontrollsummen må være 64 heksadesimale tegn.',
      );
      return { job: await models.confirmInstall(actor, body.sha256) };
    },
  );
  server.post(
    '/api/v1/models/install/cancel',
    { config: { response: answers.job } },
    async (request) => {
      const actor = await helpers.authenticate(request);
      return { job: await models.cancelInstall(actor) };
    },
  );
  server.post(
    '/api/v1/models/:name/install',
    { config: { response: answers.started } },
    async (request, reply) => {
      const actor = await helpers.authenticate(request);
      const name = parse(nameParamsSchema, request.params, 'Ukjent modell.').name;
      const job = await models.startInstall(actor, name);
      return reply.code(202).send({ job });
    },
  );
  server.post(
    '/api/v1/models/:name/verify',
    { config: { response: answers.verify } },
    async (request) => {
      const actor = await helpers.authenticate(request);
      const name = parse(nameParamsSchema, request.params, 'Ukjent modell.').name;
      return models.verify(actor, name);
    },
  );
  server.put(
    '/api/v1/models/active',
    { config: { response: answers.activate } },
    async (request) => {
      const actor = await helpers.authenticate(request);
      const body = parse(activateSchema, request.body, 'Forespørselen har feil innhold.');
      return models.activate(actor, body.kind, body.name);
    },
  );
}
