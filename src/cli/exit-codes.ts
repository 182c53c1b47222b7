import { isReferentError } from '../core/index.js';

/** Exit codes (design §6.1): 0 success, 1 the input was wrong, 2 the system failed. */
export const exitCodes = { ok: 0, badInput: 1, failure: 2 } as const;

/** The one place errors become exit codes and operator messages (English, no content). */
export function toExit(error: unknown): { code: number; message: string } {
  if (isReferentError(error)) {
    switch (error.code) {
      case 'invalid-input':
      case 'consent-required':
      case 'not-found':
      case 'gone':
      case 'illegal-transition':
      case 'payload-too-large':
      case 'login-failed':
      case 'forbidden':
      case 'unauthenticated':
      case 'config-invalid':
        return { code: exitCodes.badInput, message: error.message };
      default:
        return { code: exitCodes.failure, message: error.message };
    }
  }
  const name = error instanceof Error ? error.name : 'unknown error';
  return { code: exitCodes.failure, message: `internal failure (${name}); nothing was changed` };
}
