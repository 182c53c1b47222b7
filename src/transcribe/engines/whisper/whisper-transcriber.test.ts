import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../core/index.js';
import type { PcmAudio } from '../../transcriber.js';
import type {
  WhisperBinding,
  WhisperNativeResult,
  WhisperNativeSession,
  WhisperNativeTranscribeOptions,
} from './whisper-binding.js';
import { createWhisperTranscriber, toPcm16, toSegments } from './whisper-transcriber.js';

function tone(seconds: number): PcmAudio {
  const samples = new Float32Array(Math.round(seconds * 16000));
  for (let index = 0; index < samples.length; index++) {
    samples[index] = 0.3 * Math.sin((2 * Math.PI * 440 * index) / 16000);
  }
  return { samples, sampleRate: 16000 };
}

interface Call {
  readonly pcm: Int16Array;
  readonly options: WhisperNativeTranscribeOptions;
  readonly session: number;
  resolve(result: WhisperNativeResult): void;
  reject(error: Error): void;
}

/** A binding whose calls the test settles by hand (or never). */
function createManualBinding(): WhisperBinding & {
  loads: number;
  released: number[];
  calls: Call[];
  running: number;
  maxRunning: number;
} {
  const state = {
    loads: 0,
    released: [] as number[],
    calls: [] as Call[],
    running: 0,
    maxRunning: 0,
    load(): Promise<WhisperNativeSession> {
      state.loads++;
      const id = state.loads;
      return Promise.resolve({
        transcribe(pcm: Int16Array, options: WhisperNativeTranscribeOptions) {
          state.running++;
          state.maxRunning = Math.max(state.maxRunning, state.running);
          return new Promise<WhisperNativeResult>((resolve, reject) => {
            state.calls.push({
              pcm,
              options,
              session: id,
              resolve: (result) => {
                state.running--;
                resolve(result);
              },
              reject: (error) => {
                state.running--;
                reject(error);
              },
            });
          });
        },
        release() {
          state.released.push(id);
          return Promise.resolve();
        },
      });
    },
  };
  return state;
}

/** A binding that answers every call at once with the given segments. */
function createAnsweringBinding(segments: WhisperNativeResult['segments']): WhisperBinding & {
  loads: number;
  options: WhisperNativeTranscribeOptions[];
} {
  const state = {
    loads: 0,
    options: [] as WhisperNativeTranscribeOptions[],
    load(): Promise<WhisperNativeSession> {
      state.loads++;
      return Promise.resolve({
        transcribe(_pcm: Int16Array, options: WhisperNativeTranscribeOptions) {
          state.options.push(options);
          return Promise.resolve({ segments });
        },
        release: () => Promise.resolve(),
      });
    },
  };
  return state;
}

async function waitFor(condition: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 200 && !condition(); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  expect(condition()).toBe(true);
}

