import { describe, expect, it } from 'vitest';
import { createFakeTranscriber } from './testing/fake-transcriber.js';
import { transcribeAudio } from './transcribe-audio.js';
import { transcribeAudioStream } from './transcribe-audio-stream.js';
import type { PcmAudio, TranscribeOptions, Transcriber } from './transcriber.js';

const rate = 16000;

/** Talk and pauses in seconds: short turns, a 45 s monologue (cut), 40 s of silence, a murmur. */
const pattern: readonly (readonly [talk: number, pause: number])[] = [
  [3, 1],
  [1.2, 0.3],
  [45, 0.8],
  [2, 40],
  [5, 0.6],
  [0.1, 2],
  [8, 0.45],
  [6, 3],
];
const patternSeconds = pattern.reduce((sum, [talk, pause]) => sum + talk + pause, 0);

/** Sample `index` of speech-like noise bursts following `pattern`, over a faint room noise. */
function sampleAt(index: number, noise: { state: number }): number {
  let time = (index / rate) % patternSeconds;
  let loud = 0.003;
  for (const [talk, pause] of pattern) {
    if (time < talk) {
      loud = 0.3 * (0.6 + 0.4 * Math.sin(time * 9));
      break;
    }
    time -= talk;
    if (time < pause) break;
    time -= pause;
  }
  noise.state = (noise.state * 1103515245 + 12345) % 2147483648;
  return ((noise.state / 2147483648) * 2 - 1) * loud;
}

function recording(seconds: number): Float32Array {
  const noise = { state: 11 };
  return Float32Array.from({ length: Math.round(seconds * rate) }, (_, index) =>
    sampleAt(index, noise),
  );
}

/** `samples` in blocks of pseudo-random sizes, as the decoder of an upload yields them. */
function* blocksOf(samples: Float32Array, seed: number): Generator<Float32Array> {
  let state = seed;
  for (let offset = 0; offset < samples.length;) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const size = 1 + (state % 30_000);
    yield samples.slice(offset, offset + size);
    offset += size;
  }
}

/** The fake engine, also noting what exactly each call got (length and a checksum). */
function recordingEngine() {
  const fake = createFakeTranscriber();
  const seen: string[] = [];
  const engine: Transcriber = {
    specificationVersion: fake.specificationVersion,
    info: fake.info,
    async transcribe(audio: PcmAudio, options?: TranscribeOptions) {
      let sum = 0;
      for (let index = 0; index < audio.samples.length; index++)
        sum += (audio.samples[index] as number) * (index % 7);
      seen.push(`${audio.samples.length}:${sum}:${options?.prompt ?? ''}`);
      return fake.transcribe(audio, options);
    },
  };
  return { engine, seen };
}

describe('transcribing audio as it arrives (issue 14)', () => {
  it.each([
    { concurrency: 1, maxChunkSeconds: 30 },
    { concurrency: 2, maxChunkSeconds: 30 },
    { concurrency: 2, maxChunkSeconds: 12 },
  ])(
    'sends the engine the same chunks and gives the same transcript as the whole recording (%o)',
    async (options) => {
      const samples = recording(2 * patternSeconds + 7);
      const whole = recordingEngine();
      const expected = await transcribeAudio({ samples, sampleRate: rate }, whole.engine, options);
      for (const seed of [3, 4]) {
        const streamed = recordingEngine();
        const transcript = await transcribeAudioStream(
          blocksOf(samples, seed),
          streamed.engine,
          options,
        );
        expect(streamed.seen).toEqual(whole.seen);
        expect(transcript).toEqual(expected);
      }
      expect(whole.seen.length).toBeGreaterThan(5);
    },
  );

  it('holds about two minutes of audio at most while 20 minutes are transcribed', async () => {
    const seconds = 1200;
    let produced = 0;
    function* upload(): Generator<Float32Array> {
      const noise = { state: 11 };
      const block = rate / 2;
      for (let start = 0; start < seconds * rate; start += block) {
        produced += block;
        yield Float32Array.from({ length: block }, (_, index) => sampleAt(start + index, noise));
      }
    }
    let heldPeak = 0;
    let producedAtFirstCall: number | undefined;
    const fake = createFakeTranscriber();
    const engine: Transcriber = {
      ...fake,
      transcribe: (audio, options) => {
        producedAtFirstCall ??= produced;
        return fake.transcribe(audio, options);
      },
    };
    const transcript = await transcribeAudioStream(upload(), engine, {
      onHeld: (samples) => {
        heldPeak = Math.max(heldPeak, samples);
      },
    });
    expect(transcript.segments.length).toBeGreaterThan(100);
    // The recording is 19.2 million samples (77 MB as floats); at most 2 minutes are held.
    expect(heldPeak).toBeLessThan(120 * rate);
    expect(heldPeak).toBeGreaterThan(30 * rate);
    // The engine worked while the upload was still arriving.
    expect(producedAtFirstCall).toBeLessThan(5 * 60 * rate);
  }, 120_000);

  it('stops taking audio while the engine is behind', async () => {
    let produced = 0;
    function* upload(): Generator<Float32Array> {
      const noise = { state: 11 };
      for (let start = 0; start < 600 * rate; start += rate) {
        produced += rate;
        yield Float32Array.from({ length: rate }, (_, index) => sampleAt(start + index, noise));
      }
    }
    let release: () => void = () => undefined;
    const stuck = new Promise<void>((resolve) => {
      release = resolve;
    });
    let calls = 0;
    const fake = createFakeTranscriber();
    const engine: Transcriber = {
      ...fake,
      transcribe: async (audio, options) => {
        calls += 1;
        await stuck;
        return fake.transcribe(audio, options);
      },
    };
    const done = transcribeAudioStream(upload(), engine, { concurrency: 2 });
    while (calls < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    const whenStuck = produced;
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Two calls in flight: no more audio is read, however long the engine takes.
    expect(produced).toBe(whenStuck);
    expect(produced).toBeLessThan(180 * rate);
    release();
    expect((await done).segments.length).toBeGreaterThan(50);
    expect(produced).toBe(600 * rate);
  }, 60_000);
});
