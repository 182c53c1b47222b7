/**
 * The shapes the web app reads from the HTTP API (docs/api.md). zod at the boundary, lenient:
 * only the fields the app uses, unknown fields ignored. `zod/mini` keeps the bundle small.
 */
import * as z from 'zod/mini';
import {
  codeSystems,
  consentMethods,
  consultationStatuses,
  roles,
  speakers,
  templateIds,
} from '../lib/labels.js';

export const userSchema = z.looseObject({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  hpr: z.nullish(z.string()),
});
export type User = z.infer<typeof userSchema>;

export const loginResponseSchema = z.looseObject({
  user: userSchema,
  expiresAt: z.nullish(z.string()),
});

export const meResponseSchema = z.looseObject({ user: userSchema });

export const templateIdSchema = z.enum(templateIds);

export const summarySchema = z.looseObject({
  id: z.string(),
  status: z.enum(consultationStatuses),
  template: templateIdSchema,
  templates: z.nullish(z.array(templateIdSchema)),
  createdAt: z.string(),
  updatedAt: z.nullish(z.string()),
  expiresAt: z.string(),
});
export type ConsultationSummary = z.infer<typeof summarySchema>;

export const summaryListSchema = z.looseObject({ consultations: z.array(summarySchema) });

export const segmentSchema = z.looseObject({
  speaker: z.enum(speakers),
  text: z.string(),
  start: z.nullish(z.number()),
  end: z.nullish(z.number()),
});
export type Segment = z.infer<typeof segmentSchema>;

const speakerSet: ReadonlySet<string> = new Set(speakers);
const isOptionalNumber = (value: unknown) =>
  value === undefined || value === null || typeof value === 'number';

/**
 * The same check as `z.array(segmentSchema)`, written as one loop: a long consultation has tens of
 * thousands of segments, and the generic object schema took half a second for 3 MB.
 */
