export { createWhisperTranscriber } from './whisper-transcriber.js';
export type { WhisperTranscriberOptions } from './whisper-transcriber.js';
export { createWorkerWhisperBinding } from './worker-whisper-binding.js';
export type {
  WhisperBinding,
  WhisperLoadOptions,
  WhisperNativeSession,
  WhisperNativeTranscribeOptions,
  WhisperNativeResult,
} from './whisper-binding.js';
