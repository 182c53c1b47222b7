/**
 * One base error with a literal `code`, one subclass per failure mode (conventions §12).
 *
 * Every error carries two messages, both free of identifiers and health content (conventions §14):
 * - `message` (English) for operators: logs and the CLI;
 * - `userMessage` (Norwegian bokmål) for clinicians: the HTTP API and the web app.
 *
 * They are mapped to HTTP status in `src/http/error-mapping.ts` and to CLI exit codes in
 * `src/cli/exit-codes.ts`, and nowhere else.
 */
export abstract class ReferentError extends Error {
  abstract readonly code: string;
  /** Norwegian text for the clinician; never contains identifiers or health content. */
  readonly userMessage: string;
  /** True when the same call may succeed if repeated later. */
  readonly isRetryable: boolean;

  constructor(options: {
    message: string;
    userMessage: string;
    isRetryable?: boolean;
    cause?: unknown;
  }) {
    super(options.message, options.cause === undefined ? undefined : { cause: options.cause });
    this.userMessage = options.userMessage;
    this.isRetryable = options.isRetryable ?? false;
    this.name = new.target.name;
  }
}

/** The input (HTTP body, CLI argument, file) is malformed or breaks a rule. */
export class InvalidInputError extends ReferentError {
  readonly code = 'invalid-input';
  /** Field-level problems, described without echoing the offending values. */
  readonly issues: readonly string[];
  constructor(message: string, options: { userMessage?: string; issues?: readonly string[] } = {}) {
    super({ message, userMessage: options.userMessage ?? 'Ugyldig forespørsel.' });
    this.issues = options.issues ?? [];
  }
}

export class NotFoundError extends ReferentError {
  readonly code = 'not-found';
  constructor(what = 'resource', userMessage = 'Fant ikke det du ba om.') {
    super({ message: `${what} not found`, userMessage });
  }
}

/** The thing existed once but has been erased, discarded or has expired. */
export class GoneError extends ReferentError {
  readonly code = 'gone';
  constructor(what = 'consultation') {
    super({
      message: `${what} has been erased`,
      userMessage: 'Konsultasjonen er slettet. Innholdet finnes ikke lenger.',
    });
  }
}

export class IllegalTransitionError extends ReferentError {
  readonly code = 'illegal-transition';
  readonly from: string;
  readonly action: string;
  constructor(from: string, action: string) {
    super({
      message: `cannot ${action} a consultation in status ${from}`,
      userMessage: `Dette kan ikke gjøres nå: konsultasjonen har status «${from}».`,
    });
    this.from = from;
    this.action = action;
  }
}

/** Someone else changed the same thing at the same time; reload and try again. */
export class ConflictError extends ReferentError {
  readonly code = 'conflict';
  constructor(what = 'consultation') {
    super({
      message: `${what} was changed concurrently`,
      userMessage: 'Noen andre endret dette samtidig. Last inn på nytt og prøv igjen.',
      isRetryable: true,
    });
  }
}

export class ConsentRequiredError extends ReferentError {
  readonly code = 'consent-required';
  constructor() {
    super({
      message: 'patient consent must be recorded first',
      userMessage: 'Pasientens samtykke må registreres før opptak og dokumentasjon kan starte.',
    });
  }
}

export class UnauthenticatedError extends ReferentError {
  readonly code = 'unauthenticated';
  constructor(userMessage = 'Du er ikke logget inn, eller økten er utløpt. Logg inn på nytt.') {
    super({ message: 'authentication required', userMessage });
  }
}

export class LoginFailedError extends ReferentError {
  readonly code = 'login-failed';
  constructor() {
    super({ message: 'wrong username or password', userMessage: 'Feil brukernavn eller passord.' });
  }
}

export class ForbiddenError extends ReferentError {
  readonly code = 'forbidden';
  constructor(userMessage = 'Du har ikke tilgang til dette.') {
    super({ message: 'not permitted for this role', userMessage });
  }
}

export class RateLimitedError extends ReferentError {
  readonly code = 'rate-limited';
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super({
      message: 'too many attempts',
      userMessage: `For mange forsøk. Vent ${retryAfterSeconds} sekunder og prøv igjen.`,
      isRetryable: true,
    });
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export class PayloadTooLargeError extends ReferentError {
  readonly code = 'payload-too-large';
  /** `userMessage` names a limit other than one body's size (e.g. a consultation's audio). */
  constructor(limitBytes: number, userMessage?: string) {
    super({
      message: `payload exceeds ${limitBytes} bytes`,
      userMessage:
        userMessage ??
        `Innholdet er for stort (grensen er ${Math.round(limitBytes / 1024 / 1024)} MB).`,
    });
  }
}

/** A feature whose engine is not configured or not built in this installation. */
export class NotAvailableError extends ReferentError {
  readonly code = 'not-available';
  constructor(feature: string, userMessage: string) {
    super({ message: `${feature} is not available in this installation`, userMessage });
  }
}

/** A configured engine (speech-to-text, language model, FHIR server) failed. */
export class EngineError extends ReferentError {
  readonly code = 'engine-failed';
  readonly engine: string;
  constructor(options: {
    engine: string;
    message: string;
    userMessage?: string;
    isRetryable?: boolean;
    cause?: unknown;
  }) {
    super({
      message: `${options.engine}: ${options.message}`,
      userMessage:
        options.userMessage ?? 'Tjenesten svarte ikke som forventet. Prøv igjen om litt.',
      isRetryable: options.isRetryable ?? false,
      cause: options.cause,
    });
    this.engine = options.engine;
  }
}

/** Operator configuration is invalid; every problem is listed at once. */
export class ConfigError extends ReferentError {
  readonly code = 'config-invalid';
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super({
      message: `invalid configuration:\n  - ${problems.join('\n  - ')}`,
      userMessage: 'Referent er feil konfigurert. Kontakt IT.',
    });
    this.problems = problems;
  }
}

/** Stored data failed an integrity check (authentication tag, hash chain). */
export class IntegrityError extends ReferentError {
  readonly code = 'integrity-failed';
  constructor(message: string) {
    super({ message, userMessage: 'Lagrede data kunne ikke verifiseres. Kontakt IT.' });
  }
}

/**
 * An answer the server was about to send did not match the route's response schema (issue 15):
 * nothing is sent but this error. `message` names field paths and issue codes only, never values.
 */
export class ResponseShapeError extends ReferentError {
  readonly code = 'response-invalid';
  constructor(message: string) {
    super({
      message,
      userMessage:
        'Noe gikk galt i Referent: svaret hadde feil form og ble holdt tilbake. Ingenting er tapt; prøv igjen, og kontakt IT hvis det gjentar seg.',
    });
  }
}

/** Narrows an unknown thrown value. */
export function isReferentError(error: unknown): error is ReferentError {
  return error instanceof ReferentError;
}