describe('createWhisperTranscriber', () => {
  it('turns whisper.cpp segments into ordered, trimmed segments in seconds inside the audio', async () => {
    const binding = createAnsweringBinding([
      { text: ' Hei på deg. ', t0: 1000, t1: 1200 },
      { text: '   ', t0: 1200, t1: 1500 },
      { text: 'Vondt i halsen.', t0: 500, t1: 2500 },
      { text: 'Etterslep', t0: 2600, t1: 16940 },
    ]);
    const transcriber = createWhisperTranscriber({ modelPath: '/models/ggml-tiny.bin', binding });
    const result = await transcriber.transcribe(tone(3));
    expect(result.segments).toEqual([
      { text: 'Hei på deg.', start: 1, end: 1.2 },
      { text: 'Vondt i halsen.', start: 1, end: 2.5 },
      { text: 'Etterslep', start: 2.6, end: 3 },
    ]);
    expect(transcriber.info).toEqual({ kind: 'whisper', model: 'ggml-tiny.bin' });
  });

  it('asks for Norwegian by default and passes the language and the end of the prompt when given', async () => {
    const binding = createAnsweringBinding([]);
    const transcriber = createWhisperTranscriber({ modelPath: 'm.bin', binding, threads: 3 });
    await transcriber.transcribe(tone(1));
    await transcriber.transcribe(tone(1), { language: 'sv', prompt: `${'x'.repeat(900)}slutt` });
    expect(binding.options[0]).toEqual({ language: 'no', threads: 3 });
    expect(binding.options[1]?.language).toBe('sv');
    expect(binding.options[1]?.prompt).toHaveLength(800);
    expect(binding.options[1]?.prompt?.endsWith('slutt')).toBe(true);
  });

  it('loads the model lazily, once, and reuses it', async () => {
    const binding = createAnsweringBinding([{ text: 'a', t0: 0, t1: 100 }]);
    const transcriber = createWhisperTranscriber({ modelPath: 'm.bin', binding });
    expect(binding.loads).toBe(0);
    await transcriber.transcribe(tone(1));
    await transcriber.transcribe(tone(1));
    await transcriber.transcribe(tone(1));
    expect(binding.loads).toBe(1);
  });

  it('returns no segments for silence without loading the model', async () => {
    const binding = createAnsweringBinding([{ text: 'hallusinasjon', t0: 0, t1: 1000 }]);
    const transcriber = createWhisperTranscriber({ modelPath: 'm.bin', binding });
    const silent = await transcriber.transcribe({
      samples: new Float32Array(32000),
      sampleRate: 16000,
    });
    const empty = await transcriber.transcribe({ samples: new Float32Array(0), sampleRate: 16000 });
    expect(silent.segments).toEqual([]);
    expect(empty.segments).toEqual([]);
    expect(binding.loads).toBe(0);
  });

  it('abandons a call that never settles after the timeout, releases that context and loads a fresh one next time', async () => {
    const binding = createManualBinding();
    const transcriber = createWhisperTranscriber({ modelPath: 'm.bin', binding, timeoutMs: 50 });
    const started = Date.now();
    const error: unknown = await transcriber.transcribe(tone(1)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).isRetryable).toBe(true);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(binding.released).toEqual([1]);

    const next = transcriber.transcribe(tone(1));
    await waitFor(() => binding.calls.length === 2);
    expect(binding.calls[1]?.session).toBe(2);
    binding.calls[1]?.resolve({ segments: [{ text: 'igjen', t0: 0, t1: 500 }] });
    expect((await next).segments).toEqual([{ text: 'igjen', start: 0, end: 0.5 }]);
  });

  it('reports a native failure as a retryable engine error without the transcript, and replaces the context', async () => {
    const binding = createManualBinding();
    const transcriber = createWhisperTranscriber({ modelPath: 'm.bin', binding });
    const pending = transcriber.transcribe(tone(1));
    await waitFor(() => binding.calls.length === 1);
    binding.calls[0]?.reject(new Error('Transcription failed'));
    const error: unknown = await pending.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).isRetryable).toBe(true);
    expect((error as EngineError).message).toContain('Transcription failed');
    expect(binding.released).toEqual([1]);
  });

  it('runs at most maxConcurrent calls at once and queues the rest', async () => {
    const binding = createManualBinding();
    const transcriber = createWhisperTranscriber({ modelPath: 'm.bin', binding, maxConcurrent: 2 });
    const results = Array.from({ length: 5 }, () => transcriber.transcribe(tone(1)));
    await waitFor(() => binding.calls.length === 2);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(binding.calls).toHaveLength(2);
    for (let settled = 0; settled < 5; settled++) {
      await waitFor(() => binding.calls.length > settled);
      binding.calls[settled]?.resolve({ segments: [{ text: `del ${settled}`, t0: 0, t1: 100 }] });
    }
    const texts = (await Promise.all(results)).map((result) => result.segments[0]?.text);
    expect(texts).toEqual(['del 0', 'del 1', 'del 2', 'del 3', 'del 4']);
    expect(binding.maxRunning).toBe(2);
    expect(binding.loads).toBe(2);
  });

  it('rejects a call cancelled before it starts, and one cancelled while it waits its turn', async () => {
    const binding = createManualBinding();
    const transcriber = createWhisperTranscriber({ modelPath: 'm.bin', binding });
    const before = new AbortController();
    before.abort();
    await expect(transcriber.transcribe(tone(1), { signal: before.signal })).rejects.toThrow(
      /cancelled/u,
    );

    const first = transcriber.transcribe(tone(1));
    const waiting = new AbortController();
    const second = transcriber.transcribe(tone(1), { signal: waiting.signal });
    await waitFor(() => binding.calls.length === 1);
    waiting.abort();
    await expect(second).rejects.toThrow(/cancelled/u);
    binding.calls[0]?.resolve({ segments: [] });
    await expect(first).resolves.toEqual({ segments: [] });
    expect(binding.calls).toHaveLength(1);
  });

  it('releases the native context on dispose, is safe to dispose twice, and refuses work afterwards', async () => {
    const binding = createManualBinding();
    const transcriber = createWhisperTranscriber({ modelPath: 'm.bin', binding });
    const pending = transcriber.transcribe(tone(1));
    await waitFor(() => binding.calls.length === 1);
    binding.calls[0]?.resolve({ segments: [] });
    await pending;
    expect(binding.released).toEqual([]);
    await transcriber.dispose?.();
    await transcriber.dispose?.();
    expect(binding.released).toEqual([1]);
    await expect(transcriber.transcribe(tone(1))).rejects.toThrow(/disposed/u);
  });

  it('reports a model that fails to load as a configuration problem, not retryable', async () => {
    const binding: WhisperBinding = {
      load: () => Promise.reject(new Error('Failed to initialize whisper context')),
    };
    const transcriber = createWhisperTranscriber({ modelPath: 'missing.bin', binding });
    const error: unknown = await transcriber.transcribe(tone(1)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).isRetryable).toBe(false);
    expect((error as EngineError).message).toContain('REFERENT_STT_MODEL_PATH');
  });

  it('gives up on a model load that never finishes', async () => {
    const binding: WhisperBinding = { load: () => new Promise(() => undefined) };
    const transcriber = createWhisperTranscriber({
      modelPath: 'm.bin',
      binding,
      loadTimeoutMs: 30,
    });
    const error: unknown = await transcriber.transcribe(tone(1)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).isRetryable).toBe(true);
  });
});

describe('toPcm16', () => {
  it('maps [-1, 1] to the full 16-bit range and clips beyond it', () => {
    expect(Array.from(toPcm16(new Float32Array([0, 1, -1, 0.5, 2, -2])))).toEqual([
      0, 32767, -32768, 16384, 32767, -32768,
    ]);
  });
});

describe('toSegments', () => {
  it('rejects a result that is not whisper output', () => {
    expect(() => toSegments({ segments: [{ text: 1 }] }, 3)).toThrow(EngineError);
  });
});
