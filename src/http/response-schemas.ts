/**
 * The answers of the JSON routes (docs/api.md), enforced at run time by `registerResponseContract`:
 * an answer that does not match is never sent (issue 15 §3, §5). Stored content uses the schemas
 * of `core`; the objects are loose, as there, so a field a newer version adds is not a failure.
 * Each schema is checked against the TypeScript type the service returns where one exists. The web
 * app keeps its own, lenient schemas (`web/src/api/schemas.ts`, `zod/mini`); that they accept every
 * answer these allow is proved in `web-schemas-agree.test.ts`.
 */
import { z } from 'zod';
import type { AuditVerification } from '../audit/index.js';
import type { PublicUser } from '../auth/index.js';
import type {
  ConsultationSummary,
  PatientSummary,
  SendResult,
  TextExport,
} from '../consultations/index.js';
import {
  approvedNoteSchema,
  codeSystems,
  consentMethods,
  consultationStatuses,
  draftSchema,
  noteSchema,
  speakers,
  templateIds,
} from '../core/index.js';
import { installJobSchema as storedInstallJobSchema, type ModelOverview } from '../models/index.js';
import type { InstallationSettings } from '../settings/index.js';
import type { CapabilityReport } from './capabilities-route.js';
import type { HealthReport } from './health.js';

/** The schemas of one route, by status code (`config.response`). */
export type ResponseSchemas = Readonly<Partial<Record<number, z.ZodType>>>;

const templateIdSchema = z.enum(templateIds);
const statusSchema = z.enum(consultationStatuses);

const speakerSet: ReadonlySet<string> = new Set(speakers);
const isOptionalNumber = (value: unknown) => value === undefined || typeof value === 'number';

/**
 * The same check as an array of `{speaker, text, start?, end?}` objects, written as one loop: a
 * long consultation has tens of thousands of segments, and the generic schema copies each one.
 */
function isSegmentArray(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const item of value as unknown[]) {
    if (typeof item !== 'object' || item === null) return false;
    const segment = item as Record<string, unknown>;
    if (typeof segment['speaker'] !== 'string' || !speakerSet.has(segment['speaker'])) return false;
    if (typeof segment['text'] !== 'string') return false;
    if (!isOptionalNumber(segment['start']) || !isOptionalNumber(segment['end'])) return false;
  }
  return true;
}

const transcriptSchema = z.looseObject({
  segments: z.custom<unknown[]>(isSegmentArray, 'segments'),
});

