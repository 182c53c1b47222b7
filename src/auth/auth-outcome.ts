/**
 * What the auth service reports about a login, for the metrics (issue 15: counted from the use
 * cases' outcomes, whatever called them, as `ConsultationOutcome` is). No username, id or
 * address: the reason only (P8).
 */
export type AuthOutcome = {
  readonly kind: 'login-failed';
  readonly reason: 'unknown-user' | 'wrong-password' | 'disabled';
};

/** Receives every auth outcome; must not throw (a metric never fails a login). */
export type AuthOutcomeListener = (outcome: AuthOutcome) => void;
