import { pcm16ToInt16, SpeechSegmenter } from '../audio/index.js';
import type { SpeechDetectionOptions, SpeechRegion } from '../audio/index.js';
import {
  asRawText,
  EngineError,
  GoneError,
  InvalidInputError,
  isReferentError,
} from '../core/index.js';
import type { Clock, Segment, Transcript } from '../core/index.js';
import { cleanTranscriptSegments } from './clean-transcript-segments.js';
import { labelSpeakers } from './label-speakers.js';
import type { TranscribedSegment, Transcriber } from './transcriber.js';

/**
 * `recording`: accepting audio. `backpressure`: accepting audio, but the engine is behind by more
 * than `maxBufferedSeconds`; the transport should stop reading until `recording` returns.
 * `paused`: frames are discarded. `stopping`: flushing the last speech. `done`: final transcript
 * sent. `erased`: buffers zero-filled, nothing left.
 */
export type LiveSessionStatus =
  'recording' | 'backpressure' | 'paused' | 'stopping' | 'done' | 'erased';

/** What the session tells the client (the live WebSocket protocol in docs/api.md). */
export type LiveTranscriptEvent =
  | { readonly type: 'segment'; readonly segment: Segment; readonly index: number }
  | {
      readonly type: 'status';
      readonly status: LiveSessionStatus;
      readonly receivedSeconds: number;
    }
  | { readonly type: 'error'; readonly code: string; readonly message: string }
  | { readonly type: 'done'; readonly transcript: Transcript };

export type LiveTranscriptListener = (event: LiveTranscriptEvent) => void;

export interface LiveTranscriptionSessionOptions {
  readonly transcriber: Transcriber;
  readonly clock: Clock;
  /** Untranscribed speech (seconds) beyond which `pushPcm16` returns false; 60 by default. */
  readonly maxBufferedSeconds?: number;
  /** Longest recording accepted; 3 h by default (`AudioLimits.maxSeconds`). */
  readonly maxSeconds?: number;
  /** Receives every event (for persistence); listeners attached with `attach` receive them too. */
  readonly onEvent?: LiveTranscriptListener;
  /** BCP-47 language; `no` by default. */
  readonly language?: string;
  /** Voice-activity tuning; regions are cut before `maxSpeechSeconds` (25 s by default). */
  readonly speechDetection?: SpeechDetectionOptions;
  /** Attempts per speech region before it is reported as failed; 3 by default. */
  readonly maxAttempts?: number;
  /** First retry delay; doubles per attempt. 500 ms by default. */
  readonly retryDelayMs?: number;
  readonly sleep?: (milliseconds: number) => Promise<void>;
}

/** Counters for monitoring; no content. */
export interface LiveSessionStats {
  readonly receivedSeconds: number;
  readonly transcribedSeconds: number;
  readonly pendingSeconds: number;
  readonly segments: number;
  readonly failedRegions: number;
  /** Clock time of the last frame or control message, for expiring abandoned sessions. */
  readonly lastActivityAt: number;
  /**
   * Bytes of audio held now: only what speech still to be transcribed needs (issue 14). Bounded
   * by the back-pressure limit plus the longest speech region, however long the recording.
   */
  readonly heldBytes: number;
}

const sampleRate = 16000;
const storageChunkSamples = sampleRate; // one second per stored chunk
const paddingSeconds = 0.2;
const statusIntervalSeconds = 5;
/**
 * How far back from the audio heard so far a region not yet reported may start, when none is
 * open: the segmenter's warm-up (0.5 s, judged once the noise floor is known) and the frames of a
 * beginning run of speech fit well inside it.
 */
const undecidedSeconds = 1;

interface Job {
  readonly start: number; // seconds, padded
  readonly end: number;
  readonly speech: SpeechRegion;
  attempts: number;
}

function toUserMessage(error: unknown): string {
  return isReferentError(error)
    ? error.userMessage
    : 'Talegjenkjenningen feilet. Prøv igjen om litt.';
}

/**
 * One consultation's live transcription, independent of the transport (the WebSocket route is a
 * thin adapter: binary frames → `pushPcm16`, text frames → `pause`/`resume`/`stop`, events →
 * text frames).
 *
 * Audio arrives as 16 kHz mono 16-bit PCM frames of any size. The voice-activity detector cuts
 * speech at pauses as it arrives; each region is transcribed in order, one engine call at a time
 * per session, cleaned (`cleanTranscriptSegments`), labelled (`labelSpeakers`) and sent as a
 * `segment` event. Audio is held only in memory (16-bit integer chunks of one second, lossless for
 * this input), and only as long as speech still to be transcribed needs it: a chunk is
 * zero-filled and released once every region it belongs to has been transcribed (a region that
 * failed keeps its audio for the retry at `stop()`), so a long recording holds a bounded amount
 * (issue 14). `erase()` zero-fills what is left; nothing is written to disk.
 *
 * Transport drops do not end the session: a listener detaches, the session keeps transcribing,
 * and a listener attached later first receives every segment so far and the status with
 * `receivedSeconds`, so a client can resend audio it had buffered after that point.
 */