const summarySchema = z.looseObject({
  id: z.string(),
  status: statusSchema,
  template: templateIdSchema,
  templates: z.array(templateIdSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
  expiresAt: z.string(),
}) satisfies z.ZodType<ConsultationSummary>;

const patientSummarySchema = z.looseObject({
  name: z.string().exactOptional(),
  birthDate: z.string().exactOptional(),
  fnrMasked: z.string().exactOptional(),
}) satisfies z.ZodType<PatientSummary>;

const viewSchema = summarySchema.extend({
  consent: z.looseObject({ method: z.enum(consentMethods), recordedAt: z.string() }),
  hasPatient: z.boolean(),
  patient: patientSummarySchema.exactOptional(),
  transcript: transcriptSchema.exactOptional(),
  drafts: z.partialRecord(templateIdSchema, draftSchema).exactOptional(),
  note: z.partialRecord(templateIdSchema, noteSchema).exactOptional(),
  approved: z.partialRecord(templateIdSchema, approvedNoteSchema).exactOptional(),
});

const textExportSchema = z.looseObject({
  sections: z.array(z.looseObject({ key: z.string(), title: z.string(), text: z.string() })),
  fullText: z.string(),
  disclosure: z.string(),
}) satisfies z.ZodType<TextExport>;

/** A FHIR document: a `Bundle` (its profile is checked by the export module before it leaves). */
const fhirBundleSchema = z.looseObject({ resourceType: z.literal('Bundle') });

const transcriptStoredSchema = z.looseObject({
  status: statusSchema,
  transcript: transcriptSchema,
});

const publicUserSchema = z.looseObject({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(['clinician', 'admin', 'auditor']),
  hpr: z.string().exactOptional(),
  disabled: z.boolean(),
  createdAt: z.string(),
}) satisfies z.ZodType<PublicUser>;

const settingsSchema = z.looseObject({
  aiDraftingEnabled: z.boolean(),
  retentionHours: z.number(),
  allowedRegions: z.array(z.string()),
  endpoints: z.array(
    z.looseObject({
      name: z.string(),
      kind: z.string(),
      url: z.string().nullable(),
      region: z.string().nullable(),
      model: z.string().nullable(),
    }),
  ),
}) satisfies z.ZodType<InstallationSettings>;

const auditEntrySchema = z.looseObject({
  seq: z.number().int(),
  at: z.string(),
  actorId: z.string(),
  actorRole: z.string(),
  action: z.string(),
  consultationId: z.string().nullable(),
  outcome: z.string(),
  detail: z.string().exactOptional(),
});

const namedAuditEntrySchema = auditEntrySchema.extend({
  actorName: z.string().nullable(),
  actorUsername: z.string().nullable(),
  detail: z.string().nullable(),
});

// The stored install job's schema, open to fields added later (as every answer schema here).
const installJobSchema = storedInstallJobSchema.loose();

const engineStateSchema = z.looseObject({
  activatedModel: z.string().nullable(),
  engine: z.string(),
  model: z.string().nullable(),
  environmentWins: z.boolean(),
});

const modelOverviewSchema = z.looseObject({
  source: z.looseObject({ url: z.string(), region: z.string() }).nullable(),
  speech: engineStateSchema,
  language: engineStateSchema,
  models: z.array(
    z.looseObject({
      name: z.string(),
      kind: z.enum(['speech', 'language']),
      title: z.string(),
      guidance: z.looseObject({
        speed: z.string(),
        quality: z.string(),
        memory: z.string(),
        licence: z.string(),
      }),
      approximateBytes: z.number(),
      url: z.string(),
      recommended: z.boolean(),
      pinned: z.boolean(),
      installed: z.boolean(),
      confirmedSha256: z.string().nullable(),
      active: z.boolean(),
    }),
  ),
  job: installJobSchema.nullable(),
}) satisfies z.ZodType<ModelOverview>;

const capabilitiesSchema = z.looseObject({
  speechToText: z.looseObject({
    available: z.boolean(),
    live: z.boolean(),
    engine: z.enum(['whisper', 'openai', 'none']),
    message: z.string().exactOptional(),
  }),
  fhirSend: z.looseObject({ available: z.boolean() }),
  drafting: z.looseObject({ engine: z.enum(['builtin', 'openai', 'llama']) }),
}) satisfies z.ZodType<CapabilityReport>;

const healthSchema = z.looseObject({
  status: z.enum(['ok', 'failing']),
  store: z.looseObject({ ok: z.boolean() }).exactOptional(),
  audit: z.looseObject({ ok: z.boolean(), head: z.number() }).exactOptional(),
  sweeper: z.looseObject({ ok: z.boolean(), lastRunAt: z.string().nullable() }).exactOptional(),
}) satisfies z.ZodType<{ status: string } & Partial<Omit<HealthReport, 'ok'>>>;

/** No body (`204`). */
const noContent = z.undefined();

const userSchema = z.looseObject({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(['clinician', 'admin', 'auditor']),
  hpr: z.string().exactOptional(),
});

/** Every JSON route's answer, by route. */
export const responses = {
  consultations: {
    list: { 200: z.looseObject({ consultations: z.array(summarySchema) }) },
    create: { 201: summarySchema },
    get: { 200: viewSchema },
    draft: { 200: draftSchema },
    saveNote: { 200: z.looseObject({ note: noteSchema }) },
    approve: { 200: z.looseObject({ note: approvedNoteSchema }) },
    export: { 200: z.union([textExportSchema, fhirBundleSchema]) },
    send: {
      200: z.looseObject({
        status: z.number(),
        location: z.string().exactOptional(),
        erased: z.boolean(),
      }) satisfies z.ZodType<SendResult>,
    },
    erase: { 204: noContent },
    patient: { 200: z.looseObject({ patient: patientSummarySchema }) },
    handoverText: { 200: textExportSchema },
    copied: { 200: z.looseObject({ status: statusSchema }) },
  },
  transcript: {
    add: { 200: transcriptStoredSchema },
    relabel: { 200: z.looseObject({ transcript: transcriptSchema }) },
    audio: { 200: transcriptStoredSchema },
  },
  auth: {
    login: {
      200: z.looseObject({ token: z.string(), user: publicUserSchema, expiresAt: z.string() }),
    },
    logout: { 204: noContent },
    me: { 200: z.looseObject({ user: userSchema }) },
  },
  admin: {
    users: { 200: z.looseObject({ users: z.array(publicUserSchema) }) },
    createUser: { 201: z.looseObject({ user: publicUserSchema }) },
    updateUser: { 200: z.looseObject({ user: publicUserSchema }) },
    /** Clinicians read only the drafting switch and the retention time. */
    settings: {
      200: z.union([
        settingsSchema,
        z.looseObject({ aiDraftingEnabled: z.boolean(), retentionHours: z.number() }),
      ]),
    },
    setSettings: { 200: settingsSchema },
  },
  audit: {
    list: { 200: z.looseObject({ entries: z.array(auditEntrySchema) }) },
    verify: {
      200: z.looseObject({
        ok: z.boolean(),
        entries: z.number(),
        firstBroken: z.looseObject({ seq: z.number(), reason: z.string() }).exactOptional(),
      }) satisfies z.ZodType<AuditVerification>,
    },
    actors: {
      200: z.looseObject({
        actors: z.array(
          z.looseObject({
            id: z.string(),
            username: z.string(),
            displayName: z.string(),
            role: z.string(),
          }),
        ),
      }),
    },
    entries: {
      200: z.looseObject({ entries: z.array(namedAuditEntrySchema), truncated: z.boolean() }),
    },
  },
  codes: {
    search: {
      200: z.looseObject({
        codes: z.array(
          z.looseObject({ system: z.enum(codeSystems), code: z.string(), text: z.string() }),
        ),
      }),
    },
  },
  models: {
    overview: { 200: modelOverviewSchema },
    job: { 200: z.looseObject({ job: installJobSchema.nullable() }) },
    started: { 202: z.looseObject({ job: installJobSchema }) },
    verify: {
      200: z.looseObject({ ok: z.boolean(), sha256: z.string(), expected: z.string().nullable() }),
    },
    activate: { 200: z.looseObject({ applied: z.boolean(), environmentWins: z.boolean() }) },
  },
  capabilities: { 200: capabilitiesSchema },
  health: {
    healthz: { 200: healthSchema, 503: healthSchema },
    readyz: {
      200: z.looseObject({ ready: z.boolean() }),
      503: z.looseObject({ ready: z.boolean() }),
    },
  },
} as const satisfies Readonly<Record<string, ResponseSchemas | Record<string, ResponseSchemas>>>;
