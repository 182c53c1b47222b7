import { describe, expect, it } from 'vitest';
import { decodeWav } from './decode-wav.js';
import { toMono16k } from './resample.js';
import { toMono16kBlocks, WavStreamDecoder } from './wav-stream-decoder.js';

interface Format {
  readonly sampleRate: number;
  readonly channels: 1 | 2;
  readonly bits: 16 | 24 | 32;
  readonly float?: boolean;
  /** A metadata chunk before the samples, and one after them. */
  readonly extraChunks?: boolean;
  /** Streaming writer: RIFF and data sizes 0xFFFFFFFF. */
  readonly placeholderSizes?: boolean;
}

/** Noise bursts with pauses, different in each channel; built fresh for these tests. */
function makeWav(seconds: number, format: Format): Uint8Array {
  const frames = Math.round(seconds * format.sampleRate);
  const bytesPerSample = format.bits / 8;
  const frameBytes = bytesPerSample * format.channels;
  const list = format.extraChunks === true ? 8 + 26 : 0;
  const trailer = format.extraChunks === true ? 8 + 12 : 0;
  const bytes = new Uint8Array(44 + list + frames * frameBytes + trailer);
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, text: string) => {
    for (let index = 0; index < text.length; index++)
      bytes[offset + index] = text.charCodeAt(index);
  };
  ascii(0, 'RIFF');
  view.setUint32(4, format.placeholderSizes === true ? 0xffffffff : bytes.length - 8, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, format.float === true ? 3 : 1, true);
  view.setUint16(22, format.channels, true);
  view.setUint32(24, format.sampleRate, true);
  view.setUint32(28, format.sampleRate * frameBytes, true);
  view.setUint16(32, frameBytes, true);
  view.setUint16(34, format.bits, true);
  let offset = 36;
  if (format.extraChunks === true) {
    ascii(offset, 'LIST');
    view.setUint32(offset + 4, 26, true);
    ascii(offset + 8, 'INFOISFT000ereferent-test');
    offset += 8 + 26;
  }
  ascii(offset, 'data');
  view.setUint32(
    offset + 4,
    format.placeholderSizes === true ? 0xffffffff : frames * frameBytes,
    true,
  );
  offset += 8;
  let state = 7;
  for (let frame = 0; frame < frames; frame++) {
    const time = frame / format.sampleRate;
    const loud = time % 2.5 < 1.6 ? 0.4 : 0.002;
    for (let channel = 0; channel < format.channels; channel++) {
      state = (state * 1103515245 + 12345) % 2147483648;
      const value = ((state / 2147483648) * 2 - 1) * loud * (channel === 0 ? 1 : 0.3);
      const position = offset + frame * frameBytes + channel * bytesPerSample;
      if (format.float === true) view.setFloat32(position, value, true);
      else if (format.bits === 16) view.setInt16(position, Math.round(value * 32767), true);
      else if (format.bits === 32) view.setInt32(position, Math.round(value * 2147483647), true);
      else {
        const scaled = Math.round(value * 8388607) & 0xffffff;
        bytes[position] = scaled & 0xff;
        bytes[position + 1] = (scaled >> 8) & 0xff;
        bytes[position + 2] = (scaled >> 16) & 0xff;
      }
    }
  }
  if (format.extraChunks === true) {
    offset += frames * frameBytes;
    ascii(offset, 'id3 ');
    view.setUint32(offset + 4, 12, true);
    bytes.fill(0x7f, offset + 8, offset + 20);
  }
  return bytes;
}

/** `bytes` cut at pseudo-random points (1 byte to 40 KiB), as a network delivers them. */
function* pieces(bytes: Uint8Array, seed: number): Generator<Uint8Array> {
  let state = seed;
  let offset = 0;
  while (offset < bytes.length) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const size = state % 7 === 0 ? 1 + (state % 5) : 1 + (state % 40_960);
    yield bytes.subarray(offset, offset + size);
    offset += size;
  }
}

async function streamed(
  body: Iterable<Uint8Array>,
  limits: { maxSeconds?: number; maxBytes?: number } = {},
): Promise<Float32Array> {
  const blocks: Float32Array[] = [];
  for await (const block of toMono16kBlocks(body, limits)) blocks.push(block);
  const output = new Float32Array(blocks.reduce((sum, block) => sum + block.length, 0));
  let offset = 0;
  for (const block of blocks) {
    output.set(block, offset);
    offset += block.length;
  }
  return output;
}

