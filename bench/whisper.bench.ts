/**
 * The local whisper engine's overhead with the generated tiny model (no weights are downloaded):
 * cold start (worker thread + model load), warm transcription speed of 10 s of audio, and the
 * time to abandon a hanging call and recover. These measure the plumbing, not NB-Whisper's speed:
 * the tiny model has 1 layer of width 32.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeTinyGgml } from '../src/transcribe/engines/whisper/testing/write-tiny-ggml.js';
import { createWhisperTranscriber } from '../src/transcribe/engines/whisper/whisper-transcriber.js';
import { createWorkerWhisperBinding } from '../src/transcribe/engines/whisper/worker-whisper-binding.js';
import type { WhisperBinding } from '../src/transcribe/engines/whisper/whisper-binding.js';
import type { PcmAudio } from '../src/transcribe/transcriber.js';

function chirp(seconds: number): PcmAudio {
  const samples = new Float32Array(Math.round(seconds * 16000));
  for (let index = 0; index < samples.length; index++) {
    const time = index / 16000;
    samples[index] = 0.3 * Math.sin(2 * Math.PI * (300 + 50 * time) * time);
  }
  return { samples, sampleRate: 16000 };
}

export default async function bench() {
  const directory = await mkdtemp(join(tmpdir(), 'referent-whisper-bench-'));
  try {
    const modelPath = join(directory, 'ggml-tiny-bench.bin');
    await writeTinyGgml(modelPath);
    const audio = chirp(10);

    const transcriber = createWhisperTranscriber({ modelPath, threads: 2 });
    let coldMs: number;
    const warm: number[] = [];
    try {
      const coldStart = performance.now();
      await transcriber.transcribe(audio);
      coldMs = performance.now() - coldStart;
      for (let round = 0; round < 3; round++) {
        const start = performance.now();
        await transcriber.transcribe(audio);
        warm.push(performance.now() - start);
      }
    } finally {
      await transcriber.dispose?.();
    }
    const warmMs = Math.min(...warm);

    // A binding whose first call hangs: how long until the caller gets its error, and the next call its answer.
    const real = createWorkerWhisperBinding();
    let hung = false;
    const hanging: WhisperBinding = {
      async load(options) {
        const session = await real.load(options);
        return {
          transcribe: (pcm, transcribeOptions) => {
            if (hung) return session.transcribe(pcm, transcribeOptions);
            hung = true;
            return new Promise(() => undefined);
          },
          release: () => session.release(),
        };
      },
    };
    const timeoutMs = 500;
    const recovering = createWhisperTranscriber({
      modelPath,
      binding: hanging,
      threads: 2,
      timeoutMs,
    });
    let recoveryMs: number;
    try {
      const start = performance.now();
      await recovering.transcribe(chirp(1)).catch(() => undefined);
      await recovering.transcribe(chirp(1));
      recoveryMs = performance.now() - start;
    } finally {
      await recovering.dispose?.();
    }

    return [
      {
        name: 'whisper tiny: cold start + first 10 s',
        value: coldMs,
        unit: 'ms',
        note: 'worker + load + transcribe',
      },
      {
        name: 'whisper tiny: warm 10 s of audio',
        value: warmMs,
        unit: 'ms',
        note: 'best of 3, 2 threads',
      },
      {
        name: 'whisper tiny: speed',
        value: 10_000 / warmMs,
        unit: '× real time',
        note: 'plumbing only; not NB-Whisper',
      },
      {
        name: 'whisper: hang → error → fresh context → answer',
        value: recoveryMs,
        unit: 'ms',
        note: `timeout ${timeoutMs} ms included`,
      },
    ];
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
