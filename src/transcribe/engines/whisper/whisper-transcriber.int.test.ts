import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EngineError } from '../../../core/index.js';
import { runTranscriberContractSuite } from '../../testing/transcriber-contract.js';
import type { PcmAudio } from '../../transcriber.js';
import { writeTinyGgml } from './testing/write-tiny-ggml.js';
import type { WhisperBinding } from './whisper-binding.js';
import { createWhisperTranscriber } from './whisper-transcriber.js';
import { createWorkerWhisperBinding } from './worker-whisper-binding.js';

// End to end through the real whisper.cpp (@fugood/whisper.node, CPU) with a tiny model this
// test generates. Its words are nonsense; what is checked is the plumbing.

let directory: string;
let modelPath: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'referent-whisper-'));
  modelPath = join(directory, 'ggml-tiny-test.bin');
  await writeTinyGgml(modelPath);
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

function tone(seconds: number): PcmAudio {
  const samples = new Float32Array(Math.round(seconds * 16000));
  for (let index = 0; index < samples.length; index++) {
    // A rising chirp with a little amplitude modulation: not silence, not a constant.
    const time = index / 16000;
    samples[index] =
      0.3 *
      Math.sin(2 * Math.PI * (300 + 100 * time) * time) *
      (0.6 + 0.4 * Math.sin(2 * Math.PI * 3 * time));
  }
  return { samples, sampleRate: 16000 };
}

describe('whisper engine with whisper.cpp and a generated model', () => {
  it('transcribes a few seconds of audio into segments with ordered times inside the audio, then releases', async () => {
    const transcriber = createWhisperTranscriber({ modelPath, threads: 2, timeoutMs: 60_000 });
    try {
      const audio = tone(3);
      const result = await transcriber.transcribe(audio);
      expect(result.segments.length).toBeGreaterThan(0);
      let previousStart = 0;
      for (const segment of result.segments) {
        expect(segment.text).toBe(segment.text.trim());
        expect(segment.text.length).toBeGreaterThan(0);
        expect(segment.start).toBeGreaterThanOrEqual(previousStart);
        expect(segment.end).toBeGreaterThanOrEqual(segment.start);
        expect(segment.end).toBeLessThanOrEqual(3);
        previousStart = segment.start;
      }
      // The loaded context is reused for a second call.
      const again = await transcriber.transcribe(tone(1.5));
      expect(again.segments.every((segment) => segment.end <= 1.5)).toBe(true);
    } finally {
      await transcriber.dispose?.();
    }
    await expect(transcriber.transcribe(tone(1))).rejects.toThrow(/disposed/u);
  }, 120_000);

  it('reports a file that is not a whisper model as a configuration error', async () => {
    const brokenPath = join(directory, 'not-a-model.bin');
    await writeFile(brokenPath, Buffer.from('this is not ggml'));
    const transcriber = createWhisperTranscriber({ modelPath: brokenPath });
    const error: unknown = await transcriber.transcribe(tone(1)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).isRetryable).toBe(false);
    await transcriber.dispose?.();
  }, 60_000);

  it('times out a real native call that hangs and recovers with a fresh context', async () => {
    // The real binding, wrapped so the first transcription never settles (as @fugood/whisper.node
    // does when whisper.cpp fails inside its worker).
    const real = createWorkerWhisperBinding();
    let loads = 0;
    let hung = false;
    const binding: WhisperBinding = {
      async load(options) {
        loads++;
        const session = await real.load(options);
        return {
          transcribe(pcm, transcribeOptions) {
            if (!hung) {
              hung = true;
              return new Promise(() => undefined);
            }
            return session.transcribe(pcm, transcribeOptions);
          },
          release: () => session.release(),
        };
      },
    };
    const transcriber = createWhisperTranscriber({
      modelPath,
      binding,
      threads: 2,
      // The hung call costs this long; the recovery must fit in it too, on a loaded machine.
      timeoutMs: 8000,
    });
    try {
      const error: unknown = await transcriber
        .transcribe(tone(1))
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(EngineError);
      expect((error as EngineError).isRetryable).toBe(true);
      const result = await transcriber.transcribe(tone(1));
      expect(Array.isArray(result.segments)).toBe(true);
      expect(loads).toBe(2);
    } finally {
      await transcriber.dispose?.();
    }
  }, 120_000);
});

describe('createWorkerWhisperBinding', () => {
  it('loads a context in a worker, transcribes 16-bit PCM, and refuses work once released', async () => {
    const session = await createWorkerWhisperBinding().load({ modelPath });
    const pcm = new Int16Array(16000);
    for (let index = 0; index < pcm.length; index++) {
      pcm[index] = Math.round(8000 * Math.sin((2 * Math.PI * 440 * index) / 16000));
    }
    const result = await session.transcribe(pcm, { language: 'no', threads: 2 });
    expect(Array.isArray(result.segments)).toBe(true);
    await session.release();
    await session.release();
    await expect(session.transcribe(pcm, { language: 'no', threads: 2 })).rejects.toThrow(
      /released/u,
    );
  }, 60_000);

  it('rejects a model path that does not exist', async () => {
    await expect(
      createWorkerWhisperBinding().load({ modelPath: join(directory, 'missing.bin') }),
    ).rejects.toThrow();
  }, 60_000);
});

runTranscriberContractSuite(
  'whisper (generated tiny model)',
  () => createWhisperTranscriber({ modelPath, threads: 2 }),
  { timeoutMs: 120_000 },
);
