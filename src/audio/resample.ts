import { InvalidInputError } from '../core/index.js';
import type { DecodedAudio } from './decode-wav.js';

/** The rate every `Transcriber` takes (design §2). */
export const transcriberSampleRate = 16000;

/** Zero crossings of the sinc on each side of the centre, at the filter's cutoff. */
const zeroCrossings = 24;
/** Cutoff as a fraction of the lower Nyquist frequency; the transition band ends at Nyquist. */
const passbandFraction = 0.94;
/** Kaiser window shape: β = 9 gives about 90 dB stopband attenuation. */
const kaiserBeta = 9;

function greatestCommonDivisor(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/** Zeroth-order modified Bessel function of the first kind (series), for the Kaiser window. */
function besselI0(x: number): number {
  let sum = 1;
  let term = 1;
  const quarterSquare = (x * x) / 4;
  for (let k = 1; k < 50; k++) {
    term *= quarterSquare / (k * k);
    sum += term;
    if (term < sum * 1e-12) break;
  }
  return sum;
}

/**
 * Band-limited resampling with a Kaiser-windowed sinc (polyphase, exact rational ratio).
 *
 * When reducing the rate, the cutoff sits at 94 % of the new Nyquist frequency (7.5 kHz for 16 kHz), so content above
 * the new Nyquist is attenuated instead of folding back as aliases. Rates must be positive
 * integers. Returns a new array; the input is not modified.
 */
export function resample(samples: Float32Array, fromRate: number, toRate: number): Float32Array {
  const filter = createResampleFilter(fromRate, toRate);
  if (fromRate === toRate) return samples.slice();
  if (samples.length === 0) return new Float32Array(0);
  const outputLength = Math.floor((samples.length * filter.up) / filter.down);
  const output = new Float32Array(outputLength);
  for (let index = 0; index < outputLength; index++)
    output[index] = filterAt(filter, samples, 0, samples.length - 1, index);
  return output;
}

/** The polyphase filter of one rate conversion (see `resample`). */
interface ResampleFilter {
  /** L: number of filter phases. */
  readonly up: number;
  /** M: input step per L outputs. */
  readonly down: number;
  /** In input samples. */
  readonly halfWidth: number;
  readonly taps: number;
  /**
   * table[phase * taps + k] weighs input sample (base - halfWidth + 1 + k) for an output whose
   * exact input position is base + phase / up.
   */
  readonly table: Float32Array;
}

function createResampleFilter(fromRate: number, toRate: number): ResampleFilter {
  if (!Number.isInteger(fromRate) || !Number.isInteger(toRate) || fromRate <= 0 || toRate <= 0) {
    throw new InvalidInputError('sample rates must be positive integers');
  }
  const divisor = greatestCommonDivisor(fromRate, toRate);
  const up = toRate / divisor;
  const down = fromRate / divisor;
  if (fromRate === toRate) return { up, down, halfWidth: 0, taps: 0, table: new Float32Array(0) };
  // Cutoff in cycles per input sample, relative to the input Nyquist (1 = input Nyquist).
  const cutoff = Math.min(1, toRate / fromRate) * passbandFraction;
  const halfWidth = Math.ceil(zeroCrossings / cutoff); // in input samples
  const taps = 2 * halfWidth;
  const windowNormaliser = besselI0(kaiserBeta);
  const table = new Float32Array(up * taps);
  for (let phase = 0; phase < up; phase++) {
    const fraction = phase / up;
    let sum = 0;
    for (let k = 0; k < taps; k++) {
      const distance = k - halfWidth + 1 - fraction; // input sample offset from the output position
      const ratio = distance / (halfWidth + 1);
      let weight = 0;
      if (Math.abs(ratio) < 1) {
        const argument = Math.PI * cutoff * distance;
        const sinc = argument === 0 ? 1 : Math.sin(argument) / argument;
        weight =
          cutoff * sinc * (besselI0(kaiserBeta * Math.sqrt(1 - ratio * ratio)) / windowNormaliser);
      }
      table[phase * taps + k] = weight;
      sum += weight;
    }
    // Unity gain at DC for every phase.
    for (let k = 0; k < taps; k++)
      table[phase * taps + k] = (table[phase * taps + k] as number) / sum;
  }
  return { up, down, halfWidth, taps, table };
}

/** Input index of the first tap of output `index`. */
function firstTap(filter: ResampleFilter, index: number): number {
  return Math.floor((index * filter.down) / filter.up) - filter.halfWidth + 1;
}

/**
 * Output `index` of the conversion. `samples[i]` holds input sample `offset + i`; `last` is the
 * input's last index when known (else the last one held: every tap of `index` must be held).
 */
function filterAt(
  filter: ResampleFilter,
  samples: Float32Array,
  offset: number,
  last: number,
  index: number,
): number {
  const { up, down, taps, table } = filter;
  const position = index * down;
  const base = Math.floor(position / up);
  const phase = position - base * up;
  const tableOffset = phase * taps;
  const first = firstTap(filter, index);
  let accumulator = 0;
  if (first >= 0 && first + taps - 1 <= last) {
    for (let k = 0; k < taps; k++)
      accumulator += (samples[first - offset + k] as number) * (table[tableOffset + k] as number);
  } else {
    // Edges: samples outside the signal count as silence.
    for (let k = 0; k < taps; k++) {
      const sampleIndex = first + k;
      if (sampleIndex >= 0 && sampleIndex <= last) {
        accumulator +=
          (samples[sampleIndex - offset] as number) * (table[tableOffset + k] as number);
      }
    }
  }
  return accumulator;
}

/**
 * `resample` over a signal that arrives in blocks: the concatenated output of `push` and `end`
 * equals, sample for sample, `resample` of the concatenated input, while only the filter's
 * reach of input (a few hundred samples) is held between blocks.
 */
export class StreamingResampler {
  readonly #filter: ResampleFilter;
  readonly #passThrough: boolean;
  /** Input not yet fully used; `#held[0]` is input sample `#heldFrom`. */
  #held = new Float32Array(0);
  #heldFrom = 0;
  #received = 0;
  #nextOutput = 0;

  constructor(fromRate: number, toRate: number) {
    this.#filter = createResampleFilter(fromRate, toRate);
    this.#passThrough = fromRate === toRate;
  }

  /** Input samples kept for the taps of outputs still to come. */
  get heldSamples(): number {
    return this.#held.length;
  }

  /** Takes the next block; returns the output samples it completes. */
  push(samples: Float32Array): Float32Array {
    if (this.#passThrough) return samples.slice();
    const held = new Float32Array(this.#held.length + samples.length);
    held.set(this.#held);
    held.set(samples, this.#held.length);
    this.#held = held;
    this.#received += samples.length;
    const filter = this.#filter;
    // Outputs whose every tap has arrived.
    const outputs: number[] = [];
    while (firstTap(filter, this.#nextOutput) + filter.taps <= this.#received) {
      outputs.push(
        filterAt(filter, this.#held, this.#heldFrom, this.#received - 1, this.#nextOutput),
      );
      this.#nextOutput += 1;
    }
    this.#forget();
    return Float32Array.from(outputs);
  }

  /** The input has ended: returns the last output samples (their late taps are silence). */
  end(): Float32Array {
    if (this.#passThrough) return new Float32Array(0);
    const filter = this.#filter;
    const outputLength = Math.floor((this.#received * filter.up) / filter.down);
    const output = new Float32Array(Math.max(0, outputLength - this.#nextOutput));
    for (let index = 0; this.#nextOutput < outputLength; index++, this.#nextOutput++)
      output[index] = filterAt(
        filter,
        this.#held,
        this.#heldFrom,
        this.#received - 1,
        this.#nextOutput,
      );
    this.#held = new Float32Array(0);
    this.#heldFrom = this.#received;
    return output;
  }

  /** Drops input before the first tap of the next output. */
  #forget(): void {
    const keepFrom = Math.max(this.#heldFrom, firstTap(this.#filter, this.#nextOutput));
    if (keepFrom > this.#heldFrom) {
      this.#held = this.#held.slice(Math.min(this.#held.length, keepFrom - this.#heldFrom));
      this.#heldFrom = keepFrom;
    }
  }
}

/** Averages channels into one (equal weights; keeps the level of a centred voice). */
export function mixToMono(channels: readonly Float32Array[]): Float32Array {
  const first = channels[0];
  if (first === undefined) return new Float32Array(0);
  if (channels.length === 1) return first.slice();
  const output = new Float32Array(first.length);
  for (const channel of channels) {
    for (let index = 0; index < output.length; index++) {
      output[index] = (output[index] as number) + (channel[index] ?? 0);
    }
  }
  const scale = 1 / channels.length;
  for (let index = 0; index < output.length; index++)
    output[index] = (output[index] as number) * scale;
  return output;
}

/** Decoded audio as 16 kHz mono floats, the `Transcriber` input. */
export function toMono16k(audio: DecodedAudio): Float32Array {
  return resample(mixToMono(audio.channels), audio.sampleRate, transcriberSampleRate);
}

/** Each channel resampled to 16 kHz separately (for per-microphone speaker labelling). */
export function toChannels16k(audio: DecodedAudio): Float32Array[] {
  return audio.channels.map((channel) =>
    resample(channel, audio.sampleRate, transcriberSampleRate),
  );
}
