export type {
  Transcriber,
  TranscriberInfo,
  PcmAudio,
  TranscribeOptions,
  TranscribedSegment,
  TranscriberResult,
} from './transcriber.js';
export { createOpenAiTranscriber } from './engines/openai/openai-transcriber.js';
export type { OpenAiTranscriberOptions } from './engines/openai/openai-transcriber.js';
export { transcribeAudio } from './transcribe-audio.js';
export type { TranscribeAudioOptions } from './transcribe-audio.js';
export { transcribeAudioStream } from './transcribe-audio-stream.js';
export type { TranscribeAudioStreamOptions } from './transcribe-audio-stream.js';
export { parseTranscriptImport, toSpeaker } from './parse-transcript-import.js';
export type {
  ImportedTranscript,
  ImportedPatient,
  TranscriptImportFormat,
} from './parse-transcript-import.js';
export { cleanTranscriptSegments } from './clean-transcript-segments.js';
export type { CleanOptions } from './clean-transcript-segments.js';
export { labelSpeakers, speakersFromChannels, relabelSegment } from './label-speakers.js';
export type { LabelInput } from './label-speakers.js';
export { LiveTranscriptionSession } from './live-transcription-session.js';
export type {
  LiveSessionStatus,
  LiveTranscriptEvent,
  LiveTranscriptListener,
  LiveTranscriptionSessionOptions,
  LiveSessionStats,
} from './live-transcription-session.js';
// The model catalogue and model files moved to src/models (one catalogue, issue 15); these names
// stay exported here for existing call sites. New code imports them from src/models.
export {
  modelCatalog,
  tryGetModel,
  pullModel,
  modelsDirectory,
  downloadModel,
  commitDownload,
  discardDownload,
  hashFileIfPresent,
  listModels,
  formatModelList,
  formatProgressBar,
  formatBytes,
} from '../models/index.js';
export type {
  ModelCatalogEntry,
  PullModelOptions,
  ModelDownloadPlan,
  DownloadedModel,
  ModelListing,
} from '../models/index.js';
