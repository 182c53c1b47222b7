export {
  createConsultationService,
  createConsultationSchema,
  noteInputSchema,
  toSummary,
} from './consultation-service.js';
export type {
  ConsultationService,
  ConsultationServiceDeps,
  ConsultationSummary,
  ConsultationView,
  CreateConsultationInput,
  NoteInput,
} from './consultation-service.js';
export type {
  Pseudonymizer,
  OpenedVault,
  Drafting,
  Exporting,
  Speech,
  TextExport,
} from './capabilities.js';
export { draftDocument } from './draft-document.js';
export { noteToVerifySchema, splitNoteText, verifyNote, type NoteToVerify } from './verify-note.js';
export { createOffsetMap } from './offset-map.js';
export { createLiveCapture } from './live-capture.js';
export { createAudioBudget, type AudioBudget } from './audio-budget.js';
export type { LiveCapture, LiveSession, LiveEvent } from './live-capture.js';
export { speechToTextMissingMessage } from './speech-availability.js';
export { checkPatient, toPatientSummary } from './check-patient.js';
export type { PatientSummary } from './check-patient.js';
export type { SendResult } from './send-note.js';
export type { TranscriptStored } from './add-transcript.js';
export type { ConsultationOutcome, OutcomeListener } from './consultation-outcome.js';