export function isSegmentArray(value: unknown): value is Segment[] {
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

export const transcriptSchema = z.looseObject({
  segments: z.custom<Segment[]>(isSegmentArray, 'segments'),
});
export type Transcript = z.infer<typeof transcriptSchema>;

const evidenceSchema = z.looseObject({ segment: z.number(), start: z.number(), end: z.number() });

export const sentenceSchema = z.looseObject({
  text: z.string(),
  evidence: z.array(evidenceSchema),
  supported: z.boolean(),
  // `severity` (design §6.4); drafts stored before it existed count as warnings.
  flags: z.array(
    z.looseObject({
      kind: z.string(),
      severity: z.optional(z.enum(['info', 'warning', 'error'])),
      message: z.string(),
    }),
  ),
});
export type DraftSentence = z.infer<typeof sentenceSchema>;

export const draftSectionSchema = z.looseObject({
  key: z.string(),
  title: z.string(),
  text: z.string(),
  sentences: z.array(sentenceSchema),
});
export type DraftSection = z.infer<typeof draftSectionSchema>;

const diagnosisSchema = z.looseObject({
  system: z.enum(codeSystems),
  code: z.string(),
  text: z.nullish(z.string()),
});
export type Diagnosis = z.infer<typeof diagnosisSchema>;

export const draftSchema = z.looseObject({
  template: templateIdSchema,
  engine: z.looseObject({ kind: z.string(), model: z.nullish(z.string()) }),
  sections: z.array(draftSectionSchema),
  diagnoses: z.array(diagnosisSchema),
  warnings: z.array(z.string()),
});
export type Draft = z.infer<typeof draftSchema>;

export const noteSchema = z.looseObject({
  template: z.nullish(templateIdSchema),
  sections: z.array(
    z.looseObject({ key: z.string(), title: z.nullish(z.string()), text: z.string() }),
  ),
  diagnoses: z.nullish(z.array(diagnosisSchema)),
});
export type Note = z.infer<typeof noteSchema>;

export const approvedNoteSchema = z.looseObject({
  ...noteSchema.shape,
  approvedAt: z.string(),
  approvedBy: z.looseObject({
    username: z.string(),
    displayName: z.string(),
    hpr: z.nullish(z.string()),
  }),
});
export type ApprovedNote = z.infer<typeof approvedNoteSchema>;

/** The patient as the clinician sees it: the fødselsnummer only masked. */
export const patientSummarySchema = z.looseObject({
  name: z.nullish(z.string()),
  birthDate: z.nullish(z.string()),
  fnrMasked: z.nullish(z.string()),
});
export type PatientSummary = z.infer<typeof patientSummarySchema>;
export const patientResponseSchema = z.looseObject({ patient: patientSummarySchema });

export const consultationDetailSchema = z.looseObject({
  ...summarySchema.shape,
  consent: z.nullish(
    z.looseObject({ method: z.enum(consentMethods), recordedAt: z.nullish(z.string()) }),
  ),
  hasPatient: z.nullish(z.boolean()),
  patient: z.nullish(patientSummarySchema),
  transcript: z.nullish(transcriptSchema),
  drafts: z.nullish(z.record(z.string(), draftSchema)),
  note: z.nullish(z.record(z.string(), noteSchema)),
  approved: z.nullish(z.record(z.string(), approvedNoteSchema)),
});
export type ConsultationDetail = z.infer<typeof consultationDetailSchema>;

export const createdSchema = z.looseObject({
  id: z.string(),
  status: z.enum(consultationStatuses),
});

export const transcriptResponseSchema = z.looseObject({
  status: z.nullish(z.enum(consultationStatuses)),
  transcript: transcriptSchema,
});

export const noteResponseSchema = z.looseObject({ note: noteSchema });
export const approveResponseSchema = z.looseObject({ note: approvedNoteSchema });

export const exportTextSchema = z.looseObject({
  sections: z.array(z.looseObject({ key: z.string(), title: z.string(), text: z.string() })),
  fullText: z.string(),
  disclosure: z.nullish(z.string()),
});
export type ExportText = z.infer<typeof exportTextSchema>;

export const codeListSchema = z.looseObject({
  codes: z.array(
    z.looseObject({ system: z.enum(codeSystems), code: z.string(), text: z.string() }),
  ),
});
export type Code = z.infer<typeof codeListSchema>['codes'][number];

export const adminUserSchema = z.looseObject({
  ...userSchema.shape,
  disabled: z.boolean(),
  createdAt: z.nullish(z.string()),
});
export type AdminUser = z.infer<typeof adminUserSchema>;
export const userListSchema = z.looseObject({ users: z.array(adminUserSchema) });
export const userResponseSchema = z.looseObject({ user: adminUserSchema });

export const settingsSchema = z.looseObject({
  aiDraftingEnabled: z.boolean(),
  retentionHours: z.number(),
  allowedRegions: z.array(z.string()),
  endpoints: z.array(
    z.looseObject({
      name: z.string(),
      kind: z.string(),
      url: z.nullish(z.string()),
      region: z.nullish(z.string()),
      model: z.nullish(z.string()),
    }),
  ),
});
export type Settings = z.infer<typeof settingsSchema>;

/** An install in progress or just ended (admin screen, «Modeller»). */
export const installJobSchema = z.looseObject({
  name: z.string(),
  kind: z.enum(['speech', 'language']),
  state: z.enum(['downloading', 'needs-confirmation', 'installed', 'failed', 'cancelled']),
  received: z.number(),
  total: z.nullable(z.number()),
  sha256: z.nullable(z.string()),
  pinned: z.boolean(),
  message: z.nullable(z.string()),
});
export type InstallJob = z.infer<typeof installJobSchema>;

const engineStateSchema = z.looseObject({
  activatedModel: z.nullable(z.string()),
  engine: z.string(),
  model: z.nullable(z.string()),
  environmentWins: z.boolean(),
});

/** The model catalogue with what is installed and active. */
export const modelOverviewSchema = z.looseObject({
  source: z.nullable(z.looseObject({ url: z.string(), region: z.string() })),
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
      confirmedSha256: z.nullable(z.string()),
      active: z.boolean(),
    }),
  ),
  job: z.nullable(installJobSchema),
});
export type ModelOverview = z.infer<typeof modelOverviewSchema>;
export type ModelEntry = ModelOverview['models'][number];