export class LiveTranscriptionSession {
  readonly #transcriber: Transcriber;
  readonly #clock: Clock;
  readonly #maxBufferedSeconds: number;
  readonly #maxSamples: number;
  readonly #onEvent: LiveTranscriptListener | undefined;
  readonly #language: string;
  readonly #maxAttempts: number;
  readonly #retryDelayMs: number;
  readonly #sleep: (milliseconds: number) => Promise<void>;
  readonly #segmenter: SpeechSegmenter;
  readonly #listeners = new Set<LiveTranscriptListener>();
  readonly #abort = new AbortController();

  /** Held one-second chunks by their index on the recording's axis (released ones are gone). */
  #chunks = new Map<number, Int16Array>();
  #length = 0;
  #status: LiveSessionStatus = 'recording';
  #backpressured = false;
  #queue: Job[] = [];
  #failed: Job[] = [];
  #inFlight: Job | undefined;
  #draining: Promise<void> | undefined;
  #segments: Segment[] = [];
  #lastCleaned: TranscribedSegment | undefined;
  #lastJobEnd = 0;
  #transcribedSeconds = 0;
  #lastStatusAt = 0;
  #lastActivityAt: number;
  #stopping: Promise<Transcript> | undefined;

  constructor(options: LiveTranscriptionSessionOptions) {
    this.#transcriber = options.transcriber;
    this.#clock = options.clock;
    this.#maxBufferedSeconds = options.maxBufferedSeconds ?? 60;
    this.#maxSamples = Math.floor((options.maxSeconds ?? 3 * 60 * 60) * sampleRate);
    this.#onEvent = options.onEvent;
    this.#language = options.language ?? 'no';
    this.#maxAttempts = Math.max(1, options.maxAttempts ?? 3);
    this.#retryDelayMs = options.retryDelayMs ?? 500;
    this.#sleep =
      options.sleep ??
      ((milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)));
    this.#segmenter = new SpeechSegmenter({
      maxSpeechSeconds: 25,
      ...options.speechDetection,
      sampleRate,
    });
    this.#lastActivityAt = this.#clock.now();
  }

  /** The current status. */
  get status(): LiveSessionStatus {
    return this.#status;
  }

  /** Seconds of audio received (paused time excluded). */
  get receivedSeconds(): number {
    return this.#length / sampleRate;
  }

  /** Monitoring counters; no content. */
  get stats(): LiveSessionStats {
    return {
      receivedSeconds: this.receivedSeconds,
      transcribedSeconds: this.#transcribedSeconds,
      pendingSeconds: this.#pendingSeconds(),
      segments: this.#segments.length,
      failedRegions: this.#failed.length,
      lastActivityAt: this.#lastActivityAt,
      heldBytes: this.#chunks.size * storageChunkSamples * Int16Array.BYTES_PER_ELEMENT,
    };
  }

  /**
   * Connects a transport. The listener first receives every segment so far, then the status
   * (and `done` if the session has finished). Returns the function that detaches it; call it when
   * the connection drops. A listener that throws is detached.
   */
  attach(listener: LiveTranscriptListener): () => void {
    if (this.#status === 'erased') throw new GoneError('live session');
    this.#listeners.add(listener);
    const replay: LiveTranscriptEvent[] = this.#segments.map((segment, index) => ({
      type: 'segment',
      segment,
      index,
    }));
    replay.push(this.#statusEvent());
    if (this.#status === 'done') replay.push({ type: 'done', transcript: this.getTranscript() });
    for (const event of replay) this.#deliver(listener, event);
    this.#touch();
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /**
   * Adds a frame of 16 kHz mono little-endian 16-bit PCM. Returns false when the frame was refused
   * (the session is not recording, the frame is malformed, or the recording is too long — an
   * `error` event says which) or when the engine is behind (`backpressure`); the frame is kept in
   * the latter case. While paused, frames are discarded and true is returned.
   */
  pushPcm16(frame: Uint8Array): boolean {
    switch (this.#status) {
      case 'paused':
        this.#touch();
        return true;
      case 'recording':
      case 'backpressure':
        break;
      case 'stopping':
      case 'done':
      case 'erased':
        this.#emit({
          type: 'error',
          code: 'session-ended',
          message: 'Opptaket er avsluttet; lyd tas ikke imot.',
        });
        return false;
    }
    let samples: Int16Array;
    try {
      samples = pcm16ToInt16(frame);
    } catch (error) {
      this.#emit({ type: 'error', code: 'invalid-audio', message: toUserMessage(error) });
      return false;
    }
    if (this.#length + samples.length > this.#maxSamples) {
      this.#emit({
        type: 'error',
        code: 'audio-too-long',
        message: `Opptaket har nådd grensen på ${Math.round(this.#maxSamples / sampleRate / 60)} minutter.`,
      });
      return false;
    }
    this.#touch();
    this.#append(samples);
    const floats = new Float32Array(samples.length);
    for (let index = 0; index < samples.length; index++)
      floats[index] = (samples[index] as number) / 32768;
    this.#enqueue(this.#segmenter.push(floats));
    this.#releaseTranscribed();
    if (this.receivedSeconds - this.#lastStatusAt >= statusIntervalSeconds)
      this.#emit(this.#statusEvent());
    this.#updateBackpressure();
    return !this.#backpressured;
  }

  /** Stops taking audio until `resume`; speech heard so far is transcribed. */
  pause(): void {
    this.#touch();
    if (this.#status !== 'recording' && this.#status !== 'backpressure') return;
    this.#enqueue(this.#segmenter.flush());
    this.#status = 'paused';
    this.#emit(this.#statusEvent());
  }

  /** Takes audio again after `pause`. */
  resume(): void {
    this.#touch();
    if (this.#status !== 'paused') return;
    this.#status = 'recording';
    this.#updateBackpressure(true);
  }

  /**
   * Ends the recording: transcribes the remaining speech, sends `done` and resolves with the
   * final transcript. If the engine still fails for some speech after retries, an `error` event is
   * sent and the promise rejects with the `EngineError`; calling `stop()` again retries it.
   */
  stop(): Promise<Transcript> {
    if (this.#status === 'erased') return Promise.reject(new GoneError('live session'));
    if (this.#status === 'done') return Promise.resolve(this.getTranscript());
    this.#stopping ??= this.#finish().finally(() => {
      this.#stopping = undefined;
    });
    return this.#stopping;
  }

  /** The transcript so far (segments in order, times in seconds of received audio). */
  getTranscript(): Transcript {
    if (this.#status === 'erased') throw new GoneError('live session');
    return { segments: [...this.#segments] };
  }

  /**
   * Destroys the session's content: cancels the engine call, zero-fills the audio buffers, drops
   * segments and listeners. Safe to call twice.
   */
  erase(): void {
    if (this.#status === 'erased') return;
    this.#abort.abort(new GoneError('live session'));
    this.#releaseChunks(() => true);
    this.#length = 0;
    this.#queue = [];
    this.#failed = [];
    this.#segments = [];
    this.#lastCleaned = undefined;
    this.#status = 'erased';
    const listeners = [...this.#listeners];
    this.#listeners.clear();
    const event = this.#statusEvent();
    for (const listener of listeners) this.#deliver(listener, event);
    this.#safeCall(this.#onEvent, event);
  }

  async #finish(): Promise<Transcript> {
    if (this.#status !== 'stopping') {
      if (this.#status === 'recording' || this.#status === 'backpressure')
        this.#enqueue(this.#segmenter.flush());
      this.#status = 'stopping';
      this.#emit(this.#statusEvent());
    }
    // Regions that failed earlier get another round of attempts.
    for (const job of this.#failed) job.attempts = 0;
    this.#queue.push(...this.#failed);
    this.#queue.sort((a, b) => a.start - b.start);
    this.#failed = [];
    this.#startDraining();
    while (this.#draining !== undefined) await this.#draining;
    if (this.#isErased()) throw new GoneError('live session');
    if (this.#failed.length > 0) {
      throw new EngineError({
        engine: this.#transcriber.info.kind,
        message: `${this.#failed.length} speech region(s) could not be transcribed`,
        userMessage: 'Deler av opptaket kunne ikke transkriberes. Prøv å avslutte på nytt om litt.',
        isRetryable: true,
      });
    }
    this.#status = 'done';
    this.#releaseTranscribed();
    const transcript = this.getTranscript();
    this.#emit(this.#statusEvent());
    this.#emit({ type: 'done', transcript });
    return transcript;
  }

  /** Methods, so TypeScript does not keep a narrowed value across awaits. */
  #isAborted(): boolean {
    return this.#abort.signal.aborted;
  }

  #isErased(): boolean {
    return this.#status === 'erased';
  }

  #touch(): void {
    this.#lastActivityAt = this.#clock.now();
  }

  #statusEvent(): LiveTranscriptEvent {
    this.#lastStatusAt = this.receivedSeconds;
    return {
      type: 'status',
      status: this.#status,
      receivedSeconds: Math.round(this.receivedSeconds * 1000) / 1000,
    };
  }

  #emit(event: LiveTranscriptEvent): void {
    this.#safeCall(this.#onEvent, event);
    for (const listener of [...this.#listeners]) this.#deliver(listener, event);
  }

  #deliver(listener: LiveTranscriptListener, event: LiveTranscriptEvent): void {
    if (!this.#safeCall(listener, event)) this.#listeners.delete(listener);
  }

  #safeCall(listener: LiveTranscriptListener | undefined, event: LiveTranscriptEvent): boolean {
    if (listener === undefined) return true;
    try {
      listener(event);
      return true;
    } catch {
      // A broken transport must not take the session down.
      return false;
    }
  }

  #append(samples: Int16Array): void {
    let offset = 0;
    while (offset < samples.length) {
      const position = this.#length % storageChunkSamples;
      const index = Math.floor(this.#length / storageChunkSamples);
      let chunk = this.#chunks.get(index);
      if (chunk === undefined) {
        chunk = new Int16Array(storageChunkSamples);
        this.#chunks.set(index, chunk);
      }
      const take = Math.min(storageChunkSamples - position, samples.length - offset);
      chunk.set(samples.subarray(offset, offset + take), position);
      offset += take;
      this.#length += take;
    }
  }

  #read(from: number, to: number): Float32Array {
    const start = Math.max(0, Math.min(from, this.#length));
    const end = Math.max(start, Math.min(to, this.#length));
    const output = new Float32Array(end - start);
    for (let index = start; index < end; index++) {
      // A released chunk is never read: every job's audio is kept until the job is done.
      const chunk = this.#chunks.get(Math.floor(index / storageChunkSamples));
      output[index - start] = (chunk?.[index % storageChunkSamples] ?? 0) / 32768;
    }
    return output;
  }

  /**
   * Releases the chunks no speech still to be transcribed needs: those outside every queued,
   * failed or running region and before the earliest point a region not yet reported may start.
   */
  #releaseTranscribed(): void {
    const jobs = [...this.#queue, ...this.#failed];
    if (this.#inFlight !== undefined) jobs.push(this.#inFlight);
    const needed = jobs.map((job) => ({
      from: Math.floor(job.start * sampleRate),
      to: Math.ceil(job.end * sampleRate),
    }));
    const frontier = Math.floor(this.#earliestNextJobStart() * sampleRate);
    this.#releaseChunks((from, to) => {
      if (to > frontier) return false;
      return !needed.some((range) => range.from < to && range.to > from);
    });
  }

  /** Zero-fills and drops the chunks `isReleased` (sample range `from`–`to`) says are done. */
  #releaseChunks(isReleased: (from: number, to: number) => boolean): void {
    for (const [index, chunk] of this.#chunks) {
      const from = index * storageChunkSamples;
      if (!isReleased(from, from + storageChunkSamples)) continue;
      chunk.fill(0);
      this.#chunks.delete(index);
    }
  }

  /** Seconds on the recording's axis before which no job still to be queued can start. */
  #earliestNextJobStart(): number {
    switch (this.#status) {
      case 'recording':
      case 'backpressure':
      case 'paused': {
        const regionStart =
          this.#segmenter.openRegionStart ??
          Math.max(0, this.#segmenter.processedSeconds - undecidedSeconds);
        // As `#enqueue`: a job starts at the padded region start, never before the last job's end.
        return Math.max(this.#lastJobEnd, regionStart - paddingSeconds);
      }
      case 'stopping':
      case 'done':
      case 'erased':
        // Nothing more is heard: only the queued and failed regions need audio.
        return Infinity;
    }
  }

  #enqueue(regions: readonly SpeechRegion[]): void {
    for (const region of regions) {
      const start = Math.max(this.#lastJobEnd, region.start - paddingSeconds, 0);
      const end = Math.min(this.receivedSeconds, region.end + paddingSeconds);
      if (end <= start) continue;
      this.#lastJobEnd = end;
      this.#queue.push({ start, end, speech: region, attempts: 0 });
    }
    if (regions.length > 0) this.#startDraining();
  }

  #pendingSeconds(): number {
    let total = 0;
    for (const job of this.#queue) total += job.end - job.start;
    if (this.#inFlight !== undefined) total += this.#inFlight.end - this.#inFlight.start;
    const open = this.#segmenter.openRegionStart;
    if (open !== undefined) total += Math.max(0, this.#segmenter.processedSeconds - open);
    return total;
  }

  #updateBackpressure(forceStatus = false): void {
    if (this.#status !== 'recording' && this.#status !== 'backpressure') return;
    const pending = this.#pendingSeconds();
    const before = this.#status;
    if (!this.#backpressured && pending > this.#maxBufferedSeconds) this.#backpressured = true;
    // Hysteresis: release at half the bound so the transport does not flap.
    else if (this.#backpressured && pending <= this.#maxBufferedSeconds / 2)
      this.#backpressured = false;
    this.#status = this.#backpressured ? 'backpressure' : 'recording';
    if (forceStatus || before !== this.#status) this.#emit(this.#statusEvent());
  }

  #startDraining(): void {
    if (this.#draining !== undefined) return;
    this.#draining = this.#drain().finally(() => {
      this.#draining = undefined;
      // Work queued while the loop was finishing must not be stranded.
      if (this.#queue.length > 0 && !this.#isAborted()) this.#startDraining();
    });
  }

  /** Transcribes queued regions in order, one engine call at a time (per session). */
  async #drain(): Promise<void> {
    for (let job = this.#queue.shift(); job !== undefined; job = this.#queue.shift()) {
      if (this.#abort.signal.aborted) return;
      this.#inFlight = job;
      try {
        await this.#transcribeJob(job);
      } finally {
        this.#inFlight = undefined;
        if (!this.#isErased()) this.#releaseTranscribed();
      }
      this.#updateBackpressure();
    }
  }

  async #transcribeJob(job: Job): Promise<void> {
    const samples = this.#read(Math.floor(job.start * sampleRate), Math.ceil(job.end * sampleRate));
    const prompt = this.#segments
      .slice(-4)
      .map((segment) => segment.text)
      .join(' ');
    for (;;) {
      job.attempts++;
      try {
        const result = await this.#transcriber.transcribe(
          { samples, sampleRate },
          {
            language: this.#language,
            signal: this.#abort.signal,
            ...(prompt.length > 0 ? { prompt } : {}),
          },
        );
        if (this.#abort.signal.aborted) return;
        this.#accept(job, result.segments, samples.length / sampleRate);
        this.#transcribedSeconds += job.end - job.start;
        return;
      } catch (error) {
        if (this.#abort.signal.aborted) return;
        const retryable = !isReferentError(error) || error.isRetryable;
        if (!retryable || job.attempts >= this.#maxAttempts || error instanceof InvalidInputError) {
          this.#failed.push(job);
          this.#emit({ type: 'error', code: 'engine-failed', message: toUserMessage(error) });
          return;
        }
        await this.#sleep(this.#retryDelayMs * 2 ** (job.attempts - 1));
        if (this.#isAborted()) return;
      }
    }
  }

  #accept(job: Job, engineSegments: readonly TranscribedSegment[], length: number): void {
    const global = engineSegments.map((segment) => ({
      ...segment,
      start: Math.round((job.start + Math.min(Math.max(0, segment.start), length)) * 1000) / 1000,
      end:
        Math.round((job.start + Math.min(Math.max(segment.start, segment.end), length)) * 1000) /
        1000,
    }));
    const speech = [
      { start: job.speech.start - paddingSeconds, end: job.speech.end + paddingSeconds },
    ];
    const cleaned = cleanTranscriptSegments(global, {
      speech,
      ...(this.#lastCleaned === undefined ? {} : { previous: this.#lastCleaned }),
    });
    if (cleaned.length === 0) return;
    // Label with the last few segments as fixed context, so turn-taking carries across regions.
    const context = this.#segments
      .slice(-3)
      .map((segment) => ({ text: segment.text, speaker: segment.speaker }));
    const labels = labelSpeakers([...context, ...cleaned]).slice(context.length);
    cleaned.forEach((segment, index) => {
      const final: Segment = {
        speaker: labels[index]?.speaker ?? 'ukjent',
        text: asRawText(segment.text),
        start: segment.start,
        end: segment.end,
      };
      this.#segments.push(final);
      this.#emit({ type: 'segment', segment: final, index: this.#segments.length - 1 });
    });
    this.#lastCleaned = cleaned[cleaned.length - 1];
  }
}
