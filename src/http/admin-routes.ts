import type { FastifyPluginCallback } from 'fastify';
import { z } from 'zod';
import type { AuthService } from '../auth/index.js';
import type { SettingsService } from '../settings/index.js';
import { responses } from './response-schemas.js';
import { idSchema, parse, type RouteHelpers } from './route-helpers.js';

const roleSchema = z.enum(['clinician', 'admin', 'auditor']);
const userCreateSchema = z.strictObject({
  username: z.string().min(1).max(64),
  displayName: z.string().trim().min(1).max(200).optional(),
  role: roleSchema,
  password: z.string().min(1).max(1024),
  hpr: z
    .string()
    .regex(/^\d{7,9}$/)
    .optional(),
});
const userParamsSchema = z.object({ id: z.unknown() });
const userUpdateSchema = z.strictObject({
  disabled: z.boolean().optional(),
  role: roleSchema.optional(),
  password: z.string().min(1).max(1024).optional(),
});
const settingsUpdateSchema = z.strictObject({ aiDraftingEnabled: z.boolean() });

export interface AdminRoutesOptions {
  readonly helpers: RouteHelpers;
  readonly auth: AuthService;
  readonly settings: SettingsService;
  /** Shown to clinicians so the patient information can say when content is erased. */
  readonly retentionHours: number;
}

/** Accounts (`/api/v1/users`) and installation settings (`/api/v1/settings`). */
export const adminRoutes: FastifyPluginCallback<AdminRoutesOptions> = (server, options, done) => {
  const { auth, settings, helpers } = options;
  const answers = responses.admin;

  server.get('/api/v1/users', { config: { response: answers.users } }, async (request) => {
    const actor = await helpers.authenticate(request);
    return { users: await auth.listUsers(actor) };
  });
  server.post(
    '/api/v1/users',
    { config: { response: answers.createUser } },
    async (request, reply) => {
      const actor = await helpers.authenticate(request);
      const input = parse(userCreateSchema, request.body, 'Brukeren har feil format.');
      const user = await auth.createUser({
        username: input.username,
        role: input.role,
        password: input.password,
        ...(input.displayName === undefined ? {} : { displayName: input.displayName }),
        ...(input.hpr === undefined ? {} : { hpr: input.hpr }),
        createdBy: actor,
      });
      return reply.status(201).send({ user });
    },
  );
  server.patch(
    '/api/v1/users/:id',
    { config: { response: answers.updateUser } },
    async (request) => {
      const actor = await helpers.authenticate(request);
      const params = parse(userParamsSchema, request.params);
      const id = parse(idSchema, params.id, 'Ugyldig bruker-id.');
      const input = parse(userUpdateSchema, request.body);
      return {
        user: await auth.updateUser(actor, id, {
          ...(input.disabled === undefined ? {} : { disabled: input.disabled }),
          ...(input.role === undefined ? {} : { role: input.role }),
          ...(input.password === undefined ? {} : { password: input.password }),
        }),
      };
    },
  );

  server.get('/api/v1/settings', { config: { response: answers.settings } }, async (request) => {
    const actor = await helpers.authenticate(request);
    if (actor.role === 'clinician') {
      // Clinicians see whether drafting is on, not the installation's endpoints.
      return {
        aiDraftingEnabled: await settings.isDraftingEnabled(),
        retentionHours: options.retentionHours,
      };
    }
    return settings.get(actor);
  });
  server.put('/api/v1/settings', { config: { response: answers.setSettings } }, async (request) => {
    const actor = await helpers.authenticate(request);
    const input = parse(settingsUpdateSchema, request.body);
    return settings.setDraftingEnabled(actor, input.aiDraftingEnabled);
  });
  done();
};
