import { SpeechSegmenter } from '../audio/index.js';
import type { SpeechRegion } from '../audio/index.js';
import type { Transcript } from '../core/index.js';
import {
  finishTranscript,
  paddingSeconds,
  toEngineError,
  transcribeChunk,
  type TranscribeAudioOptions,
} from './transcribe-audio.js';
import type { TranscribedSegment, Transcriber } from './transcriber.js';

/** Options of `transcribeAudioStream`: those of `transcribeAudio` but microphone channels. */
export type TranscribeAudioStreamOptions = Omit<TranscribeAudioOptions, 'channels'> & {
  /** Told the most 16 kHz samples held at once (tests and benchmarks measure the bound). */
  readonly onHeld?: (samples: number) => void;
};

const sampleRate = 16000;
/**
 * How far back from the audio consumed so far a region not yet reported may start: the
 * segmenter's first half second (judged once the noise floor is known), plus the frames of a
 * beginning run of speech and a partial frame.
 */
const undecidedSeconds = 1;

interface Chunk {
  start: number;
  end: number;
}

/**
 * `transcribeAudio` over audio that arrives in blocks (16 kHz mono; `toMono16kBlocks` of a WAV
 * upload), holding only what the next chunks need (issue 14): speech is found as it arrives (the
 * same `SpeechSegmenter`), chunks are cut exactly as `toChunks` cuts them and sent to the engine as
 * soon as they are complete, and the next block is taken only while fewer than `concurrency` engine
 * calls are in flight, so a slow engine slows the upload instead of filling memory. The transcript,
 * and every engine call, equal those of `transcribeAudio` over the whole recording.
 *
 * Held at once: the open chunk (at most `maxChunkSeconds`), the region being heard (at most
 * `maxChunkSeconds`) and about a second more, plus the chunks being transcribed — about two
 * minutes of 16 kHz floats (8 MB) at most, however long the recording.
 */
