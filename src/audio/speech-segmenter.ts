/** A stretch of speech, in seconds from the start of the audio. */
export interface SpeechRegion {
  readonly start: number;
  readonly end: number;
}

/** Tuning of the energy-based voice-activity detector. All durations in seconds. */
export interface SpeechDetectionOptions {
  /** Sample rate of the input; 16000 by default. */
  readonly sampleRate?: number;
  /** Analysis frame length; 0.02 s by default. */
  readonly frameSeconds?: number;
  /** A pause at least this long ends a region; 0.5 s by default (turn-taking gaps are 0.2–1 s,
   * pauses inside a sentence rarely exceed 0.3 s). */
  readonly minSilenceSeconds?: number;
  /** Regions shorter than this are dropped as clicks and coughs; 0.15 s by default. */
  readonly minSpeechSeconds?: number;
  /** A region is cut at its quietest frame before it grows past this; 30 s by default (the
   * Whisper window). */
  readonly maxSpeechSeconds?: number;
  /** Speech must exceed the estimated noise floor by this many dB; 12 by default. */
  readonly thresholdAboveNoiseDb?: number;
  /** Frames quieter than this (dBFS) are never speech; -55 by default. */
  readonly absoluteThresholdDb?: number;
}

interface ResolvedOptions {
  readonly sampleRate: number;
  readonly frameLength: number;
  readonly minSilenceFrames: number;
  readonly minSpeechFrames: number;
  readonly maxSpeechFrames: number;
  readonly thresholdAboveNoiseDb: number;
  readonly absoluteThresholdDb: number;
}

function resolve(options: SpeechDetectionOptions): ResolvedOptions {
  const sampleRate = options.sampleRate ?? 16000;
  const frameSeconds = options.frameSeconds ?? 0.02;
  const frameLength = Math.max(1, Math.round(sampleRate * frameSeconds));
  const frames = (seconds: number): number =>
    Math.max(1, Math.round((seconds * sampleRate) / frameLength));
  return {
    sampleRate,
    frameLength,
    minSilenceFrames: frames(options.minSilenceSeconds ?? 0.5),
    minSpeechFrames: frames(options.minSpeechSeconds ?? 0.15),
    maxSpeechFrames: frames(options.maxSpeechSeconds ?? 30),
    thresholdAboveNoiseDb: options.thresholdAboveNoiseDb ?? 12,
    absoluteThresholdDb: options.absoluteThresholdDb ?? -55,
  };
}

const histogramFloorDb = -100;
const histogramBins = 100; // 1 dB each, -100..0 dBFS
/** Noise floor = 10th percentile of frame levels over the last 20 s: pauses between words keep it
 * low even while someone talks for a long time. */
const noiseWindowSeconds = 20;
const noisePercentile = 0.1;
/** Frames of the first half second are judged only once the noise floor has been estimated from
 * them, so background noise at the very start does not count as speech. */
const noiseWarmupSeconds = 0.5;

/**
 * Incremental energy-based voice-activity detector: push audio as it arrives, receive regions as
 * soon as the pause that ends them has been heard. `detectSpeech` runs the same code over a whole
 * recording, so files and live streams are cut identically.
 *
 * Speech is a frame whose RMS level exceeds max(noise floor + margin, absolute threshold); the
 * noise floor adapts (low percentile of recent frame levels), so a fan or a quiet room do not
 * count as speech.
 */
export class SpeechSegmenter {
  readonly #options: ResolvedOptions;
  readonly #pending: Float32Array;
  #pendingLength = 0;
  /** Sample position where the next analysed frame starts. */
  #nextFrameSample = 0;
  readonly #history: Uint8Array;
  #historyLength = 0;
  #historyNext = 0;
  readonly #bins = new Uint32Array(histogramBins);
  /** Sample where the open region's speech began, or -1 when no region is open. */
  #regionStart = -1;
  /** Sample just after the open region's last speech frame. */
  #lastSpeechEnd = -1;
  #silentFrames = 0;
  #speechRun = 0;
  #speechRunStart = 0;
  /** Level and end sample of the open region's frames, to cut overlong regions at a quiet point. */
  #regionFrames: { level: number; end: number }[] = [];
  /** Frames waiting for the noise floor estimate (the first `noiseWarmupSeconds`). */
  #warmup: { level: number; start: number; end: number }[] | undefined = [];

