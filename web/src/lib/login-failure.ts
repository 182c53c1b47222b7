import { ApiError, toUserMessage } from '../api/api-client.js';

/** What the login form shows after a failed attempt, and how long the button stays disabled. */
export interface LoginFailure {
  /** Norwegian, for the clinician. */
  readonly message: string;
  /** Milliseconds before the button may be pressed again (0: at once). */
  readonly waitMs: number;
}

/** Used when a busy or throttling answer carries no `Retry-After`. */
const defaultWaitSeconds = 5;

/**
 * A failed login as the form shows it (issue 14). A busy server (503, the password hashing is at
 * capacity), a throttled account or address (429) and a time-out (408) are not the clinician's
 * fault: the message says to wait, and the button stays disabled for the server's `Retry-After`
 * (5 s when absent). The typed username and password are kept by the form.
 */
export function toLoginFailure(error: unknown): LoginFailure {
  if (!(error instanceof ApiError)) return { message: toUserMessage(error), waitMs: 0 };
  const waitMs = 1000 * (error.retryAfterSeconds ?? defaultWaitSeconds);
  switch (error.status) {
    case 401:
      return { message: 'Feil brukernavn eller passord. Prøv igjen.', waitMs: 0 };
    case 503:
      return {
        message: 'Innloggingen er travel akkurat nå. Prøv igjen om noen sekunder.',
        waitMs,
      };
    case 429:
      return {
        message: `For mange innloggingsforsøk. Vent ${describeWait(waitMs)} før du prøver igjen.`,
        waitMs,
      };
    case 408:
      return {
        message: 'Innloggingen tok for lang tid. Prøv igjen om noen sekunder.',
        waitMs,
      };
    default:
      return { message: toUserMessage(error), waitMs: 0 };
  }
}

function describeWait(waitMs: number): string {
  const seconds = Math.ceil(waitMs / 1000);
  if (seconds < 60) return seconds === 1 ? '1 sekund' : `${seconds} sekunder`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minutt' : `${minutes} minutter`;
}
