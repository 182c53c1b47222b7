/**
 * The only place the web app talks HTTP (docs/api.md). Authentication is the HttpOnly session
 * cookie the server sets at login, so the token never sits in JavaScript-readable storage; every
 * request carries `X-Referent-Request: 1`, the server's CSRF guard for cookie-authenticated calls.
 */
import type * as z from 'zod/mini';
import type { CodeSystem, ConsentMethod, Role, Speaker, TemplateId } from '../lib/labels.js';
import {
  approveResponseSchema,
  auditListSchema,
  auditVerifySchema,
  auditActorsSchema,
  filteredAuditSchema,
  patientAuditSchema,
  capabilitiesSchema,
  codeListSchema,
  consultationDetailSchema,
  createdSchema,
  draftingSwitchSchema,
  draftSchema,
  errorBodySchema,
  exportTextSchema,
  sendResponseSchema,
  loginResponseSchema,
  meResponseSchema,
  noteResponseSchema,
  patientResponseSchema,
  settingsSchema,
  modelOverviewSchema,
  installResponseSchema,
  activateResponseSchema,
  verifyModelSchema,
  summaryListSchema,
  transcriptResponseSchema,
  userListSchema,
  userResponseSchema,
  type CaptureMode,
  type User,
} from './schemas.js';

/** A failed call, with a Norwegian message a clinician can act on. */
export class ApiError extends Error {
  /** HTTP status; 0 when the server could not be reached. */
  readonly status: number;
  readonly code: string;
  /** Norwegian, safe to show: what went wrong and what to do next. */
  readonly userMessage: string;
  /** The server's `Retry-After` in seconds, when it sent one (busy, throttled). */
  readonly retryAfterSeconds: number | undefined;

