import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AuditLog } from '../audit/index.js';
import type { Actor, Authorize } from '../auth/index.js';
import { InvalidInputError } from '../core/index.js';
import { responses } from './response-schemas.js';
import type { RouteHelpers } from './server.js';

/** A user as the audit view names them; no password data. */
export interface AuditActorName {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: string;
}

const filterSchema = z.strictObject({
  user: z.string().min(1).max(100).optional(),
  action: z
    .string()
    .regex(/^[a-z-]{2,40}$/)
    .optional(),
  outcome: z.enum(['success', 'failure', 'denied']).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(500),
  format: z.enum(['json', 'csv']).default('json'),
});

const pageSize = 1000;

/** Lets other requests (and `/healthz`) run between pages of a long search (issue 14). */
const nextTurn = () =>
  new Promise<void>((resolve) => {
    setImmediate(resolve);
  });

/** One CSV cell; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula. */
function csvCell(raw: string): string {
  const value = /^[=+\-@]/.test(raw) ? `'${raw}` : raw;
  return /[",\n;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The auditor's view of the audit log (P5): `GET /api/v1/audit/entries` filtered by user, action,
 * outcome and period, with the users' names, as JSON or as a CSV export of exactly that view;
 * `GET /api/v1/audit/actors` names every account for the patient search. Admins and auditors only;
 * every read is itself audited. The log holds no names; they are joined in here, at read time.
 */
export function registerAuditViewRoutes(
  server: FastifyInstance,
  deps: {
    helpers: RouteHelpers;
    audit: AuditLog;
    listActors: () => Promise<readonly AuditActorName[]>;
    /** The one authorization policy; it audits a refusal as `audit-read` denied. */
    authorize: Authorize;
  },
): void {
  const requireAuditor = async (request: Parameters<RouteHelpers['authenticate']>[0]) => {
    const actor: Actor = await deps.helpers.authenticate(request);
    await deps.authorize(actor, 'audit', { action: 'audit-read' });
    return actor;
  };
  server.get(
    '/api/v1/audit/actors',
    { config: { response: responses.audit.actors } },
    async (request) => {
      const actor = await requireAuditor(request);
      const actors = await deps.listActors();
      await deps.audit.record({
        actorId: actor.userId,
        actorRole: actor.role,
        action: 'audit-read',
        outcome: 'success',
        detail: 'actors',
      });
      return { actors };
    },
  );

  server.get(
    '/api/v1/audit/entries',
    { config: { response: responses.audit.entries } },
    async (request, reply) => {
      const actor = await requireAuditor(request);
      const parsed = filterSchema.safeParse(request.query);
      if (!parsed.success) {
        throw new InvalidInputError('audit filter failed validation', {
          userMessage: 'Filteret har feil format. Velg bruker, hendelse, utfall og datoer på nytt.',
        });
      }
      const filter = parsed.data;
      const { matches, truncated } = await findMatches(deps.audit, filter);
      const actors = new Map((await deps.listActors()).map((named) => [named.id, named]));
      const entries = matches.map(toView(actors));
      await deps.audit.record({
        actorId: actor.userId,
        actorRole: actor.role,
        action: 'audit-read',
        outcome: 'success',
        detail: filter.format === 'csv' ? 'export-csv' : 'filtered',
      });
      if (filter.format === 'json') return { entries, truncated };
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="revisjonslogg.csv"')
        .send(toCsv(entries));
    },
  );
}

type AuditEntry = Awaited<ReturnType<AuditLog['list']>>[number];
type AuditEntryView = ReturnType<ReturnType<typeof toView>>;

/** An entry as the auditor sees it: ISO time and the user's name joined in at read time. */
function toView(actors: ReadonlyMap<string, AuditActorName>) {
  return (entry: AuditEntry) => {
    const named = actors.get(entry.actorId);
    return {
      seq: entry.seq,
      at: new Date(entry.at).toISOString(),
      actorId: entry.actorId,
      actorRole: entry.actorRole,
      actorName: named === undefined ? null : named.displayName,
      actorUsername: named === undefined ? null : named.username,
      action: entry.action,
      consultationId: entry.consultationId,
      outcome: entry.outcome,
      detail: entry.detail,
    };
  };
}

/**
 * Newest first, page by page, until enough entries match or the period is passed. A filter that
 * matches little walks the whole log, so it yields to the event loop after every page.
 */
async function findMatches(
  audit: AuditLog,
  filter: z.infer<typeof filterSchema>,
): Promise<{ matches: AuditEntry[]; truncated: boolean }> {
  const from = filter.from === undefined ? undefined : Date.parse(filter.from);
  const to = filter.to === undefined ? undefined : Date.parse(filter.to);
  const matches: AuditEntry[] = [];
  let before: number | undefined;
  for (;;) {
    const page = await audit.list({ limit: pageSize, ...(before === undefined ? {} : { before }) });
    for (const entry of page) {
      if (from !== undefined && entry.at < from) return { matches, truncated: false };
      if (to !== undefined && entry.at > to) continue;
      if (filter.user !== undefined && entry.actorId !== filter.user) continue;
      if (filter.action !== undefined && entry.action !== filter.action) continue;
      if (filter.outcome !== undefined && entry.outcome !== filter.outcome) continue;
      if (matches.length >= filter.limit) return { matches, truncated: true };
      matches.push(entry);
    }
    const last = page[page.length - 1];
    if (page.length < pageSize || last === undefined) return { matches, truncated: false };
    before = last.seq;
    await nextTurn();
  }
}

/** The filtered view as CSV for a spreadsheet (BOM, semicolons, CRLF; Norwegian headings). */
function toCsv(entries: readonly AuditEntryView[]): string {
  const header = [
    'nr',
    'tid',
    'bruker',
    'brukernavn',
    'rolle',
    'hendelse',
    'utfall',
    'konsultasjon',
    'detalj',
  ];
  const lines = entries.map((entry) =>
    [
      String(entry.seq),
      entry.at,
      entry.actorName ?? entry.actorId,
      entry.actorUsername ?? '',
      entry.actorRole,
      entry.action,
      entry.outcome,
      entry.consultationId ?? '',
      entry.detail ?? '',
    ]
      .map(csvCell)
      .join(';'),
  );
  return `\ufeff${[header.join(';'), ...lines].join('\r\n')}\r\n`;
}
