/**
 * What a use case reports once it has succeeded, for the metrics (issue 15: counted from the use
 * cases' outcomes, whatever called them: the HTTP API, the live stream or a console command).
 * Labels are engine kinds and reasons only: no ids, no identifiers, no content (P8).
 */
export type ConsultationOutcome =
  | { readonly kind: 'consultation-created' }
  | { readonly kind: 'draft-finished'; readonly engine: string }
  | { readonly kind: 'note-approved' }
  | { readonly kind: 'session-erased'; readonly reason: 'clinician' };

/** Receives every outcome; must not throw (a metric never fails a use case). */
export type OutcomeListener = (outcome: ConsultationOutcome) => void;
