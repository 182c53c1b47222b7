import { IllegalTransitionError } from './errors.js';
import type { TemplateId } from './template.js';

/**
 * The consultation lifecycle (issue 2):
 *
 *   created → capturing → transcribed → drafted → in-review → approved → exported
 *
 * and the three terminal states, in which all content has been destroyed (P2):
 * `discarded` (erased before approval), `erased` (erased after approval or hand-over) and
 * `expired` (the retention sweeper erased an abandoned session).
 */
export const consultationStatuses = [
  'created',
  'capturing',
  'transcribed',
  'drafted',
  'in-review',
  'approved',
  'exported',
  'discarded',
  'erased',
  'expired',
] as const;
export type ConsultationStatus = (typeof consultationStatuses)[number];

export const consentMethods = ['muntlig', 'skriftlig'] as const;
export type ConsentMethod = (typeof consentMethods)[number];

/** What every consultation carries, in every state. Holds no health content and no identifiers. */
export interface ConsultationMeta {
  readonly id: string;
  /** The clinician who owns it; nobody else may see its content. */
  readonly ownerId: string;
  /** The main document; `templates` lists every document the clinician asked for. */
  readonly template: TemplateId;
  readonly templates: readonly TemplateId[];
  readonly consent: { readonly method: ConsentMethod; readonly recordedAt: number };
  readonly createdAt: number;
  readonly updatedAt: number;
  /** When the retention sweeper erases it if it is still unfinished (P2). */
  readonly expiresAt: number;
}

interface Live<S extends ConsultationStatus> extends ConsultationMeta {
  readonly status: S;
}

export type CreatedConsultation = Live<'created'>;
export type CapturingConsultation = Live<'capturing'>;
export type TranscribedConsultation = Live<'transcribed'>;
export type DraftedConsultation = Live<'drafted'>;
export type InReviewConsultation = Live<'in-review'>;
export interface ApprovedConsultation extends Live<'approved'> {
  readonly approvedAt: number;
  readonly approvedBy: string;
}
export interface ExportedConsultation extends Live<'exported'> {
  readonly approvedAt: number;
  readonly approvedBy: string;
  readonly exportedAt: number;
}
/** A consultation whose content is gone; only its metadata and audit trail remain. */
export interface EndedConsultation extends ConsultationMeta {
  readonly status: 'discarded' | 'erased' | 'expired';
  readonly endedAt: number;
}

export type Consultation =
  | CreatedConsultation
  | CapturingConsultation
  | TranscribedConsultation
  | DraftedConsultation
  | InReviewConsultation
  | ApprovedConsultation
  | ExportedConsultation
  | EndedConsultation;

/** Things that can happen to a consultation. */
export type ConsultationEvent =
  | { readonly type: 'capture' }
  | { readonly type: 'transcribe' }
  | { readonly type: 'draft' }
  | { readonly type: 'edit' }
  | { readonly type: 'approve'; readonly approvedBy: string }
  | { readonly type: 'export' }
  | { readonly type: 'erase' }
  | { readonly type: 'expire' };

/** Statuses in which all content has been destroyed (P2). */
export const endedStatuses: readonly ConsultationStatus[] = ['discarded', 'erased', 'expired'];

export function isEnded(consultation: Consultation): consultation is EndedConsultation {
  return endedStatuses.includes(consultation.status);
}

/** True while the session is unfinished and the retention clock applies to it. */
export function isUnfinished(consultation: Consultation): boolean {
  switch (consultation.status) {
    case 'created':
    case 'capturing':
    case 'transcribed':
    case 'drafted':
    case 'in-review':
    case 'approved':
    case 'exported':
      return true;
    case 'discarded':
    case 'erased':
    case 'expired':
      return false;
  }
}

function meta(consultation: Consultation, now: number): ConsultationMeta {
  return {
    id: consultation.id,
    ownerId: consultation.ownerId,
    template: consultation.template,
    templates: consultation.templates,
    consent: consultation.consent,
    createdAt: consultation.createdAt,
    updatedAt: now,
    expiresAt: consultation.expiresAt,
  };
}

/** Live statuses, in lifecycle order. */
const liveStatuses = [
  'created',
  'capturing',
  'transcribed',
  'drafted',
  'in-review',
  'approved',
  'exported',
] as const satisfies readonly ConsultationStatus[];

/**
 * The lifecycle as data: the statuses in which each event may happen. `transition` obeys it, and
 * the use cases ask `canApply`/`assertCanApply` instead of listing statuses by hand.
 */
export const eventSources: Readonly<
  Record<ConsultationEvent['type'], readonly ConsultationStatus[]>
> = {
  // More audio may come until a draft exists.
  capture: ['created', 'capturing', 'transcribed'],
  // A new or extended transcript makes an existing draft stale; approval locks it.
  transcribe: ['created', 'capturing', 'transcribed', 'drafted', 'in-review'],
  draft: ['transcribed', 'drafted', 'in-review'],
  // A clinician may also write the note by hand from the transcript (drafting off or failed).
  edit: ['transcribed', 'drafted', 'in-review'],
  approve: ['drafted', 'in-review'],
  export: ['approved', 'exported'],
  erase: liveStatuses,
  expire: liveStatuses,
};

/** True when the lifecycle allows `event` in the consultation's current status. */
export function canApply(consultation: Consultation, event: ConsultationEvent['type']): boolean {
  return eventSources[event].includes(consultation.status);
}

/**
 * Throws `IllegalTransitionError` unless the lifecycle allows `event` now. `action` names what the
 * caller tried (e.g. `send`, which is an `export` to the lifecycle) in the error.
 */
export function assertCanApply(
  consultation: Consultation,
  event: ConsultationEvent['type'],
  action: string = event,
): void {
  if (!canApply(consultation, event)) throw new IllegalTransitionError(consultation.status, action);
}

/** True once a note is approved: the content is then locked (approved or handed over). */
export function isApproved(
  consultation: Consultation,
): consultation is ApprovedConsultation | ExportedConsultation {
  return consultation.status === 'approved' || consultation.status === 'exported';
}

/**
 * Applies an event, returning the next state; throws `IllegalTransitionError` for an event the
 * current state does not allow. Never mutates its input.
 */
export function transition(
  consultation: Consultation,
  event: ConsultationEvent,
  now: number,
): Consultation {
  if (isEnded(consultation) || !canApply(consultation, event.type)) {
    throw new IllegalTransitionError(consultation.status, event.type);
  }
  const from = consultation.status;
  const base = meta(consultation, now);
  switch (event.type) {
    case 'capture':
      return { ...base, status: 'capturing' };
    case 'transcribe':
      return { ...base, status: 'transcribed' };
    case 'draft':
      return { ...base, status: 'drafted' };
    case 'edit':
      return { ...base, status: 'in-review' };
    case 'approve':
      return { ...base, status: 'approved', approvedAt: now, approvedBy: event.approvedBy };
    case 'export':
      if (!isApproved(consultation)) throw new IllegalTransitionError(from, event.type);
      return {
        ...base,
        status: 'exported',
        approvedAt: consultation.approvedAt,
        approvedBy: consultation.approvedBy,
        exportedAt: now,
      };
    case 'erase':
      return { ...base, status: isApproved(consultation) ? 'erased' : 'discarded', endedAt: now };
    case 'expire':
      return { ...base, status: 'expired', endedAt: now };
  }
}
