import type { Actor } from '../auth/index.js';
import type {
  CaptureMode,
  ApprovedNote,
  Draft,
  KnownPatient,
  Note,
  Speaker,
  TemplateId,
  Transcript,
} from '../core/index.js';
import { addAudio, addTranscript, type TranscriptStored } from './add-transcript.js';
import { approveNote } from './approve-note.js';
import type { PatientSummary } from './check-patient.js';
import { createConsultationContext, type ConsultationServiceDeps } from './consultation-context.js';
import type { ConsultationOutcome, OutcomeListener } from './consultation-outcome.js';
import type {
  ConsultationSummary,
  ConsultationView,
  CreateConsultationInput,
  NoteInput,
} from './consultation-views.js';
import { createConsultation } from './create-consultation.js';
import { draftNote, type DraftOptions } from './draft-note.js';
import { eraseConsultation } from './erase-consultation.js';
import { exportNote, recordCopy } from './export-note.js';
import { getConsultation } from './get-consultation.js';
import { listConsultations } from './list-consultations.js';
import { beginCapture, finishStream, refuseCapture, relabelSegment } from './live-capture-steps.js';
import { saveNote } from './save-note.js';
import { sendNote, type SendResult } from './send-note.js';
import { sweepExpired } from './sweep-expired.js';
import { updatePatient } from './update-patient.js';

export type { ConsultationServiceDeps } from './consultation-context.js';
export {
  createConsultationSchema,
  noteInputSchema,
  toSummary,
  type ConsultationSummary,
  type ConsultationView,
  type CreateConsultationInput,
  type NoteInput,
} from './consultation-views.js';

/**
 * The consultation use cases (design §6.2), one file each beside this one. Every method takes the
 * calling `Actor`: the authorization policy decides first (a refusal is audited), and content is
 * reached only through the store scoped to that actor, so a clinician can never touch another
 * clinician's consultation, and admins and auditors reach no content at all (P5, Normen).
 * Every change and its audit entry commit together; unknown and someone else's consultations
 * answer alike (`NotFoundError`); ended ones answer `GoneError`.
 */
export interface ConsultationService {
  /** Starts a consultation; consent is required. */
  create(actor: Actor, input: CreateConsultationInput): Promise<ConsultationSummary>;
  /** The caller's live consultations and those ended in the last 24 hours. */
  list(actor: Actor): Promise<readonly ConsultationSummary[]>;
  /** One consultation with its transcript, drafts, notes and approved notes. */
  get(actor: Actor, id: string): Promise<ConsultationView>;
  /** Stores a transcript given as JSON, or as text/WebVTT/SRT through the speech module. */
  addTranscript(
    actor: Actor,
    id: string,
    body: unknown,
    contentType: string | undefined,
  ): Promise<TranscriptStored>;
  /** Transcribes a WAV recording and stores the transcript; a refused recording changes nothing. */
  addAudio(
    actor: Actor,
    id: string,
    /** The WAV file, whole or as it arrives (read only after the checks, within the budget). */
    wav: Uint8Array | AsyncIterable<Uint8Array>,
    signal?: AbortSignal,
    /** `dictation`: the clinician alone; every segment is theirs (issue 13). */
    mode?: CaptureMode,
  ): Promise<TranscriptStored>;
  /** Stores what a live recording transcribed. */
  finishStream(actor: Actor, id: string, transcript: Transcript): Promise<TranscriptStored>;
  /** A live recording starts (`capturing`). */
  beginCapture(actor: Actor, id: string): Promise<void>;
  /** Audits a live recording refused before it started. */
  refuseCapture(actor: Actor, id: string, reason: string): Promise<void>;
  /** Corrects the speaker of one transcript segment. */
  relabelSegment(
    actor: Actor,
    id: string,
    index: number,
    speaker: Speaker,
  ): Promise<{ transcript: Transcript }>;
  /**
   * Drafts one document from the transcript (pseudonymized, verified, re-identified);
   * `whileEngineRuns` wraps the engine's wait (the HTTP layer gives up its admission slot there).
   */
  draft(actor: Actor, id: string, options?: DraftOptions): Promise<Draft>;
  /** Saves the clinician's text of one document until it is approved. */
  saveNote(actor: Actor, id: string, input: NoteInput): Promise<Note>;
  /** Corrects the patient identifiers until the note is approved. */
  updatePatient(actor: Actor, id: string, patient: KnownPatient): Promise<PatientSummary>;
  /** Approves one document; the consultation is approved when every worked document is. */
  approve(actor: Actor, id: string, options?: { template?: TemplateId }): Promise<ApprovedNote>;
  /** Exports an approved document as text or FHIR; `record: false` only previews it. */
  exportNote(
    actor: Actor,
    id: string,
    options: { format: 'text' | 'fhir'; template?: TemplateId; record?: boolean },
  ): Promise<unknown>;
  /** Records that the clinician copied an approved document into the record. */
  recordCopy(
    actor: Actor,
    id: string,
    options?: { template?: TemplateId },
  ): Promise<{ status: string }>;
  /** Hands an approved document over as FHIR; may erase afterwards (`eraseAfterSend`). */
  send(
    actor: Actor,
    id: string,
    options?: { template?: TemplateId; signal?: AbortSignal },
  ): Promise<SendResult>;
  /** Erases now (P2); idempotent. */
  erase(actor: Actor, id: string): Promise<void>;
  /** Calls `listener` with the id of every consultation that is erased or expires. */
  onEnded(listener: (consultationId: string) => void): () => void;
  /** Erases every unfinished consultation whose retention time has passed; returns how many. */
  sweepExpired(): Promise<number>;
}

