import { z } from 'zod';
import type { AuditAction, AuditLog, AuditOutcome } from '../audit/index.js';
import type { Actor } from '../auth/index.js';
import {
  ConsentRequiredError,
  ForbiddenError,
  GoneError,
  IllegalTransitionError,
  InvalidInputError,
  NotAvailableError,
  NotFoundError,
  approvedNoteSchema,
  codeSystems,
  draftSchema,
  noteSchema,
  consentMethods,
  isEnded,
  knownPatientSchema,
  templateIds,
  transition,
  transcriptSchema,
  asRawText,
  type ApprovedNote,
  type Clock,
  type Consultation,
  type ConsultationEvent,
  type Draft,
  type IdGenerator,
  type KnownPatient,
  type Note,
  type Speaker,
  type TemplateId,
  type Transcript,
} from '../core/index.js';
import {
  decryptField,
  encryptField,
  type Keyring,
  type OwnedConsultations,
  type Store,
} from '../store/index.js';
import type { Drafting, Exporting, Pseudonymizer, Speech } from './capabilities.js';
import { draftDocument } from './draft-document.js';
import { speechToTextMissingMessage } from './speech-availability.js';
import { checkPatient, toPatientSummary, type PatientSummary } from './check-patient.js';

/** Body of `POST /api/v1/consultations` (design §6.2). */
export const createConsultationSchema = z.strictObject({
  template: z.enum(templateIds),
  templates: z.array(z.enum(templateIds)).max(4).optional(),
  // Optional in the schema so a missing consent gets its own clear answer (design §6.2).
  consent: z.strictObject({ given: z.boolean(), method: z.enum(consentMethods) }).optional(),
  patient: knownPatientSchema.strict().optional(),
});
export type CreateConsultationInput = z.infer<typeof createConsultationSchema>;

export const noteInputSchema = z.strictObject({
  template: z.enum(templateIds).optional(),
  sections: z
    .array(z.strictObject({ key: z.string().min(1).max(64), text: z.string().max(100_000) }))
    .max(20),
  diagnoses: z
    .array(
      z.strictObject({
        system: z.enum(codeSystems),
        code: z.string().min(1).max(16),
        text: z.string().max(500).optional(),
      }),
    )
    .max(20)
    .optional(),
});
export type NoteInput = z.infer<typeof noteInputSchema>;

/** What a clinician sees of a consultation (API shape; times ISO 8601). */
export interface ConsultationSummary {
  readonly id: string;
  readonly status: Consultation['status'];
  readonly template: TemplateId;
  readonly templates: readonly TemplateId[];
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly expiresAt: string;
}

export interface ConsultationView extends ConsultationSummary {
  readonly consent: { readonly method: string; readonly recordedAt: string };
  readonly hasPatient: boolean;
  /** Name, birth date and masked fødselsnummer, so the clinician can check the chart. */
  readonly patient?: PatientSummary;
  readonly transcript?: Transcript;
  readonly drafts?: Readonly<Partial<Record<TemplateId, Draft>>>;
  readonly note?: Readonly<Partial<Record<TemplateId, Note>>>;
  readonly approved?: Readonly<Partial<Record<TemplateId, ApprovedNote>>>;
}

export interface ConsultationServiceDeps {
  readonly store: Store;
  readonly audit: AuditLog;
  readonly keyring: Keyring;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly retentionHours: number;
  readonly pseudonymizer?: Pseudonymizer;
  readonly drafting?: Drafting;
  readonly exporting?: Exporting;
  readonly speech?: Speech;
  /** Erase right after a successful FHIR hand-over. */
  readonly eraseAfterSend?: boolean;
  /** Whether AI drafting is switched on for the installation (admin setting). */
  readonly isDraftingEnabled: () => Promise<boolean>;
}

const field = {
  patient: 'patient',
  transcript: 'transcript',
  vault: 'vault',
  draft: (template: TemplateId) => `draft:${template}`,
  note: (template: TemplateId) => `note:${template}`,
  approved: (template: TemplateId) => `approved:${template}`,
  sent: (template: TemplateId) => `sent:${template}`,
} as const;

const toIso = (epoch: number) => new Date(epoch).toISOString();

export function toSummary(consultation: Consultation): ConsultationSummary {
  return {
    id: consultation.id,
    status: consultation.status,
    template: consultation.template,
    templates: consultation.templates,
    createdAt: toIso(consultation.createdAt),
    updatedAt: toIso(consultation.updatedAt),
    expiresAt: toIso(consultation.expiresAt),
  };
}