/** The samples' bytes, compared in one go (a deep comparison of 100 000 floats is slow). */
function bytesOf(samples: Float32Array): string {
  return `${samples.length}:${Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength).toString('base64')}`;
}

async function refusal(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return {
      name: error instanceof Error ? error.name : 'unknown',
      message: error instanceof Error ? error.message : String(error),
    };
  }
  return 'accepted';
}

describe('decoding a WAV as it arrives (issue 14)', () => {
  const formats: readonly Format[] = [
    { sampleRate: 16000, channels: 1, bits: 16 },
    { sampleRate: 44100, channels: 1, bits: 24, extraChunks: true },
    { sampleRate: 48000, channels: 2, bits: 32, float: true },
    { sampleRate: 8000, channels: 2, bits: 32, placeholderSizes: true },
    { sampleRate: 22050, channels: 1, bits: 16, extraChunks: true, placeholderSizes: true },
  ];

  it.each(formats)(
    'gives the 16 kHz samples of the whole-file decoder, sample for sample (%o)',
    async (format) => {
      const wav = makeWav(7.3, format);
      const whole = toMono16k(decodeWav(wav));
      for (const seed of [1, 2, 3])
        expect(bytesOf(await streamed(pieces(wav, seed)))).toEqual(bytesOf(whole));
      expect(bytesOf(await streamed([wav]))).toEqual(bytesOf(whole));
    },
  );

  it('refuses what the whole-file decoder refuses, with the same message', async () => {
    const good = makeWav(3, { sampleRate: 16000, channels: 1, bits: 16 });
    const mp3 = new Uint8Array([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const eightBit = good.slice();
    new DataView(eightBit.buffer).setUint16(34, 8, true);
    const threeChannels = good.slice();
    new DataView(threeChannels.buffer).setUint16(22, 3, true);
    const noSamples = good.slice(0, 44);
    new DataView(noSamples.buffer).setUint32(40, 0, true);
    const cases: readonly { bytes: Uint8Array; limits?: { maxSeconds?: number } }[] = [
      { bytes: new Uint8Array(0) },
      { bytes: mp3 },
      { bytes: good.slice(0, 30) },
      { bytes: eightBit },
      { bytes: threeChannels },
      { bytes: noSamples },
      { bytes: good, limits: { maxSeconds: 2 } },
    ];
    for (const { bytes, limits } of cases) {
      const whole = await refusal(() => toMono16k(decodeWav(bytes, limits)));
      expect(whole).not.toBe('accepted');
      expect(await refusal(() => streamed(pieces(bytes, 5), limits))).toEqual(whole);
    }
  });

  it('takes the next bytes only as its output is taken', async () => {
    const wav = makeWav(60, { sampleRate: 48000, channels: 2, bits: 16 });
    let delivered = 0;
    function* network() {
      for (const piece of pieces(wav, 9)) {
        delivered += piece.byteLength;
        yield piece;
      }
    }
    const blocks = toMono16kBlocks(network());
    await blocks.next();
    // One 64 KiB piece (and the network's 40 KiB) read ahead of the consumer, not 11 MB.
    expect(delivered).toBeLessThan(200 * 1024);
    await blocks.return();
  });

  it('says when the header has been read, and holds a bounded amount between blocks', () => {
    const wav = makeWav(60, { sampleRate: 44100, channels: 2, bits: 16, extraChunks: true });
    const decoder = new WavStreamDecoder();
    decoder.push(wav.subarray(0, 40));
    expect(decoder.headerRead).toBe(false);
    expect(decoder.heldBytes).toBe(40); // the start of the header, waiting for its rest
    let peak = 0;
    for (let offset = 40; offset < wav.byteLength; offset += 4093) {
      decoder.push(wav.subarray(offset, offset + 4093));
      expect(decoder.headerRead).toBe(true);
      peak = Math.max(peak, decoder.heldBytes);
    }
    decoder.end();
    // A partial frame and the resampler's reach: well under one block, for a 10 MB file.
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThan(4096);
    expect(decoder.heldBytes).toBe(0);
  });
});