  constructor(options: SpeechDetectionOptions = {}) {
    this.#options = resolve(options);
    this.#pending = new Float32Array(this.#options.frameLength);
    const windowFrames = Math.round(
      (noiseWindowSeconds * this.#options.sampleRate) / this.#options.frameLength,
    );
    this.#history = new Uint8Array(windowFrames);
  }

  /** Seconds of audio consumed so far. */
  get processedSeconds(): number {
    return (this.#nextFrameSample + this.#pendingLength) / this.#options.sampleRate;
  }

  /** Start of the open region in seconds, or undefined outside speech. */
  get openRegionStart(): number | undefined {
    return this.#regionStart >= 0 ? this.#regionStart / this.#options.sampleRate : undefined;
  }

  /** Feeds audio; returns the regions that ended within it. */
  push(samples: Float32Array): SpeechRegion[] {
    const regions: SpeechRegion[] = [];
    const frameLength = this.#options.frameLength;
    let offset = 0;
    while (offset < samples.length) {
      const take = Math.min(frameLength - this.#pendingLength, samples.length - offset);
      this.#pending.set(samples.subarray(offset, offset + take), this.#pendingLength);
      this.#pendingLength += take;
      offset += take;
      if (this.#pendingLength === frameLength) {
        this.#processFrame(this.#pending, frameLength, regions);
        this.#pendingLength = 0;
      }
    }
    return regions;
  }

  /**
   * Ends the stream (or a pause in it): returns the open region, if long enough, and starts afresh
   * for the audio that follows, keeping the time axis and the noise estimate.
   */
  flush(): SpeechRegion[] {
    const regions: SpeechRegion[] = [];
    if (this.#pendingLength > 0) {
      this.#processFrame(
        this.#pending.subarray(0, this.#pendingLength),
        this.#pendingLength,
        regions,
      );
      this.#pendingLength = 0;
    }
    this.#endWarmup(regions);
    this.#closeRegion(regions);
    return regions;
  }

  #levelDb(frame: Float32Array): number {
    let sum = 0;
    for (let index = 0; index < frame.length; index++) {
      const value = frame[index] as number;
      sum += value * value;
    }
    const rms = Math.sqrt(sum / Math.max(1, frame.length));
    return rms > 1e-5 ? 20 * Math.log10(rms) : histogramFloorDb;
  }

  #threshold(): number {
    const { absoluteThresholdDb, thresholdAboveNoiseDb } = this.#options;
    if (this.#historyLength === 0) return absoluteThresholdDb;
    const rank = Math.floor(this.#historyLength * noisePercentile);
    let seen = 0;
    let bin = 0;
    for (; bin < histogramBins; bin++) {
      seen += this.#bins[bin] as number;
      if (seen > rank) break;
    }
    const noiseFloor = histogramFloorDb + bin;
    return Math.max(absoluteThresholdDb, noiseFloor + thresholdAboveNoiseDb);
  }

  #remember(levelDb: number): void {
    const bin = Math.min(histogramBins - 1, Math.max(0, Math.floor(levelDb - histogramFloorDb)));
    if (this.#historyLength === this.#history.length) {
      const old = this.#history[this.#historyNext] as number;
      this.#bins[old] = (this.#bins[old] as number) - 1;
    } else {
      this.#historyLength++;
    }
    this.#history[this.#historyNext] = bin;
    this.#bins[bin] = (this.#bins[bin] as number) + 1;
    this.#historyNext = (this.#historyNext + 1) % this.#history.length;
  }

  #processFrame(frame: Float32Array, length: number, regions: SpeechRegion[]): void {
    const level = this.#levelDb(frame);
    const frameStart = this.#nextFrameSample;
    const frameEnd = frameStart + length;
    this.#nextFrameSample = frameEnd;
    if (this.#warmup !== undefined) {
      this.#remember(level);
      this.#warmup.push({ level, start: frameStart, end: frameEnd });
      const { sampleRate, frameLength } = this.#options;
      if (this.#warmup.length >= (noiseWarmupSeconds * sampleRate) / frameLength)
        this.#endWarmup(regions);
      return;
    }
    const isSpeech = level > this.#threshold();
    this.#remember(level);
    this.#decide(level, isSpeech, frameStart, frameEnd, regions);
  }

  #endWarmup(regions: SpeechRegion[]): void {
    const waiting = this.#warmup;
    if (waiting === undefined) return;
    this.#warmup = undefined;
    const threshold = this.#threshold();
    for (const frame of waiting)
      this.#decide(frame.level, frame.level > threshold, frame.start, frame.end, regions);
  }

