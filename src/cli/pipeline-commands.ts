import { NotAvailableError } from '../core/index.js';
import type { CliIo } from './io.js';

// Wired to src/pseudonymize, src/draft and src/transcribe as those modules land (issues 3–5).
export function runDeidCommand(_args: string[], _io: CliIo): Promise<number> {
  return Promise.reject(new NotAvailableError('deid', 'Ikke tilgjengelig ennå.'));
}
export function runDraftCommand(_args: string[], _io: CliIo): Promise<number> {
  return Promise.reject(new NotAvailableError('draft', 'Ikke tilgjengelig ennå.'));
}
export function runTranscribeCommand(_args: string[], _io: CliIo): Promise<number> {
  return Promise.reject(new NotAvailableError('transcribe', 'Ikke tilgjengelig ennå.'));
}
export function runModelsCommand(_args: string[], _io: CliIo): Promise<number> {
  return Promise.reject(new NotAvailableError('models', 'Ikke tilgjengelig ennå.'));
}