const storedTranscriptSchema = transcriptSchema.pick({ segments: true });
const storedKnownSchema = knownPatientSchema;

/**
 * The consultation use cases. Every method takes the calling `Actor`; content is reached only
 * through `store.consultationsOf(actor.userId)`, so a clinician can never touch another
 * clinician's consultation, and admins and auditors reach no content at all (P5, Normen).
 */
export function createConsultationService(deps: ConsultationServiceDeps) {
  const { store, audit, keyring, clock, ids } = deps;
  const endedListeners = new Set<(consultationId: string) => void>();
  const notifyEnded = (consultationId: string) => {
    for (const listener of endedListeners) listener(consultationId);
  };
  const locks = new Map<string, Promise<unknown>>();

  /**
   * Serialises work on one consultation inside this process, and runs it as one unit of work: the
   * change and its audit entries commit together (issue 14). Only database work belongs here.
   */
  async function withLock<T>(id: string, work: () => Promise<T>): Promise<T> {
    const previous = locks.get(id) ?? Promise.resolve();
    const unit = () => store.atomically(work);
    const next = previous.then(unit, unit);
    const settled = next.catch(() => undefined);
    locks.set(id, settled);
    try {
      return await next;
    } finally {
      if (locks.get(id) === settled) locks.delete(id);
    }
  }

  async function log(
    actor: Actor,
    action: AuditAction,
    outcome: AuditOutcome,
    extra: { consultationId?: string; detail?: string; patientRef?: string } = {},
  ): Promise<void> {
    await audit.record({ actorId: actor.userId, actorRole: actor.role, action, outcome, ...extra });
  }

  async function requireClinician(
    actor: Actor,
    action: AuditAction,
    consultationId?: string,
  ): Promise<OwnedConsultations> {
    if (actor.role !== 'clinician') {
      await log(actor, 'access-denied', 'denied', {
        detail: action,
        ...(consultationId === undefined ? {} : { consultationId }),
      });
      throw new ForbiddenError('Bare klinikere har tilgang til konsultasjoner.');
    }
    return store.consultationsOf(actor.userId);
  }

  interface Loaded {
    readonly owned: OwnedConsultations;
    readonly consultation: Consultation;
    readonly version: number;
    readonly dataKey: Buffer;
  }

  /** Loads a live consultation of the caller; erases it first if its retention time has passed. */
  async function load(actor: Actor, id: string, action: AuditAction): Promise<Loaded> {
    const owned = await requireClinician(actor, action, id);
    const stored = await owned.tryGet(id);
    if (stored === undefined) {
      // Unknown and someone else's look the same: existence is not disclosed.
      await log(actor, action, 'failure', { detail: 'not-found' });
      throw new NotFoundError('consultation', 'Fant ikke konsultasjonen.');
    }
    let { consultation } = stored;
    if (!isEnded(consultation) && consultation.expiresAt <= clock.now()) {
      const expired = transition(consultation, { type: 'expire' }, clock.now());
      const expire = async () => {
        await owned.erase(expired);
        await store.checkpoint();
        notifyEnded(id);
        await audit.record({
          actorId: 'system',
          actorRole: 'system',
          action: 'session-expired',
          outcome: 'success',
          consultationId: id,
          detail: 'retention',
        });
      };
      await store.atomically(expire);
      // The caller's unit rolls back on the `GoneError` below; the erasure must hold regardless.
      store.afterRollback(() => store.atomically(expire));
      consultation = expired;
    }
    if (isEnded(consultation)) {
      await log(actor, action, 'failure', { consultationId: id, detail: 'gone' });
      throw new GoneError();
    }
    const wrapped = await owned.tryGetWrappedKey(id);
    if (wrapped === undefined) throw new GoneError();
    return {
      owned,
      consultation,
      version: stored.version,
      dataKey: keyring.unwrapDataKey(id, wrapped),
    };
  }

  async function readJson<T>(
    loaded: Loaded,
    name: string,
    schema: z.ZodType<T>,
  ): Promise<T | undefined> {
    const ciphertext = await loaded.owned.tryGetContent(loaded.consultation.id, name);
    if (ciphertext === undefined) return undefined;
    const plaintext = decryptField({
      dataKey: loaded.dataKey,
      consultationId: loaded.consultation.id,
      field: name,
      ciphertext,
    });
    try {
      return schema.parse(JSON.parse(plaintext.toString('utf8')));
    } finally {
      plaintext.fill(0);
    }
  }

  async function writeJson(loaded: Loaded, name: string, value: unknown): Promise<void> {
    const plaintext = Buffer.from(JSON.stringify(value), 'utf8');
    const ciphertext = encryptField({
      dataKey: loaded.dataKey,
      consultationId: loaded.consultation.id,
      field: name,
      plaintext,
      ids,
    });
    plaintext.fill(0);
    await loaded.owned.putContent(loaded.consultation.id, name, ciphertext, clock.now());
  }

  async function readText(loaded: Loaded, name: string): Promise<string | undefined> {
    const ciphertext = await loaded.owned.tryGetContent(loaded.consultation.id, name);
    if (ciphertext === undefined) return undefined;
    return decryptField({
      dataKey: loaded.dataKey,
      consultationId: loaded.consultation.id,
      field: name,
      ciphertext,
    }).toString('utf8');
  }

  async function writeText(loaded: Loaded, name: string, value: string): Promise<void> {
    const ciphertext = encryptField({
      dataKey: loaded.dataKey,
      consultationId: loaded.consultation.id,
      field: name,
      plaintext: Buffer.from(value, 'utf8'),
      ids,
    });
    await loaded.owned.putContent(loaded.consultation.id, name, ciphertext, clock.now());
  }

  async function advance(loaded: Loaded, event: ConsultationEvent): Promise<Loaded> {
    const next = transition(loaded.consultation, event, clock.now());
    await loaded.owned.update(next, loaded.version);
    return { ...loaded, consultation: next, version: loaded.version + 1 };
  }

  const readTranscript = async (loaded: Loaded): Promise<Transcript | undefined> => {
    const stored = await readJson(loaded, field.transcript, storedTranscriptSchema);
    return stored === undefined ? undefined : toTranscript(stored);
  };
  const readPatient = (loaded: Loaded) => readJson(loaded, field.patient, storedKnownSchema);

  function pickTemplate(consultation: Consultation, template: TemplateId | undefined): TemplateId {
    const chosen = template ?? consultation.template;
    if (!consultation.templates.includes(chosen)) {
      throw new InvalidInputError('template was not requested for this consultation', {
        userMessage: 'Denne dokumenttypen ble ikke valgt for konsultasjonen.',
      });
    }
    return chosen;
  }

  async function storeTranscript(
    actor: Actor,
    id: string,
    transcript: Transcript,
    action: 'transcript-added' | 'audio-added' | 'transcript-updated',
  ): Promise<{ status: string; transcript: Transcript }> {
    return withLock(id, async () => {
      let loaded = await load(actor, id, action);
      loaded = await advance(loaded, { type: 'transcribe' });
      await writeJson(loaded, field.transcript, { segments: transcript.segments });
      // A new transcript makes earlier drafts stale; notes the clinician wrote are kept.
      await loaded.owned.deleteContent(id, 'draft:');
      await log(actor, action, 'success', {
        consultationId: id,
        detail: `segments:${transcript.segments.length}`,
      });
      return { status: loaded.consultation.status, transcript };
    });
  }

  async function approvedNoteOf(loaded: Loaded, template: TemplateId): Promise<ApprovedNote> {
    const approved = await readJson(loaded, field.approved(template), approvedNoteSchema);
    if (approved === undefined) {
      throw new IllegalTransitionError(loaded.consultation.status, 'export');
    }
    return approved;
  }

  return {
    async create(actor: Actor, input: CreateConsultationInput): Promise<ConsultationSummary> {
      const owned = await requireClinician(actor, 'consultation-created');
      if (input.consent?.given !== true) {
        await log(actor, 'consultation-created', 'failure', { detail: 'consent-missing' });
        throw new ConsentRequiredError();
      }
      const consent = input.consent;
      if (input.patient !== undefined) checkPatient(input.patient);
      const now = clock.now();
      const id = ids.newId();
      const templates = [...new Set([input.template, ...(input.templates ?? [])])];
      const consultation: Consultation = {
        id,
        ownerId: actor.userId,
        status: 'created',
        template: input.template,
        templates,
        consent: { method: consent.method, recordedAt: now },
        createdAt: now,
        updatedAt: now,
        expiresAt: now + deps.retentionHours * 3_600_000,
      };
      const { dataKey, wrapped } = keyring.createDataKey(id);
      const loaded: Loaded = { owned, consultation, version: 0, dataKey };
      const patient = input.patient;
      await store.atomically(async () => {
        await owned.insert(consultation, wrapped);
        if (
          patient !== undefined &&
          (patient.name !== undefined ||
            patient.fnr !== undefined ||
            patient.birthDate !== undefined)
        ) {
          await writeJson(loaded, field.patient, patient);
        }
        await log(actor, 'consultation-created', 'success', {
          consultationId: id,
          detail: `consent:${consent.method}`,
          ...(patient?.fnr === undefined ? {} : { patientRef: audit.patientRef(patient.fnr) }),
        });
      });
      return toSummary(consultation);
    },

    async list(actor: Actor): Promise<readonly ConsultationSummary[]> {
      const owned = await requireClinician(actor, 'consultations-listed');
      const consultations = await owned.list({ endedSince: clock.now() - 24 * 3_600_000 });
      await log(actor, 'consultations-listed', 'success', {
        detail: `count:${consultations.length}`,
      });
      return consultations.map(toSummary);
    },

    async get(actor: Actor, id: string): Promise<ConsultationView> {
      const loaded = await load(actor, id, 'consultation-read');
      const { consultation } = loaded;
      const transcript = await readTranscript(loaded);
      const drafts: Partial<Record<TemplateId, Draft>> = {};
      const notes: Partial<Record<TemplateId, Note>> = {};
      const approved: Partial<Record<TemplateId, ApprovedNote>> = {};
      for (const template of consultation.templates) {
        const draft = await readJson(loaded, field.draft(template), draftSchema);
        if (draft !== undefined) drafts[template] = draft;
        const note = await readJson(loaded, field.note(template), noteSchema);
        if (note !== undefined) notes[template] = note;
        const done = await readJson(loaded, field.approved(template), approvedNoteSchema);
        if (done !== undefined) approved[template] = done;
      }
      const patient = await readPatient(loaded);
      const hasPatient = patient !== undefined;
      await log(actor, 'consultation-read', 'success', { consultationId: id });
      return {
        ...toSummary(consultation),
        consent: {
          method: consultation.consent.method,
          recordedAt: toIso(consultation.consent.recordedAt),
        },
        hasPatient,
        ...(patient === undefined ? {} : { patient: toPatientSummary(patient) }),
        ...(transcript === undefined ? {} : { transcript }),
        ...(Object.keys(drafts).length === 0 ? {} : { drafts }),
        ...(Object.keys(notes).length === 0 ? {} : { note: notes }),
        ...(Object.keys(approved).length === 0 ? {} : { approved }),
      };
    },

    /** Stores a transcript given as JSON (design §6.3) or, through `speech`, text/WebVTT/SRT. */
    async addTranscript(actor: Actor, id: string, body: unknown, contentType: string | undefined) {
      let transcript: Transcript;
      if (typeof body === 'string' || body instanceof Uint8Array) {
        if (deps.speech === undefined) {
          throw new NotAvailableError(
            'transcript import',
            'Import av tekstformater er ikke tilgjengelig.',
          );
        }
        transcript = deps.speech.parseTranscript(body, contentType);
      } else {
        const parsed = transcriptSchema.safeParse(body);
        if (!parsed.success) {
          throw new InvalidInputError(
            'transcript does not match the transcript format (design 6.3)',
            {
              userMessage:
                'Transkripsjonen har feil format. Forventet {"segments": [{"speaker": "lege", "text": "…"}]}.',
              issues: parsed.error.issues.map(
                (issue) => `${issue.path.join('.')}: ${issue.message}`,
              ),
            },
          );
        }
        transcript = toTranscript(parsed.data);
      }
      if (transcript.segments.length === 0) {
        throw new InvalidInputError('transcript has no segments', {
          userMessage: 'Transkripsjonen er tom.',
        });
      }
      return storeTranscript(actor, id, transcript, 'transcript-added');
    },

    async addAudio(actor: Actor, id: string, wav: Uint8Array, signal?: AbortSignal) {
      const transcribeWav = deps.speech?.transcribeWav;
      if (transcribeWav === undefined) {
        await load(actor, id, 'audio-added');
        throw new NotAvailableError('speech-to-text', speechToTextMissingMessage);
      }
      // Checked, not stored: a rejected recording (invalid WAV, too long, failed transcription)
      // leaves the consultation exactly as it was (issue 14).
      const loaded = await load(actor, id, 'audio-added');
      transition(loaded.consultation, { type: 'capture' }, clock.now());
      let transcript: Transcript;
      try {
        transcript = await transcribeWav(wav, signal === undefined ? {} : { signal });
      } catch (error) {
        await log(actor, 'audio-added', 'refused', {
          consultationId: id,
          detail: errorCode(error),
        });
        throw error;
      }
      return storeTranscript(actor, id, transcript, 'audio-added');
    },

    /** Appends live-transcribed segments (the WebSocket stream) and marks the capture finished. */
    async finishStream(actor: Actor, id: string, transcript: Transcript) {
      return storeTranscript(actor, id, transcript, 'transcript-added');
    },

    async beginCapture(actor: Actor, id: string): Promise<void> {
      await withLock(id, async () => {
        const loaded = await load(actor, id, 'stream-opened');
        if (loaded.consultation.status !== 'capturing') await advance(loaded, { type: 'capture' });
        await log(actor, 'stream-opened', 'success', { consultationId: id });
      });
    },

    /** Records a live recording that was refused before it started; the state is unchanged. */
    async refuseCapture(actor: Actor, id: string, reason: string): Promise<void> {
      await load(actor, id, 'stream-opened');
      await log(actor, 'stream-opened', 'refused', { consultationId: id, detail: reason });
    },

    async relabelSegment(actor: Actor, id: string, index: number, speaker: Speaker) {
      return withLock(id, async () => {
        const loaded = await load(actor, id, 'transcript-updated');
        const transcript = await readTranscript(loaded);
        if (transcript === undefined || index < 0 || index >= transcript.segments.length) {
          throw new InvalidInputError('no such segment', {
            userMessage: 'Fant ikke dette avsnittet i transkripsjonen.',
          });
        }
        const segments = transcript.segments.map((segment, position) =>
          position === index ? { ...segment, speaker } : segment,
        );
        await writeJson(loaded, field.transcript, { segments });
        await log(actor, 'transcript-updated', 'success', {
          consultationId: id,
          detail: 'speaker',
        });
        return { transcript: { segments } };
      });
    },

    async draft(
      actor: Actor,
      id: string,
      options: { template?: TemplateId; signal?: AbortSignal } = {},
    ): Promise<Draft> {
      const { pseudonymizer, drafting } = deps;
      // Checks ownership and state before telling the caller what is missing.
      const first = await load(actor, id, 'draft-started');
      const template = pickTemplate(first.consultation, options.template);
      if (!(await deps.isDraftingEnabled())) {
        throw new NotAvailableError(
          'drafting',
          'Automatisk utkast er slått av for denne installasjonen. Skriv notatet selv ut fra transkripsjonen.',
        );
      }
      if (pseudonymizer === undefined || drafting === undefined) {
        throw new NotAvailableError(
          'drafting',
          'Utkastmotoren er ikke tilgjengelig ennå i denne versjonen.',
        );
      }
      if (
        first.consultation.status !== 'transcribed' &&
        first.consultation.status !== 'drafted' &&
        first.consultation.status !== 'in-review'
      ) {
        throw new IllegalTransitionError(first.consultation.status, 'draft');
      }
      const transcript = await readTranscript(first);
      if (transcript === undefined)
        throw new IllegalTransitionError(first.consultation.status, 'draft');
      const known = await readPatient(first);
      const vault = await readText(first, field.vault);
      await log(actor, 'draft-started', 'success', {
        consultationId: id,
        detail: drafting.drafter.info.kind,
      });
      let result: Awaited<ReturnType<typeof draftDocument>>;
      try {
        result = await draftDocument({
          transcript,
          templateId: template,
          pseudonymizer,
          drafting,
          ...(known === undefined ? {} : { known: stripUndefined(known) }),
          ...(vault === undefined ? {} : { vault }),
          ...(options.signal === undefined ? {} : { signal: options.signal }),
        });
      } catch (error) {
        await log(actor, 'draft-finished', 'failure', {
          consultationId: id,
          detail: errorCode(error),
        });
        throw error;
      }
      return withLock(id, async () => {
        let loaded = await load(actor, id, 'draft-finished');
        await writeText(loaded, field.vault, result.vault);
        await writeJson(loaded, field.draft(template), result.draft);
        if (loaded.consultation.status === 'transcribed')
          loaded = await advance(loaded, { type: 'draft' });
        await log(actor, 'draft-finished', 'success', {
          consultationId: id,
          detail: `${template}:${result.draft.engine.kind}`,
        });
        return result.draft;
      });
    },

    async saveNote(actor: Actor, id: string, input: NoteInput): Promise<Note> {
      return withLock(id, async () => {
        let loaded = await load(actor, id, 'note-updated');
        const template = pickTemplate(loaded.consultation, input.template);
        if (await loaded.owned.tryGetContent(id, field.approved(template))) {
          throw new IllegalTransitionError('approved', 'edit');
        }
        const titles = deps.drafting?.getTemplate(template).sections ?? [];
        const note: Note = {
          template,
          sections: input.sections.map((section) => ({
            key: section.key,
            title: titles.find((candidate) => candidate.key === section.key)?.title ?? section.key,
            text: section.text,
          })),
          diagnoses: (input.diagnoses ?? []).map((diagnosis) => ({
            system: diagnosis.system,
            code: diagnosis.code,
            text: diagnosis.text ?? '',
          })),
        };
        loaded = await advance(loaded, { type: 'edit' });
        await writeJson(loaded, field.note(template), note);
        await log(actor, 'note-updated', 'success', { consultationId: id, detail: template });
        return note;
      });
    },

    /** Corrects the patient identifiers until the note is approved (audited with the new ref). */
    async updatePatient(actor: Actor, id: string, patient: KnownPatient): Promise<PatientSummary> {
      checkPatient(patient);
      return withLock(id, async () => {
        const loaded = await load(actor, id, 'patient-updated');
        const status = loaded.consultation.status;
        if (status === 'approved' || status === 'exported') {
          await log(actor, 'patient-updated', 'denied', { consultationId: id, detail: status });
          throw new InvalidInputError('the patient cannot change after approval', {
            userMessage:
              'Pasienten kan ikke endres etter godkjenning. Slett konsultasjonen og start en ny hvis notatet gjelder en annen pasient.',
          });
        }
        await writeJson(loaded, field.patient, stripUndefined(patient));
        await log(actor, 'patient-updated', 'success', {
          consultationId: id,
          ...(patient.fnr === undefined ? {} : { patientRef: audit.patientRef(patient.fnr) }),
        });
        return toPatientSummary(patient);
      });
    },

    async approve(
      actor: Actor,
      id: string,
      options: { template?: TemplateId } = {},
    ): Promise<ApprovedNote> {
      return withLock(id, async () => {
        let loaded = await load(actor, id, 'note-approved');
        const { consultation } = loaded;
        const template = pickTemplate(consultation, options.template);
        if (consultation.status !== 'drafted' && consultation.status !== 'in-review') {
          throw new IllegalTransitionError(consultation.status, 'approve');
        }
        const draft = await readJson(loaded, field.draft(template), draftSchema);
        const edited = await readJson(loaded, field.note(template), noteSchema);
        const note: Note | undefined =
          edited ??
          (draft === undefined
            ? undefined
            : {
                template,
                sections: draft.sections.map((section) => ({
                  key: section.key,
                  title: section.title,
                  text: section.text,
                })),
                diagnoses: draft.diagnoses.map((diagnosis) => ({
                  system: diagnosis.system,
                  code: diagnosis.code,
                  text: diagnosis.text,
                })),
              });
        if (note === undefined || note.sections.every((section) => section.text.trim() === '')) {
          throw new InvalidInputError('there is no note to approve', {
            userMessage: 'Det finnes ikke noe notat å godkjenne ennå.',
          });
        }
        if ((await loaded.owned.tryGetContent(id, field.approved(template))) !== undefined) {
          throw new IllegalTransitionError('approved', 'approve');
        }
        const patient = await readPatient(loaded);
        const approved: ApprovedNote = {
          ...note,
          consultationId: id,
          approvedAt: toIso(clock.now()),
          approvedBy: {
            userId: actor.userId,
            username: actor.username,
            displayName: actor.displayName,
            ...(actor.hpr === null ? {} : { hpr: actor.hpr }),
          },
          engine: draft?.engine ?? { kind: 'builtin', model: 'manuelt skrevet' },
          ...(patient === undefined ? {} : { patient: stripUndefined(patient) }),
        };
        await writeJson(loaded, field.approved(template), approved);
        // The consultation is approved once every document that has a draft or note is approved.
        const pending: TemplateId[] = [];
        for (const other of consultation.templates) {
          if (other === template) continue;
          const hasWork =
            (await loaded.owned.tryGetContent(id, field.draft(other))) !== undefined ||
            (await loaded.owned.tryGetContent(id, field.note(other))) !== undefined;
          const done = (await loaded.owned.tryGetContent(id, field.approved(other))) !== undefined;
          if (hasWork && !done) pending.push(other);
        }
        if (pending.length === 0)
          loaded = await advance(loaded, { type: 'approve', approvedBy: actor.userId });
        await log(actor, 'note-approved', 'success', { consultationId: id, detail: template });
        return approved;
      });
    },

    async exportNote(
      actor: Actor,
      id: string,
      options: {
        format: 'text' | 'fhir';
        template?: TemplateId;
        /** False to show the text before handing it over: no status change, audited as a read. */
        record?: boolean;
      },
    ): Promise<unknown> {
      const exporting = deps.exporting;
      const record = options.record ?? true;
      return withLock(id, async () => {
        let loaded = await load(actor, id, record ? 'note-exported' : 'consultation-read');
        const template = pickTemplate(loaded.consultation, options.template);
        if (
          loaded.consultation.status !== 'approved' &&
          loaded.consultation.status !== 'exported'
        ) {
          throw new IllegalTransitionError(loaded.consultation.status, 'export');
        }
        if (exporting === undefined) {
          throw new NotAvailableError(
            'export',
            'Eksport er ikke tilgjengelig ennå i denne versjonen.',
          );
        }
        const note = await approvedNoteOf(loaded, template);
        let result: unknown;
        if (options.format === 'text') {
          result = exporting.toText(note);
        } else {
          const bundle = exporting.toFhir(note);
          const validation = exporting.validateFhir(bundle);
          if (!validation.ok) {
            await log(actor, 'note-exported', 'failure', {
              consultationId: id,
              detail: 'fhir-invalid',
            });
            throw new InvalidInputError(
              `FHIR document failed validation: ${validation.problems.join('; ')}`,
              {
                userMessage: `FHIR-dokumentet kan ikke eksporteres. ${validation.userMessage ?? 'Kontroller fødselsnummer, HPR-nummer og diagnosekoder.'}`,
                issues: validation.problems,
              },
            );
          }
          result = bundle;
        }
        if (!record) {
          await log(actor, 'consultation-read', 'success', {
            consultationId: id,
            detail: `${template}:${options.format}:preview`,
          });
          return result;
        }
        if (loaded.consultation.status === 'approved')
          loaded = await advance(loaded, { type: 'export' });
        await log(actor, 'note-exported', 'success', {
          consultationId: id,
          detail: `${template}:${options.format}`,
        });
        return result;
      });
    },

    /** The clinician copied an approved document into the record: now it counts as handed over. */
    async recordCopy(actor: Actor, id: string, options: { template?: TemplateId } = {}) {
      return withLock(id, async () => {
        let loaded = await load(actor, id, 'note-exported');
        const template = pickTemplate(loaded.consultation, options.template);
        await approvedNoteOf(loaded, template);
        if (loaded.consultation.status === 'approved')
          loaded = await advance(loaded, { type: 'export' });
        await log(actor, 'note-exported', 'success', {
          consultationId: id,
          detail: `${template}:copy`,
        });
        return { status: loaded.consultation.status };
      });
    },

    async send(
      actor: Actor,
      id: string,
      options: { template?: TemplateId; signal?: AbortSignal } = {},
    ) {
      const exporting = deps.exporting;
      const loaded = await load(actor, id, 'note-sent');
      const template = pickTemplate(loaded.consultation, options.template);
      if (loaded.consultation.status !== 'approved' && loaded.consultation.status !== 'exported') {
        throw new IllegalTransitionError(loaded.consultation.status, 'send');
      }
      if (exporting?.send === undefined) {
        throw new NotAvailableError(
          'fhir-send',
          'Ingen mottaker for FHIR-dokumenter er satt opp. Kopier teksten inn i journalen i stedet.',
        );
      }
      const note = await approvedNoteOf(loaded, template);
      const bundle = exporting.toFhir(note);
      const validation = exporting.validateFhir(bundle);
      if (!validation.ok) {
        await log(actor, 'note-sent', 'failure', { consultationId: id, detail: 'fhir-invalid' });
        throw new InvalidInputError('FHIR document failed validation', {
          userMessage: `FHIR-dokumentet ble ikke sendt, og det godkjente notatet er beholdt. ${validation.userMessage ?? 'Kontroller fødselsnummer, HPR-nummer og diagnosekoder.'}`,
          issues: validation.problems,
        });
      }
      let outcome: { status: number; location?: string };
      try {
        outcome = await exporting.send(bundle, {
          idempotencyKey: `${id}:${template}:${note.approvedAt}`,
          ...(options.signal === undefined ? {} : { signal: options.signal }),
        });
      } catch (error) {
        await log(actor, 'note-sent', 'failure', { consultationId: id, detail: errorCode(error) });
        throw error;
      }
      // Remember which documents have been handed over (a marker, no content).
      const allSent = await withLock(id, async () => {
        let current = await load(actor, id, 'note-sent');
        await writeJson(current, field.sent(template), { sentAt: clock.now() });
        if (current.consultation.status === 'approved')
          current = await advance(current, { type: 'export' });
        await log(actor, 'note-sent', 'success', {
          consultationId: id,
          detail: `${template}:${outcome.status}`,
        });
        for (const other of current.consultation.templates) {
          const approvedOther = await current.owned.tryGetContent(id, field.approved(other));
          const sentOther = await current.owned.tryGetContent(id, field.sent(other));
          if (approvedOther !== undefined && sentOther === undefined) return false;
        }
        return true;
      });
      let erased = false;
      // Erase after hand-over only once every approved document has been handed over.
      if (deps.eraseAfterSend === true && allSent) {
        await this.erase(actor, id);
        erased = true;
      }
      return {
        status: outcome.status,
        ...(outcome.location === undefined ? {} : { location: outcome.location }),
        erased,
      };
    },

    /** Erases now (P2): destroys the data key and every content row. */
    async erase(actor: Actor, id: string): Promise<void> {
      await withLock(id, async () => {
        const owned = await requireClinician(actor, 'session-erased', id);
        const stored = await owned.tryGet(id);
        if (stored === undefined) {
          await log(actor, 'session-erased', 'failure', { detail: 'not-found' });
          throw new NotFoundError('consultation', 'Fant ikke konsultasjonen.');
        }
        if (isEnded(stored.consultation)) {
          // Erasing is idempotent: the state the clinician asked for already holds.
          await log(actor, 'session-erased', 'success', {
            consultationId: id,
            detail: `already-${stored.consultation.status}`,
          });
          return;
        }
        const ended = transition(stored.consultation, { type: 'erase' }, clock.now());
        await owned.erase(ended);
        await store.checkpoint();
        notifyEnded(id);
        await log(actor, 'session-erased', 'success', { consultationId: id, detail: ended.status });
      });
    },

    /** Calls `listener` with the id of every consultation that is erased or expires. */
    onEnded(listener: (consultationId: string) => void): () => void {
      endedListeners.add(listener);
      return () => endedListeners.delete(listener);
    },

    /** Erases every unfinished consultation whose retention time has passed. */
    async sweepExpired(): Promise<number> {
      const expired = await store.system.listExpired(clock.now());
      for (const consultation of expired) {
        await withLock(consultation.id, async () => {
          const ended = transition(consultation, { type: 'expire' }, clock.now());
          await store.system.erase(ended);
          notifyEnded(consultation.id);
          await audit.record({
            actorId: 'system',
            actorRole: 'system',
            action: 'session-expired',
            outcome: 'success',
            consultationId: consultation.id,
            detail: 'retention',
          });
        });
      }
      if (expired.length > 0) await store.checkpoint();
      return expired.length;
    },
  };
}

export type ConsultationService = ReturnType<typeof createConsultationService>;

function toTranscript(input: {
  segments: readonly {
    speaker: Speaker;
    text: string;
    start?: number | undefined;
    end?: number | undefined;
  }[];
}): Transcript {
  return {
    segments: input.segments.map((segment) => ({
      speaker: segment.speaker,
      text: asRawText(segment.text),
      ...(segment.start === undefined ? {} : { start: segment.start }),
      ...(segment.end === undefined ? {} : { end: segment.end }),
    })),
  };
}

function stripUndefined(patient: KnownPatient): {
  name?: string;
  fnr?: string;
  birthDate?: string;
} {
  return {
    ...(patient.name === undefined ? {} : { name: patient.name }),
    ...(patient.fnr === undefined ? {} : { fnr: patient.fnr }),
    ...(patient.birthDate === undefined ? {} : { birthDate: patient.birthDate }),
  };
}

function errorCode(error: unknown): string {
  return typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string'
    ? error.code
    : 'internal';
}