export const installResponseSchema = z.looseObject({ job: z.nullable(installJobSchema) });
export const activateResponseSchema = z.looseObject({
  applied: z.boolean(),
  environmentWins: z.boolean(),
});
export const verifyModelSchema = z.looseObject({
  ok: z.boolean(),
  sha256: z.string(),
  expected: z.nullable(z.string()),
});

/** The answer to «send to the record system»; `erased` when the installation erases after sending. */
export const sendResponseSchema = z.looseObject({
  status: z.nullish(z.number()),
  erased: z.nullish(z.boolean()),
});

/** What a clinician may read of the settings: only whether AI drafting is on. */
export const draftingSwitchSchema = z.looseObject({ aiDraftingEnabled: z.boolean() });

export const auditEntrySchema = z.looseObject({
  seq: z.number(),
  at: z.string(),
  actorId: z.nullish(z.string()),
  actorRole: z.nullish(z.string()),
  action: z.string(),
  consultationId: z.nullish(z.string()),
  outcome: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const namedAuditEntrySchema = z.looseObject({
  ...auditEntrySchema.shape,
  actorName: z.nullish(z.string()),
  actorUsername: z.nullish(z.string()),
  detail: z.nullish(z.string()),
});
export type NamedAuditEntry = z.infer<typeof namedAuditEntrySchema>;
export const filteredAuditSchema = z.looseObject({
  entries: z.array(namedAuditEntrySchema),
  truncated: z.nullish(z.boolean()),
});
export const auditActorsSchema = z.looseObject({
  actors: z.array(
    z.looseObject({
      id: z.string(),
      username: z.string(),
      displayName: z.string(),
      role: z.string(),
    }),
  ),
});
export type AuditActor = z.infer<typeof auditActorsSchema>['actors'][number];
export const patientAuditSchema = z.looseObject({
  entries: z.array(z.looseObject({ ...auditEntrySchema.shape, detail: z.nullish(z.string()) })),
});
export const auditListSchema = z.looseObject({ entries: z.array(auditEntrySchema) });
export const auditVerifySchema = z.looseObject({
  ok: z.boolean(),
  entries: z.number(),
  firstBroken: z.nullish(z.union([z.number(), z.string(), z.looseObject({})])),
});
export type AuditVerification = z.infer<typeof auditVerifySchema>;

/** What the installation can do (GET /api/v1/capabilities); engine kinds are codes. */
export const capabilitiesSchema = z.looseObject({
  speechToText: z.looseObject({
    available: z.boolean(),
    live: z.nullish(z.boolean()),
    engine: z.string(),
    message: z.nullish(z.string()),
  }),
  fhirSend: z.looseObject({ available: z.boolean() }),
  drafting: z.looseObject({ engine: z.string() }),
});
export type Capabilities = z.infer<typeof capabilitiesSchema>;

export const errorBodySchema = z.looseObject({
  error: z.looseObject({ code: z.string(), message: z.string() }),
});

/** Text frames the live-audio WebSocket sends (docs/api.md). */
export const streamMessageSchema = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('segment'), segment: segmentSchema, index: z.number() }),
  z.looseObject({
    type: z.literal('status'),
    status: z.nullish(z.string()),
    receivedSeconds: z.nullish(z.number()),
  }),
  z.looseObject({ type: z.literal('error'), code: z.string(), message: z.string() }),
  z.looseObject({ type: z.literal('done'), transcript: transcriptSchema }),
]);
export type StreamMessage = z.infer<typeof streamMessageSchema>;

/** What a recording holds: a conversation, or the clinician dictating alone (issue 13). */
export type CaptureMode = 'conversation' | 'dictation';