export async function transcribeAudioStream(
  blocks: AsyncIterable<Float32Array> | Iterable<Float32Array>,
  transcriber: Transcriber,
  options: TranscribeAudioStreamOptions = {},
): Promise<Transcript> {
  const maxChunkSeconds = options.maxChunkSeconds ?? 30;
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 2));
  const segmenter = new SpeechSegmenter({
    ...options.speechDetection,
    sampleRate,
    maxSpeechSeconds: Math.min(
      options.speechDetection?.maxSpeechSeconds ?? Infinity,
      maxChunkSeconds - 2 * paddingSeconds,
    ),
  });
  const held = new HeldAudio();
  const regions: SpeechRegion[] = [];
  /** Regions whose chunk is not decided yet (their padded end has not arrived). */
  const waiting: SpeechRegion[] = [];
  let open: Chunk | undefined;
  let lastEnd = 0;
  const results: TranscribedSegment[][] = [];
  const inFlight = new Set<Promise<void>>();
  let chunkCount = 0;
  let failure: unknown;
  /** Samples copied out for engine calls still running. */
  let inFlightSamples = 0;

  const send = (chunk: Chunk) => {
    // As `transcribeAudio`: no further calls once one has failed.
    if (failure !== undefined) return;
    const index = chunkCount++;
    const from = Math.floor(chunk.start * sampleRate);
    const to = Math.ceil(chunk.end * sampleRate);
    const samples = held.slice(from, to);
    inFlightSamples += samples.length;
    const call = (async () => {
      // With one call at a time, the previous chunk has finished and prompts this one.
      const previous = concurrency === 1 ? results[index - 1] : undefined;
      try {
        results[index] = await transcribeChunk(transcriber, {
          samples,
          from,
          to,
          previous,
          options,
        });
      } catch (error) {
        failure ??= error;
      } finally {
        inFlightSamples -= samples.length;
      }
    })();
    inFlight.add(call);
    void call.finally(() => inFlight.delete(call));
  };
  const waitForRoom = async (limit: number) => {
    while (inFlight.size > limit) await Promise.race(inFlight);
  };

  /** Decides the waiting regions whose padded end has arrived (all of them at the end). */
  const decide = async (duration: number | undefined) => {
    for (;;) {
      const region = waiting[0];
      if (region === undefined) break;
      const paddedEnd = region.end + paddingSeconds;
      if (duration === undefined && Math.ceil(paddedEnd * sampleRate) > held.end) break;
      waiting.shift();
      // As `toChunks`: join the open chunk while it stays within the limit, else start one.
      const start = Math.max(0, region.start - paddingSeconds);
      const end = duration === undefined ? paddedEnd : Math.min(duration, paddedEnd);
      if (open !== undefined && end - open.start <= maxChunkSeconds) {
        open.end = end;
      } else {
        if (open !== undefined) send(open);
        open = { start: Math.max(start, lastEnd), end };
      }
      lastEnd = open.end;
      await waitForRoom(concurrency - 1);
    }
    // No region still to come can join the open chunk once it would end too late.
    const earliestStart =
      waiting[0]?.start ??
      segmenter.openRegionStart ??
      Math.max(0, held.end / sampleRate - undecidedSeconds);
    if (
      open !== undefined &&
      (duration !== undefined || earliestStart - open.start > maxChunkSeconds)
    ) {
      send(open);
      open = undefined;
    }
    const keepFrom = Math.min(open?.start ?? Infinity, Math.max(0, earliestStart - paddingSeconds));
    held.forgetBefore(Math.floor(Math.min(keepFrom, held.end / sampleRate) * sampleRate));
    options.onHeld?.(held.length + inFlightSamples);
  };

  try {
    for await (const block of blocks) {
      if (failure !== undefined) break;
      held.push(block);
      options.onHeld?.(held.length + inFlightSamples);
      for (const region of segmenter.push(block)) {
        regions.push(region);
        waiting.push(region);
      }
      await decide(undefined);
      await waitForRoom(concurrency - 1);
    }
    if (failure === undefined) {
      for (const region of segmenter.flush()) {
        regions.push(region);
        waiting.push(region);
      }
      await decide(held.end / sampleRate);
    }
  } finally {
    await Promise.all(inFlight);
  }
  if (failure !== undefined) throw toEngineError(failure, transcriber);
  return finishTranscript(results.flat(), regions, () => undefined);
}

/** The recent part of a growing signal: samples from `start` to `end` (absolute indices). */
class HeldAudio {
  #samples = new Float32Array(0);
  #start = 0;
  #length = 0;

  get end(): number {
    return this.#start + this.#length;
  }

  get length(): number {
    return this.#length;
  }

  push(block: Float32Array): void {
    if (this.#length + block.length > this.#samples.length) {
      const grown = new Float32Array(
        Math.max(2 * this.#samples.length, this.#length + block.length),
      );
      grown.set(this.#samples.subarray(0, this.#length));
      this.#samples = grown;
    }
    this.#samples.set(block, this.#length);
    this.#length += block.length;
  }

  /** A copy of samples `from`–`to` (cut to what has arrived, as `subarray` cuts). */
  slice(from: number, to: number): Float32Array {
    const first = Math.max(from, this.#start) - this.#start;
    const last = Math.min(to, this.end) - this.#start;
    return this.#samples.slice(first, Math.max(first, last));
  }

  forgetBefore(index: number): void {
    const drop = Math.min(this.#length, Math.max(0, index - this.#start));
    if (drop === 0) return;
    this.#samples.copyWithin(0, drop, this.#length);
    this.#start += drop;
    this.#length -= drop;
    // Shrink after a long recording's peak, so the buffer follows what is held.
    if (this.#samples.length > 4 * this.#length && this.#samples.length > sampleRate * 60) {
      this.#samples = this.#samples.slice(0, Math.max(this.#length, sampleRate * 30));
    }
  }
}
