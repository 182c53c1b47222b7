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

/**
 * Applies an event, returning the next state; throws `IllegalTransitionError` for an event the
 * current state does not allow. Never mutates its input.
 */
export function transition(
  consultation: Consultation,
  event: ConsultationEvent,
  now: number,
): Consultation {
  const from = consultation.status;
  const illegal = (): never => {
    throw new IllegalTransitionError(from, event.type);
  };
  if (isEnded(consultation)) return illegal();
  const base = meta(consultation, now);

  switch (event.type) {
    case 'capture':
      // More audio may come until a draft exists.
      if (from === 'created' || from === 'capturing' || from === 'transcribed')
        return { ...base, status: 'capturing' };
      return illegal();
    case 'transcribe':
      // A new or extended transcript makes an existing draft stale; approval locks it.
      if (
        from === 'created' ||
        from === 'capturing' ||
        from === 'transcribed' ||
        from === 'drafted' ||
        from === 'in-review'
      )
        return { ...base, status: 'transcribed' };
      return illegal();
    case 'draft':
      if (from === 'transcribed' || from === 'drafted' || from === 'in-review')
        return { ...base, status: 'drafted' };
      return illegal();
    case 'edit':
      // A clinician may also write the note by hand from the transcript (drafting off or failed).
      if (from === 'transcribed' || from === 'drafted' || from === 'in-review')
        return { ...base, status: 'in-review' };
      return illegal();
    case 'approve':
      if (from === 'drafted' || from === 'in-review')
        return { ...base, status: 'approved', approvedAt: now, approvedBy: event.approvedBy };
      return illegal();
    case 'export':
      if (consultation.status === 'approved' || consultation.status === 'exported')
        return {
          ...base,
          status: 'exported',
          approvedAt: consultation.approvedAt,
          approvedBy: consultation.approvedBy,
          exportedAt: now,
        };
      return illegal();
    case 'erase':
      return {
        ...base,
        status: from === 'approved' || from === 'exported' ? 'erased' : 'discarded',
        endedAt: now,
      };
    case 'expire':
      return { ...base, status: 'expired', endedAt: now };
  }
}