  #decide(
    level: number,
    isSpeech: boolean,
    frameStart: number,
    frameEnd: number,
    regions: SpeechRegion[],
  ): void {
    const { minSilenceFrames, minSpeechFrames, maxSpeechFrames, frameLength } = this.#options;

    if (this.#regionStart < 0) {
      if (!isSpeech) {
        this.#speechRun = 0;
        this.#regionFrames = [];
        return;
      }
      if (this.#speechRun === 0) this.#speechRunStart = frameStart;
      this.#speechRun++;
      this.#regionFrames.push({ level, end: frameEnd });
      // Two or three loud frames in a row open a region (one alone is a click).
      if (this.#speechRun >= Math.min(3, minSpeechFrames)) {
        this.#regionStart = this.#speechRunStart;
        this.#lastSpeechEnd = frameEnd;
        this.#silentFrames = 0;
      }
      return;
    }

    this.#regionFrames.push({ level, end: frameEnd });
    if (isSpeech) {
      this.#lastSpeechEnd = frameEnd;
      this.#silentFrames = 0;
    } else {
      this.#silentFrames++;
    }
    if (this.#silentFrames >= minSilenceFrames) {
      this.#closeRegion(regions);
      return;
    }
    if (frameEnd - this.#regionStart >= maxSpeechFrames * frameLength) {
      // No pause long enough: cut at the quietest frame of the second half of the region, so a
      // word is rarely split, and keep the rest open.
      const frames = this.#regionFrames;
      let quietest = frames.length - 1;
      for (let index = Math.floor(frames.length / 2); index < frames.length; index++) {
        if ((frames[index]?.level ?? 0) < (frames[quietest]?.level ?? 0)) quietest = index;
      }
      const cut = frames[quietest]?.end ?? frameEnd;
      regions.push(this.#region(this.#regionStart, cut));
      this.#regionFrames = frames.slice(quietest + 1);
      this.#regionStart = cut;
      if (this.#lastSpeechEnd < cut) this.#lastSpeechEnd = cut;
    }
  }

  #region(startSample: number, endSample: number): SpeechRegion {
    const rate = this.#options.sampleRate;
    return { start: startSample / rate, end: endSample / rate };
  }

  #closeRegion(regions: SpeechRegion[]): void {
    if (this.#regionStart >= 0) {
      const minimumSamples = this.#options.minSpeechFrames * this.#options.frameLength;
      if (this.#lastSpeechEnd - this.#regionStart >= minimumSamples) {
        regions.push(this.#region(this.#regionStart, this.#lastSpeechEnd));
      }
    }
    this.#regionStart = -1;
    this.#lastSpeechEnd = -1;
    this.#silentFrames = 0;
    this.#speechRun = 0;
    this.#regionFrames = [];
  }
}

/**
 * Finds speech in a whole recording (energy-based; see `SpeechSegmenter`). Returns regions in
 * seconds, in order, not overlapping.
 */
export function detectSpeech(
  samples: Float32Array,
  options: SpeechDetectionOptions = {},
): SpeechRegion[] {
  const segmenter = new SpeechSegmenter(options);
  return [...segmenter.push(samples), ...segmenter.flush()];
}
