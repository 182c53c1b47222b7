import { PayloadTooLargeError } from '../core/index.js';
import {
  decodeSamples,
  defaultAudioLimits,
  parseWavHeader,
  recordingTooLong,
  unsupported,
  type AudioLimits,
  type WavHeader,
} from './decode-wav.js';
import { mixToMono, StreamingResampler, transcriberSampleRate } from './resample.js';

/** A header longer than this (metadata chunks before the samples) is refused. */
const maxHeaderBytes = 4 * 1024 * 1024;

/**
 * Decodes a WAV file as it arrives into 16 kHz mono floats, the `Transcriber` input, holding only
 * the header, a partial sample frame and the resampler's reach between blocks (issue 14: a long
 * upload is never held whole). The concatenated output equals `toMono16k(decodeWav(file))` sample
 * for sample, and a file `decodeWav` refuses is refused with the same error: on the header as soon
 * as it has arrived, on the length (`limits`) at the first block over it, and on an empty data
 * chunk at `end`.
 */
export class WavStreamDecoder {
  readonly #maxBytes: number;
  readonly #maxSeconds: number;
  #header: WavHeader | undefined;
  #resampler: StreamingResampler | undefined;
  /** The start of the file until its header has been read; later, a partial sample frame. */
  #pending: Uint8Array = new Uint8Array(0);
  #bytes = 0;
  #frames = 0;
  /** Sample bytes still to come per the data chunk's size (Infinity for a placeholder). */
  #dataLeft = Infinity;

  constructor(limits: Partial<AudioLimits> = {}) {
    this.#maxBytes = limits.maxBytes ?? defaultAudioLimits.maxBytes;
    this.#maxSeconds = limits.maxSeconds ?? defaultAudioLimits.maxSeconds;
  }

  /** True once the header has been read and accepted (the samples may begin). */
  get headerRead(): boolean {
    return this.#header !== undefined;
  }

  /**
   * Bytes the decoder holds between blocks: the start of the file while its header is incomplete,
   * a partial sample frame, and the resampler's reach (4-byte floats). Bounded however long the
   * file is (issue 14); tests and the CLI's reader count it.
   */
  get heldBytes(): number {
    return this.#pending.byteLength + 4 * (this.#resampler?.heldSamples ?? 0);
  }

  /** Seconds of sound decoded so far. */
  get seconds(): number {
    return this.#header === undefined ? 0 : this.#frames / this.#header.sampleRate;
  }

  /** Takes the next bytes of the file; returns the 16 kHz samples they complete. */
  push(bytes: Uint8Array): Float32Array {
    this.#bytes += bytes.byteLength;
    if (this.#bytes > this.#maxBytes) throw new PayloadTooLargeError(this.#maxBytes);
    const joined = join(this.#pending, bytes);
    if (this.#header === undefined) {
      const header = parseWavHeader(joined, { complete: false });
      if (header === undefined) {
        if (joined.byteLength > maxHeaderBytes) {
          throw unsupported('The WAV header is too long', 'WAV-hodet er for langt');
        }
        // A copy: the caller may reuse the block it passed.
        this.#pending = joined === bytes ? bytes.slice() : joined;
        return new Float32Array(0);
      }
      this.#header = header;
      this.#dataLeft = header.dataLength ?? Infinity;
      this.#resampler = new StreamingResampler(header.sampleRate, transcriberSampleRate);
      return this.#decode(joined.subarray(header.dataStart));
    }
    return this.#decode(joined);
  }

  /** The file has ended: returns the last 16 kHz samples, or throws as `decodeWav` would. */
  end(): Float32Array {
    if (this.#header === undefined) {
      if (this.#pending.byteLength === 0) {
        throw unsupported('The audio file is empty', 'Lydfilen er tom');
      }
      // Throws what `decodeWav` throws for this file; a header that parses has no samples.
      parseWavHeader(this.#pending, { complete: true });
      throw unsupported('The WAV file contains no audio samples', 'WAV-filen inneholder ingen lyd');
    }
    if (this.#frames === 0) {
      throw unsupported('The WAV file contains no audio samples', 'WAV-filen inneholder ingen lyd');
    }
    this.#pending = new Uint8Array(0);
    return this.#resampler?.end() ?? new Float32Array(0);
  }

  #decode(data: Uint8Array): Float32Array {
    const header = this.#header;
    if (header === undefined || this.#resampler === undefined) return new Float32Array(0);
    // Bytes after the data chunk (trailing metadata) are not sound.
    const sound = data.subarray(0, Math.min(data.byteLength, this.#dataLeft));
    const frameBytes = (header.bitsPerSample / 8) * header.channelCount;
    const frames = Math.floor(sound.byteLength / frameBytes);
    // A partial frame waits for its rest; it is counted once it is decoded.
    this.#pending = sound.slice(frames * frameBytes);
    this.#dataLeft -= frames * frameBytes;
    if (frames === 0) return new Float32Array(0);
    this.#frames += frames;
    if (this.#frames / header.sampleRate > this.#maxSeconds) {
      throw recordingTooLong(this.#maxSeconds);
    }
    const channels = decodeSamples(sound, header, frames);
    return this.#resampler.push(mixToMono(channels));
  }
}

function join(first: Uint8Array, second: Uint8Array): Uint8Array {
  if (first.byteLength === 0) return second;
  const joined = new Uint8Array(first.byteLength + second.byteLength);
  joined.set(first);
  joined.set(second, first.byteLength);
  return joined;
}

/**
 * A WAV body as it arrives (`AsyncIterable` of byte chunks) as blocks of 16 kHz mono floats, read
 * only as fast as the blocks are taken. Large chunks are cut into pieces of at most
 * `maxBlockBytes` (64 KiB) first, so no single block is large.
 */
export async function* toMono16kBlocks(
  body: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: Partial<AudioLimits> & { readonly maxBlockBytes?: number } = {},
): AsyncGenerator<Float32Array, void, undefined> {
  const decoder = new WavStreamDecoder(options);
  const maxBlockBytes = options.maxBlockBytes ?? 64 * 1024;
  for await (const chunk of body) {
    for (let offset = 0; offset < chunk.byteLength; offset += maxBlockBytes) {
      const samples = decoder.push(chunk.subarray(offset, offset + maxBlockBytes));
      if (samples.length > 0) yield samples;
    }
  }
  const last = decoder.end();
  if (last.length > 0) yield last;
}