/**
 * Builds the consultation use cases over one shared context (locks, policy, content store).
 * `onOutcome` hears each succeeded create, draft, approval and erasure (the metrics).
 */
export function createConsultationService(
  deps: ConsultationServiceDeps & { readonly onOutcome?: OutcomeListener },
): ConsultationService {
  const ctx = createConsultationContext(deps);
  const report: OutcomeListener = deps.onOutcome ?? (() => undefined);
  const reporting = async <Result>(
    work: Promise<Result>,
    outcome: (result: Result) => ConsultationOutcome,
  ): Promise<Result> => {
    const result = await work;
    report(outcome(result));
    return result;
  };
  return {
    create: (actor, input) =>
      reporting(createConsultation(ctx, actor, input), () => ({ kind: 'consultation-created' })),
    list: (actor) => listConsultations(ctx, actor),
    get: (actor, id) => getConsultation(ctx, actor, id),
    addTranscript: (actor, id, body, contentType) =>
      addTranscript(ctx, actor, id, body, contentType),
    addAudio: (actor, id, wav, signal, mode) => addAudio(ctx, actor, id, wav, signal, mode),
    finishStream: (actor, id, transcript) => finishStream(ctx, actor, id, transcript),
    beginCapture: (actor, id) => beginCapture(ctx, actor, id),
    refuseCapture: (actor, id, reason) => refuseCapture(ctx, actor, id, reason),
    relabelSegment: (actor, id, index, speaker) => relabelSegment(ctx, actor, id, index, speaker),
    draft: (actor, id, options) =>
      reporting(draftNote(ctx, actor, id, options), (draft) => ({
        kind: 'draft-finished',
        engine: draft.engine.kind,
      })),
    saveNote: (actor, id, input) => saveNote(ctx, actor, id, input),
    updatePatient: (actor, id, patient) => updatePatient(ctx, actor, id, patient),
    approve: (actor, id, options) =>
      reporting(approveNote(ctx, actor, id, options), () => ({ kind: 'note-approved' })),
    exportNote: (actor, id, options) => exportNote(ctx, actor, id, options),
    recordCopy: (actor, id, options) => recordCopy(ctx, actor, id, options),
    send: (actor, id, options) => sendNote(ctx, actor, id, options),
    erase: (actor, id) =>
      reporting(eraseConsultation(ctx, actor, id), () => ({
        kind: 'session-erased',
        reason: 'clinician',
      })),
    onEnded: (listener) => ctx.onEnded(listener),
    sweepExpired: () => sweepExpired(ctx),
  };
}
