import type { FastifyPluginCallback } from 'fastify';
import { z } from 'zod';
import type { AuditLog, AuditRecord } from '../audit/index.js';
import type { Authorize } from '../auth/index.js';
import { responses } from './response-schemas.js';
import { parse, type RouteHelpers } from './route-helpers.js';

const auditQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  before: z.coerce.number().int().min(1).optional(),
  consultationId: z.uuid().optional(),
});
const auditSearchSchema = z.strictObject({ fnr: z.string().regex(/^\d{6} ?\d{5}$/) });

export interface AuditRoutesOptions {
  readonly helpers: RouteHelpers;
  readonly audit: AuditLog;
  readonly authorize: Authorize;
}

/**
 * `GET /api/v1/audit`, `POST /api/v1/audit/search {fnr}`, `GET /api/v1/audit/verify`: admins and
 * auditors only, and every read is itself audited.
 */
export const auditRoutes: FastifyPluginCallback<AuditRoutesOptions> = (server, options, done) => {
  const { audit, authorize, helpers } = options;

  server.get('/api/v1/audit', { config: { response: responses.audit.list } }, async (request) => {
    const actor = await helpers.authenticate(request);
    await authorize(actor, 'audit', { action: 'audit-read' });
    const query = parse(auditQuerySchema, request.query);
    const entries = await audit.list({
      limit: query.limit,
      ...(query.before === undefined ? {} : { before: query.before }),
      ...(query.consultationId === undefined ? {} : { consultationId: query.consultationId }),
    });
    await audit.record({
      actorId: actor.userId,
      actorRole: actor.role,
      action: 'audit-read',
      outcome: 'success',
    });
    return { entries: entries.map(toAuditView) };
  });
  server.post(
    '/api/v1/audit/search',
    { config: { response: responses.audit.list } },
    async (request) => {
      const actor = await helpers.authenticate(request);
      await authorize(actor, 'audit', { action: 'audit-read' });
      const input = parse(
        auditSearchSchema,
        request.body,
        'Oppgi et gyldig fødselsnummer (11 sifre).',
      );
      const patientRef = audit.patientRef(input.fnr.replace(' ', ''));
      const entries = await audit.listForPatient(input.fnr);
      await audit.record({
        actorId: actor.userId,
        actorRole: actor.role,
        action: 'audit-read',
        outcome: 'success',
        detail: 'patient-search',
        patientRef,
      });
      return { entries: entries.map(toAuditView) };
    },
  );
  server.get(
    '/api/v1/audit/verify',
    { config: { response: responses.audit.verify } },
    async (request) => {
      const actor = await helpers.authenticate(request);
      await authorize(actor, 'audit', { action: 'audit-verified' });
      const result = await audit.verify();
      await audit.record({
        actorId: actor.userId,
        actorRole: actor.role,
        action: 'audit-verified',
        outcome: result.ok ? 'success' : 'failure',
      });
      return result;
    },
  );
  done();
};

function toAuditView(entry: AuditRecord) {
  return {
    seq: entry.seq,
    at: new Date(entry.at).toISOString(),
    actorId: entry.actorId,
    actorRole: entry.actorRole,
    action: entry.action,
    consultationId: entry.consultationId,
    outcome: entry.outcome,
    ...(entry.detail === null ? {} : { detail: entry.detail }),
  };
}