  constructor(options: {
    status: number;
    code: string;
    userMessage: string;
    retryAfterSeconds?: number;
  }) {
    super(`API call failed: ${options.code} (${options.status})`);
    this.name = 'ApiError';
    this.status = options.status;
    this.code = options.code;
    this.userMessage = options.userMessage;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  /** True when the same call may succeed later (network trouble, overload, server restart). */
  get isRetryable(): boolean {
    if (this.code === 'not-available') return false;
    return this.status === 0 || this.status === 408 || this.status === 429 || this.status >= 500;
  }
}

/** True when an error means the request was cancelled by the clinician. */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Norwegian text for any error, never a raw message. */
export function toUserMessage(error: unknown): string {
  if (error instanceof ApiError) return error.userMessage;
  return 'Noe gikk galt i appen. Prøv igjen. Hvis feilen varer, last inn siden på nytt.';
}

export interface ApiClientOptions {
  readonly fetch: typeof fetch;
  /** Called when the server says the login is no longer valid (expired or revoked). */
  readonly onUnauthenticated: () => void;
}

export interface NoteUpdate {
  readonly template: TemplateId;
  readonly sections: readonly { readonly key: string; readonly text: string }[];
  readonly diagnoses: readonly {
    readonly system: CodeSystem;
    readonly code: string;
    readonly text?: string;
  }[];
}

interface RequestOptions {
  readonly method?: string;
  readonly json?: unknown;
  readonly body?: BodyInit;
  readonly contentType?: string;
  readonly signal?: AbortSignal;
  /** False for calls where 401 is an expected answer (login, the first "who am I"). */
  readonly reportUnauthenticated?: boolean;
}

const networkMessage =
  'Får ikke kontakt med Referent-serveren. Sjekk nettverket. Endringene dine er tatt vare på i denne fanen, og appen prøver igjen.';

export type ApiClient = ReturnType<typeof createApiClient>;

export function createApiClient(options: ApiClientOptions) {
  async function request(path: string, requestOptions: RequestOptions = {}): Promise<Response> {
    const headers: Record<string, string> = {
      'X-Referent-Request': '1',
      Accept: 'application/json',
    };
    let body: BodyInit | undefined = requestOptions.body;
    if (requestOptions.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(requestOptions.json);
    } else if (requestOptions.contentType !== undefined) {
      headers['Content-Type'] = requestOptions.contentType;
    }
    let response: Response;
    try {
      response = await options.fetch(`/api/v1${path}`, {
        method: requestOptions.method ?? 'GET',
        headers,
        credentials: 'same-origin',
        ...(body === undefined ? {} : { body }),
        ...(requestOptions.signal === undefined ? {} : { signal: requestOptions.signal }),
      });
    } catch (error: unknown) {
      if (isAbortError(error)) throw error;
      throw new ApiError({ status: 0, code: 'network', userMessage: networkMessage });
    }
    if (response.ok) return response;
    if (response.status === 401 && requestOptions.reportUnauthenticated !== false)
      options.onUnauthenticated();
    throw await toApiError(response);
  }

  async function json<S extends z.ZodMiniType>(
    path: string,
    schema: S,
    requestOptions?: RequestOptions,
  ): Promise<z.infer<S>> {
    const response = await request(path, requestOptions);
    return parseBody(response, schema);
  }

  return {
    login: (username: string, password: string) =>
      json('/auth/login', loginResponseSchema, {
        method: 'POST',
        json: { username, password },
        reportUnauthenticated: false,
      }),
    logout: async (): Promise<void> => {
      await request('/auth/logout', { method: 'POST', reportUnauthenticated: false });
    },
    /** The logged-in user, or undefined when nobody is logged in. */
    tryGetMe: async (): Promise<User | undefined> => {
      try {
        return (await json('/auth/me', meResponseSchema, { reportUnauthenticated: false })).user;
      } catch (error: unknown) {
        if (error instanceof ApiError && error.status === 401) return undefined;
        throw error;
      }
    },
    listConsultations: async () => (await json('/consultations', summaryListSchema)).consultations,
    createConsultation: (input: {
      templates: readonly TemplateId[];
      consent: ConsentMethod;
      patient?: { name?: string; fnr?: string; birthDate?: string };
    }) =>
      json('/consultations', createdSchema, {
        method: 'POST',
        json: {
          template: input.templates[0],
          templates: input.templates,
          consent: { given: true, method: input.consent },
          ...(input.patient === undefined ? {} : { patient: input.patient }),
        },
      }),
    getConsultation: (id: string) =>
      json(`/consultations/${encodeURIComponent(id)}`, consultationDetailSchema),
    /** Replaces the patient identifiers (until approval); the answer shows the number masked. */
    updatePatient: async (
      id: string,
      patient: { name?: string; fnr?: string; birthDate?: string },
    ) =>
      (
        await json(`/consultations/${encodeURIComponent(id)}/patient`, patientResponseSchema, {
          method: 'PUT',
          json: patient,
        })
      ).patient,
    uploadTranscript: (id: string, body: Blob | string, contentType: string) =>
      json(`/consultations/${encodeURIComponent(id)}/transcript`, transcriptResponseSchema, {
        method: 'POST',
        body,
        contentType,
      }),
    /** `dictation`: the clinician dictates alone; every segment is theirs (issue 13). */
    uploadAudio: (id: string, body: Blob, mode: CaptureMode = 'conversation') =>
      json(
        `/consultations/${encodeURIComponent(id)}/audio${mode === 'dictation' ? '?mode=dictation' : ''}`,
        transcriptResponseSchema,
        {
          method: 'POST',
          body,
          contentType: 'audio/wav',
        },
      ),
    correctSpeaker: (id: string, index: number, speaker: Speaker) =>
      json(
        `/consultations/${encodeURIComponent(id)}/transcript/segments/${index}`,
        transcriptResponseSchema,
        {
          method: 'PATCH',
          json: { speaker },
        },
      ),
    createDraft: (id: string, template: TemplateId, signal?: AbortSignal) =>
      json(`/consultations/${encodeURIComponent(id)}/draft`, draftSchema, {
        method: 'POST',
        json: { template },
        ...(signal === undefined ? {} : { signal }),
      }),
    saveNote: (id: string, update: NoteUpdate) =>
      json(`/consultations/${encodeURIComponent(id)}/note`, noteResponseSchema, {
        method: 'PUT',
        json: update,
      }),
    approve: (id: string, template: TemplateId) =>
      json(`/consultations/${encodeURIComponent(id)}/approve`, approveResponseSchema, {
        method: 'POST',
        json: { template },
      }),
    /** The approved text to show on the hand-over screen; reading it hands nothing over. */
    exportText: (id: string, template: TemplateId) =>
      json(
        `/consultations/${encodeURIComponent(id)}/handover-text?template=${encodeURIComponent(template)}`,
        exportTextSchema,
      ),
    /** Records that the clinician copied the approved text into the record (status «Overført»). */
    recordCopy: async (id: string, template: TemplateId): Promise<void> => {
      await request(`/consultations/${encodeURIComponent(id)}/copied`, {
        method: 'POST',
        json: { template },
      });
    },
    /** The FHIR Bundle as the server wrote it; the app only hands it on. */
    exportFhir: async (id: string, template: TemplateId): Promise<Blob> => {
      const response = await request(
        `/consultations/${encodeURIComponent(id)}/export?format=fhir&template=${encodeURIComponent(template)}`,
      );
      return response.blob();
    },
    /** Sends the FHIR document; true when the server erased the consultation right after. */
    sendFhir: async (id: string, template: TemplateId): Promise<boolean> => {
      const response = await json(
        `/consultations/${encodeURIComponent(id)}/send`,
        sendResponseSchema,
        {
          method: 'POST',
          json: { template },
        },
      );
      return response.erased === true;
    },
    /** Erases now. An already erased consultation (410) counts as done: the goal is reached. */
    erase: async (id: string): Promise<void> => {
      try {
        await request(`/consultations/${encodeURIComponent(id)}`, { method: 'DELETE' });
      } catch (error: unknown) {
        if (error instanceof ApiError && error.status === 410) return;
        throw error;
      }
    },
    /** True when the server confirms the consultation no longer exists (410 or 404). */
    isGone: async (id: string): Promise<boolean> => {
      try {
        await request(`/consultations/${encodeURIComponent(id)}`);
        return false;
      } catch (error: unknown) {
        if (error instanceof ApiError && (error.status === 410 || error.status === 404))
          return true;
        throw error;
      }
    },
    searchCodes: async (query: string, system: CodeSystem, signal?: AbortSignal) =>
      (
        await json(
          `/codes?q=${encodeURIComponent(query)}&system=${encodeURIComponent(system)}&limit=20`,
          codeListSchema,
          signal === undefined ? {} : { signal },
        )
      ).codes,
    listUsers: async () => (await json('/users', userListSchema)).users,
    createUser: (input: {
      username: string;
      displayName: string;
      role: Role;
      password: string;
      hpr?: string;
    }) => json('/users', userResponseSchema, { method: 'POST', json: input }),
    updateUser: (id: string, input: { disabled?: boolean; role?: Role; password?: string }) =>
      json(`/users/${encodeURIComponent(id)}`, userResponseSchema, {
        method: 'PATCH',
        json: input,
      }),
    /** What this installation can do: speech-to-text (and why not), sending, drafting engine. */
    getCapabilities: () => json('/capabilities', capabilitiesSchema),
    getSettings: () => json('/settings', settingsSchema),
    /** The model catalogue, what is installed and active, and the install in progress (admins). */
    getModels: () => json('/models', modelOverviewSchema),
    installModel: (name: string) =>
      json(`/models/${encodeURIComponent(name)}/install`, installResponseSchema, {
        method: 'POST',
        json: {},
      }),
    /** Confirms the computed SHA-256 of a model without a published one; it is then installed. */
    confirmModelHash: (sha256: string) =>
      json('/models/install/confirm', installResponseSchema, { method: 'POST', json: { sha256 } }),
    cancelModelInstall: () =>
      json('/models/install/cancel', installResponseSchema, { method: 'POST', json: {} }),
    verifyModel: (name: string) =>
      json(`/models/${encodeURIComponent(name)}/verify`, verifyModelSchema, {
        method: 'POST',
        json: {},
      }),
    activateModel: (kind: 'speech' | 'language', name: string | null) =>
      json('/models/active', activateResponseSchema, { method: 'PUT', json: { kind, name } }),
    /** Whether AI drafting is switched on for the installation (readable by every role). */
    isDraftingEnabled: async () =>
      (await json('/settings', draftingSwitchSchema)).aiDraftingEnabled,
    setAiDrafting: (aiDraftingEnabled: boolean) =>
      json('/settings', settingsSchema, { method: 'PUT', json: { aiDraftingEnabled } }),
    listAudit: async (before?: number) =>
      (
        await json(
          `/audit?limit=100${before === undefined ? '' : `&before=${before}`}`,
          auditListSchema,
        )
      ).entries,
    verifyAudit: () => json('/audit/verify', auditVerifySchema),
    /** Every account's name, so the audit view can say who did what. */
    listAuditActors: async () => (await json('/audit/actors', auditActorsSchema)).actors,
    /** The audit log filtered on the server, newest first, with the users' names. */
    filterAudit: (filter: AuditFilter) =>
      json(`/audit/entries?${toAuditQuery(filter)}`, filteredAuditSchema),
    /** The same filtered view as a CSV file (semicolon-separated, UTF-8). */
    exportAudit: async (filter: AuditFilter): Promise<Blob> =>
      (await request(`/audit/entries?${toAuditQuery(filter)}&format=csv`)).blob(),
    /** «Who has handled this patient?»: every entry about the patient's consultations. */
    searchAuditByPatient: async (fnr: string) =>
      (
        await json('/audit/search', patientAuditSchema, {
          method: 'POST',
          json: { fnr },
        })
      ).entries,
  };
}

/** What the auditor filters the log by; times are ISO instants. */
export interface AuditFilter {
  readonly user?: string;
  readonly action?: string;
  readonly outcome?: 'success' | 'failure' | 'denied';
  readonly from?: string;
  readonly to?: string;
}

function toAuditQuery(filter: AuditFilter): string {
  const parameters = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (typeof value === 'string' && value !== '') parameters.set(key, value);
  }
  return parameters.toString();
}

