import type { PortSpecificationVersion, Speaker } from '../core/index.js';

/**
 * The `Transcriber` port (design §4): speech to Norwegian text.
 *
 * Contract for every engine (one contract suite runs against all of them):
 * - Input is 16 kHz mono PCM as 32-bit floats in [-1, 1] (`src/audio` produces it from any
 *   accepted WAV or live frames). Audio never leaves the process except to the engine's declared
 *   endpoint (P4); engines never write it to disk in plaintext.
 * - Output segments carry times in seconds relative to the start of the given audio, in order,
 *   with whitespace-trimmed text; empty speech yields no segments (not an error).
 * - Every call is bounded by a timeout; a native engine whose promise never settles is abandoned
 *   and reported as a retryable `EngineError`.
 * - `options.signal` cancels. Errors carry no audio, transcript text or request bodies.
 */
export interface Transcriber {
  /** The version of this port the engine implements; checked by the composition root. */
  readonly specificationVersion: PortSpecificationVersion<'transcriber'>;
  readonly info: TranscriberInfo;
  transcribe(audio: PcmAudio, options?: TranscribeOptions): Promise<TranscriberResult>;
  /** Frees native resources (model memory). Safe to call twice. */
  dispose?(): Promise<void>;
}

export interface TranscriberInfo {
  readonly kind: 'whisper' | 'openai';
  readonly model: string;
}

/** 16 kHz mono samples in [-1, 1]. */
export interface PcmAudio {
  readonly samples: Float32Array;
  readonly sampleRate: 16000;
}

export interface TranscribeOptions {
  /** BCP-47 language code; Norwegian (`no`) by default. */
  readonly language?: string;
  readonly signal?: AbortSignal;
  /** Text of the preceding segments, to keep spelling consistent across chunks. */
  readonly prompt?: string;
}

export interface TranscribedSegment {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** When the engine diarizes. */
  readonly speaker?: Speaker;
}

export interface TranscriberResult {
  readonly segments: readonly TranscribedSegment[];
}
