import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { EngineError } from '../../../core/index.js';
import type {
  PcmAudio,
  TranscribedSegment,
  TranscribeOptions,
  Transcriber,
  TranscriberResult,
} from '../../transcriber.js';
import {
  whisperNativeResultSchema,
  type WhisperBinding,
  type WhisperNativeSession,
} from './whisper-binding.js';
import { createWorkerWhisperBinding } from './worker-whisper-binding.js';

/** Options for `createWhisperTranscriber`. */
export interface WhisperTranscriberOptions {
  /** A whisper.cpp model file (ggml), e.g. one pulled with `referent models pull`. */
  readonly modelPath: string;
  /** CPU threads per call; at most 4 and at most the machine's cores by default. */
  readonly threads?: number;
  /** Default language (ISO 639-1); Norwegian (`no`) unless told otherwise. */
  readonly language?: string;
  /**
   * Upper bound of one transcription call. By default 60 s plus three times the audio's
   * duration, generous for large models on a CPU.
   */
  readonly timeoutMs?: number;
  /** Upper bound of loading the model; 120 s by default. */
  readonly loadTimeoutMs?: number;
  /**
   * Calls running at once. Each running call holds its own native context (a full copy of the
   * model in memory), so the default is 1; further calls wait their turn.
   */
  readonly maxConcurrent?: number;
  /** Injected for tests; whisper.cpp through @fugood/whisper.node in a worker thread by default. */
  readonly binding?: WhisperBinding;
}

const engineName = 'whisper';
const sampleRate = 16000;
/** Frames of 30 ms; audio whose loudest frame stays under -60 dBFS is treated as silence. */
const silenceFrameSamples = 480;
const silenceRmsThreshold = 0.001;
/** Whisper reads at most 224 prompt tokens; the end of the preceding text matters most. */
const maxPromptCharacters = 800;

/**
 * The local `whisper` engine (design §4): whisper.cpp with a model file on this machine, so audio
 * never leaves the process (P4).
 *
 * - The model is loaded lazily, once, on the first call, off the event loop.
 * - Every native call (load and transcribe) is bounded by a timeout. @fugood/whisper.node leaves
 *   its promise unsettled when whisper.cpp fails inside its worker (its error path calls back
 *   with one argument, which the promise ignores), so the timeout is the only way out. After a
 *   timeout, a native error or a cancellation the context is considered poisoned: it is released
 *   and the next call loads a fresh one. Timeouts and native failures are retryable
 *   `EngineError`s.
 * - At most `maxConcurrent` calls run at once; others queue.
 * - Audio that is silent throughout returns no segments without running the model (whisper
 *   invents text for silence).
 * - Segment times are clamped to the audio and made non-decreasing; text is trimmed; empty
 *   segments are dropped.
 */