async function parseBody<S extends z.ZodMiniType>(
  response: Response,
  schema: S,
): Promise<z.infer<S>> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw unexpectedResponse();
  }
  const result = schema.safeParse(body);
  if (!result.success) throw unexpectedResponse();
  return result.data;
}

function unexpectedResponse(): ApiError {
  return new ApiError({
    status: 200,
    code: 'unexpected-response',
    userMessage:
      'Referent svarte noe appen ikke forstod. Last inn siden på nytt. Hvis feilen varer, kontakt systemansvarlig.',
  });
}

async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const parsed = errorBodySchema.safeParse(body);
  const retryAfter = toRetryAfterSeconds(response.headers.get('retry-after'));
  const retry = retryAfter === undefined ? {} : { retryAfterSeconds: retryAfter };
  if (parsed.success) {
    return new ApiError({
      status: response.status,
      code: parsed.data.error.code,
      userMessage: withNextStep(response.status, parsed.data.error.message, parsed.data.error.code),
      ...retry,
    });
  }
  return new ApiError({
    status: response.status,
    code: `http-${response.status}`,
    userMessage: withNextStep(response.status, fallbackMessage(response.status)),
    ...retry,
  });
}

/** `Retry-After` as whole seconds (0–3600); the date form and nonsense give undefined. */
function toRetryAfterSeconds(header: string | null): number | undefined {
  if (header === null || !/^\d{1,6}$/u.test(header.trim())) return undefined;
  return Math.min(3600, Number(header.trim()));
}

function fallbackMessage(status: number): string {
  if (status === 401) return 'Du er ikke logget inn.';
  if (status === 403) return 'Du har ikke tilgang til dette.';
  if (status === 404) return 'Fant ikke det du ba om.';
  if (status === 410) return 'Konsultasjonen er slettet. Innholdet finnes ikke lenger.';
  if (status === 413) return 'Filen er for stor.';
  if (status === 429) return 'For mange forsøk på kort tid.';
  if (status >= 500) return `Referent-serveren fikk en feil (HTTP ${status}).`;
  return `Forespørselen ble avvist (HTTP ${status}).`;
}

/** Adds what to do next when the server's message does not say it. */
function withNextStep(status: number, message: string, code?: string): string {
  if (status === 401) return `${message} Logg inn igjen.`;
  // Not set up here: waiting will not help, and the server's message says what to do instead.
  if (code === 'not-available') return message;
  if (status === 429) return `${message} Vent litt og prøv igjen.`;
  if (status >= 500)
    return `${message} Prøv igjen om litt. Hvis feilen varer, kontakt systemansvarlig.`;
  return message;
}
