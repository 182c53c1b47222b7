import { z } from 'zod';

/**
 * The seam between the whisper engine and whisper.cpp. The default implementation
 * (`createWorkerWhisperBinding`) hosts @fugood/whisper.node in a worker thread; tests inject
 * fakes (one that never settles, one that counts concurrent calls).
 */
export interface WhisperBinding {
  /** Loads a model file into a fresh native context. */
  load(options: WhisperLoadOptions): Promise<WhisperNativeSession>;
}

export interface WhisperLoadOptions {
  readonly modelPath: string;
}

/** One loaded whisper.cpp context. Calls on one session never overlap (the engine ensures it). */
export interface WhisperNativeSession {
  /**
   * Runs `whisper_full` on 16 kHz mono 16-bit PCM. May never settle when the native side fails
   * (the engine bounds every call with a timeout).
   */
  transcribe(
    pcm: Int16Array,
    options: WhisperNativeTranscribeOptions,
  ): Promise<WhisperNativeResult>;
  /** Frees the native context. A call still running is cancelled where the binding allows it. */
  release(): Promise<void>;
}

export interface WhisperNativeTranscribeOptions {
  readonly language: string;
  readonly threads: number;
  readonly prompt?: string;
}

/** What whisper.cpp returns, times in milliseconds from the start of the given audio. */
export interface WhisperNativeResult {
  readonly segments: readonly { readonly text: string; readonly t0: number; readonly t1: number }[];
}

/** The binding's result as it crosses into our code: lenient, only the fields we use. */
export const whisperNativeResultSchema = z.object({
  segments: z.array(z.object({ text: z.string(), t0: z.number(), t1: z.number() })).default([]),
});