export function createWhisperTranscriber(options: WhisperTranscriberOptions): Transcriber {
  const binding = options.binding ?? createWorkerWhisperBinding();
  const defaultLanguage = options.language ?? 'no';
  const threads = options.threads ?? Math.max(1, Math.min(4, availableParallelism()));
  const loadTimeoutMs = options.loadTimeoutMs ?? 120_000;
  const maxConcurrent = Math.max(1, Math.floor(options.maxConcurrent ?? 1));
  const limiter = createLimiter(maxConcurrent);
  const idle: WhisperNativeSession[] = [];
  const busy = new Set<WhisperNativeSession>();
  let disposed = false;

  async function acquireSession(): Promise<WhisperNativeSession> {
    const existing = idle.pop();
    if (existing !== undefined) return existing;
    const loading = binding.load({ modelPath: options.modelPath });
    const outcome = await withTimeout(loading, loadTimeoutMs);
    if (outcome.kind === 'timeout') {
      // If the load finishes after all, free what it loaded.
      loading.then((late) => void late.release().catch(() => undefined)).catch(() => undefined);
      throw new EngineError({
        engine: engineName,
        message: `the model did not load within ${loadTimeoutMs} ms`,
        userMessage: 'Talegjenkjenningen startet ikke. Prøv igjen om litt.',
        isRetryable: true,
      });
    }
    if (outcome.kind === 'error') {
      throw new EngineError({
        engine: engineName,
        message: `the model file could not be loaded (${describeNativeError(outcome.error)}); check REFERENT_STT_MODEL_PATH`,
        userMessage: 'Talegjenkjenningen er feil satt opp. Kontakt IT.',
        isRetryable: false,
      });
    }
    if (outcome.kind === 'aborted') throw cancelled();
    return outcome.value;
  }

  function poison(session: WhisperNativeSession): void {
    busy.delete(session);
    void session.release().catch(() => undefined);
  }

  function giveBack(session: WhisperNativeSession): void {
    busy.delete(session);
    if (disposed) void session.release().catch(() => undefined);
    else idle.push(session);
  }

  async function transcribe(
    audio: PcmAudio,
    transcribeOptions: TranscribeOptions = {},
  ): Promise<TranscriberResult> {
    const signal = transcribeOptions.signal;
    if (signal?.aborted === true) throw cancelled();
    if (disposed) throw disposedError();
    if (isSilent(audio.samples)) return { segments: [] };

    const duration = audio.samples.length / sampleRate;
    const timeoutMs = options.timeoutMs ?? 60_000 + Math.ceil(duration * 3000);
    const pcm = toPcm16(audio.samples);
    const prompt = transcribeOptions.prompt?.slice(-maxPromptCharacters);

    const release = await limiter.acquire(signal);
    try {
      if (isDisposed()) throw disposedError();
      const session = await acquireSession();
      busy.add(session);
      const call = session.transcribe(pcm, {
        language: transcribeOptions.language ?? defaultLanguage,
        threads,
        ...(prompt === undefined || prompt.length === 0 ? {} : { prompt }),
      });
      const outcome = await withTimeout(call, timeoutMs, signal);
      switch (outcome.kind) {
        case 'value': {
          giveBack(session);
          return { segments: toSegments(outcome.value, duration) };
        }
        case 'timeout':
          poison(session);
          throw new EngineError({
            engine: engineName,
            message: `no result within ${timeoutMs} ms; the native context was released`,
            userMessage: 'Talegjenkjenningen svarte ikke. Prøv igjen om litt.',
            isRetryable: true,
          });
        case 'aborted':
          // whisper.cpp cannot stop mid-call in this binding; drop the context instead of waiting.
          poison(session);
          throw cancelled();
        case 'error':
          poison(session);
          throw new EngineError({
            engine: engineName,
            message: `transcription failed (${describeNativeError(outcome.error)})`,
            isRetryable: true,
          });
      }
    } finally {
      release();
    }
  }

  function isDisposed(): boolean {
    return disposed;
  }

  return {
    specificationVersion: 'v1',
    info: { kind: 'whisper', model: basename(options.modelPath) },
    transcribe,
    async dispose() {
      disposed = true;
      const sessions = idle.splice(0);
      limiter.rejectWaiting(disposedError);
      // Running calls release their context when they finish (giveBack sees `disposed`).
      await Promise.all(sessions.map((session) => session.release().catch(() => undefined)));
    },
  };
}

type Outcome<T> =
  | { kind: 'value'; value: T }
  | { kind: 'error'; error: unknown }
  | { kind: 'timeout' }
  | { kind: 'aborted' };

/** Races a native promise against a timer (and an abort signal) without ever rejecting. */
function withTimeout<T>(
  promise: Promise<T>,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<Outcome<T>> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: Outcome<T>): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve(outcome);
    };
    const timer = setTimeout(() => {
      finish({ kind: 'timeout' });
    }, timeoutMs);
    const onAbort = (): void => {
      finish({ kind: 'aborted' });
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        finish({ kind: 'value', value });
      },
      (error: unknown) => {
        finish({ kind: 'error', error });
      },
    );
  });
}

/** A counting semaphore whose waiters can be cancelled. */
function createLimiter(limit: number): {
  acquire(signal?: AbortSignal): Promise<() => void>;
  rejectWaiting(makeError: () => Error): void;
} {
  let running = 0;
  const waiting: { grant: () => void; fail: (error: Error) => void }[] = [];
  const releaser = (): (() => void) => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      running--;
      const next = waiting.shift();
      if (next !== undefined) next.grant();
    };
  };
  return {
    acquire(signal) {
      if (running < limit) {
        running++;
        return Promise.resolve(releaser());
      }
      return new Promise((resolve, reject) => {
        const entry = {
          grant: () => {
            signal?.removeEventListener('abort', onAbort);
            running++;
            resolve(releaser());
          },
          fail: (error: Error) => {
            signal?.removeEventListener('abort', onAbort);
            reject(error);
          },
        };
        const onAbort = (): void => {
          const index = waiting.indexOf(entry);
          if (index >= 0) waiting.splice(index, 1);
          reject(cancelled());
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        waiting.push(entry);
      });
    },
    rejectWaiting(makeError) {
      for (const entry of waiting.splice(0)) entry.fail(makeError());
    },
  };
}

function isSilent(samples: Float32Array): boolean {
  for (let start = 0; start < samples.length; start += silenceFrameSamples) {
    const end = Math.min(samples.length, start + silenceFrameSamples);
    let sum = 0;
    for (let index = start; index < end; index++) {
      const sample = samples[index] ?? 0;
      sum += sample * sample;
    }
    if (Math.sqrt(sum / (end - start)) >= silenceRmsThreshold) return false;
  }
  return true;
}

/** Float samples in [-1, 1] to the 16-bit PCM the binding takes (clipped, rounded). */
export function toPcm16(samples: Float32Array): Int16Array {
  const pcm = new Int16Array(samples.length);
  for (let index = 0; index < samples.length; index++) {
    const sample = Math.max(-1, Math.min(1, samples[index] ?? 0));
    pcm[index] = Math.round(sample < 0 ? sample * 32768 : sample * 32767);
  }
  return pcm;
}

/**
 * whisper.cpp's segments to ours: milliseconds to seconds, clamped to the audio (its timestamps
 * can run past the end of short audio), non-decreasing starts, trimmed text, no empty segments.
 */
export function toSegments(raw: unknown, duration: number): TranscribedSegment[] {
  const parsed = whisperNativeResultSchema.safeParse(raw);
  if (!parsed.success) {
    throw new EngineError({
      engine: engineName,
      message: 'the native binding returned an unexpected result',
      isRetryable: false,
    });
  }
  const segments: TranscribedSegment[] = [];
  let previousStart = 0;
  for (const segment of parsed.data.segments) {
    const text = segment.text.trim();
    if (text.length === 0) continue;
    const start = Math.max(previousStart, clamp(segment.t0 / 1000, 0, duration));
    const end = Math.max(start, clamp(segment.t1 / 1000, 0, duration));
    segments.push({ text, start: round(start), end: round(end) });
    previousStart = start;
  }
  return segments;
}

function clamp(value: number, minimum: number, maximum: number): number {
  if (!Number.isFinite(value)) return minimum;
  return Math.min(maximum, Math.max(minimum, value));
}

function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}

/** The binding's error text names the failure ("Transcription failed"), never audio or text. */
function describeNativeError(error: unknown): string {
  const message = error instanceof Error ? error.message : 'unknown error';
  return message.replace(/\s+/gu, ' ').slice(0, 120);
}

function cancelled(): EngineError {
  return new EngineError({
    engine: engineName,
    message: 'transcription cancelled',
    userMessage: 'Transkripsjonen ble avbrutt.',
  });
}

function disposedError(): EngineError {
  return new EngineError({
    engine: engineName,
    message: 'the transcriber has been disposed',
    isRetryable: false,
  });
}
