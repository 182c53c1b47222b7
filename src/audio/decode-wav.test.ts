import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError, PayloadTooLargeError, ReferentError } from '../core/index.js';
import { decodeWav } from './decode-wav.js';
import { encodeWav } from './encode-wav.js';

/** Builds a WAV file by hand so every header field can be set, including broken ones. */
function buildWav(options: {
  formatTag?: number;
  channels?: number;
  sampleRate?: number;
  bits?: number;
  frames: number[][]; // frames[frame][channel], floats in [-1, 1]
  riffSize?: number;
  dataSize?: number;
  extensible?: boolean;
  extraChunk?: boolean;
}): Uint8Array {
  const channels = options.channels ?? 1;
  const bits = options.bits ?? 16;
  const formatTag = options.formatTag ?? 1;
  const bytesPerSample = bits / 8;
  const dataLength = options.frames.length * channels * bytesPerSample;
  const fmtLength = options.extensible ? 40 : 16;
  const extraLength = options.extraChunk ? 8 + 6 : 0;
  const bytes = new Uint8Array(12 + 8 + fmtLength + extraLength + 8 + dataLength);
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, text: string): void => {
    for (let index = 0; index < text.length; index++)
      bytes[offset + index] = text.charCodeAt(index);
  };
  ascii(0, 'RIFF');
  view.setUint32(4, options.riffSize ?? bytes.length - 8, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, fmtLength, true);
  view.setUint16(20, options.extensible ? 0xfffe : formatTag, true);
  view.setUint16(22, channels, true);
  view.setUint32(24, options.sampleRate ?? 16000, true);
  view.setUint32(28, (options.sampleRate ?? 16000) * channels * bytesPerSample, true);
  view.setUint16(32, channels * bytesPerSample, true);
  view.setUint16(34, bits, true);
  let offset = 36;
  if (options.extensible) {
    view.setUint16(36, 22, true);
    view.setUint16(38, bits, true);
    view.setUint32(40, channels === 2 ? 3 : 4, true);
    view.setUint16(44, formatTag, true); // first two bytes of the SubFormat GUID
    offset = 20 + 40;
  }
  if (options.extraChunk) {
    ascii(offset, 'LIST');
    view.setUint32(offset + 4, 6, true);
    offset += 14;
  }
  ascii(offset, 'data');
  view.setUint32(offset + 4, options.dataSize ?? dataLength, true);
  offset += 8;
  for (const frame of options.frames) {
    for (let channel = 0; channel < channels; channel++) {
      const value = frame[channel] ?? 0;
      if (formatTag === 3) view.setFloat32(offset, value, true);
      else if (bits === 16) view.setInt16(offset, Math.round(value * 32767), true);
      else if (bits === 24) {
        const integer = Math.round(value * 8388607);
        bytes[offset] = integer & 0xff;
        bytes[offset + 1] = (integer >> 8) & 0xff;
        bytes[offset + 2] = (integer >> 16) & 0xff;
      } else if (bits === 32) view.setInt32(offset, Math.round(value * 2147483647), true);
      else bytes[offset] = Math.round(value * 127 + 128);
      offset += bytesPerSample;
    }
  }
  return bytes;
}

const rampFrames = (count: number, channels = 1): number[][] =>
  Array.from({ length: count }, (_, index) =>
    Array.from(
      { length: channels },
      (_unused, channel) => ((index % 200) / 200 - 0.5) * (channel === 0 ? 1 : -1),
    ),
  );

function expectRejected(bytes: Uint8Array, messagePart: RegExp): InvalidInputError {
  let caught: unknown;
  try {
    decodeWav(bytes);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(InvalidInputError);
  const error = caught as InvalidInputError;
  expect(error.message).toMatch(messagePart);
  expect(error.message).toContain('Referent accepts WAV');
  expect(error.userMessage).toContain('Referent tar imot WAV-filer');
  return error;
}

describe('decodeWav', () => {
  it.each([
    { bits: 16, formatTag: 1, tolerance: 1e-4 },
    { bits: 24, formatTag: 1, tolerance: 1e-6 },
    { bits: 32, formatTag: 1, tolerance: 1e-8 },
    { bits: 32, formatTag: 3, tolerance: 1e-7 },
  ])(
    'decodes $bits-bit format $formatTag stereo samples to floats',
    ({ bits, formatTag, tolerance }) => {
      const frames = rampFrames(1000, 2);
      const decoded = decodeWav(
        buildWav({ bits, formatTag, channels: 2, sampleRate: 44100, frames }),
      );
      expect(decoded.sampleRate).toBe(44100);
      expect(decoded.channels).toHaveLength(2);
      expect(decoded.format).toMatchObject({
        bitsPerSample: bits,
        channelCount: 2,
        sizeFieldsRepaired: false,
      });
      for (const index of [0, 137, 999]) {
        expect(decoded.channels[0]?.[index]).toBeCloseTo(
          frames[index]?.[0] ?? NaN,
          -Math.log10(tolerance) - 1,
        );
        expect(decoded.channels[1]?.[index]).toBeCloseTo(
          frames[index]?.[1] ?? NaN,
          -Math.log10(tolerance) - 1,
        );
      }
    },
  );

  it('reads WAVE_FORMAT_EXTENSIBLE headers and skips unknown chunks', () => {
    const decoded = decodeWav(
      buildWav({ extensible: true, extraChunk: true, bits: 24, frames: rampFrames(300) }),
    );
    expect(decoded.channels[0]).toHaveLength(300);
    expect(decoded.format.bitsPerSample).toBe(24);
  });

  it.each([
    { name: 'zero sizes', riffSize: 0, dataSize: 0 },
    { name: '0xFFFFFFFF sizes', riffSize: 0xffffffff, dataSize: 0xffffffff },
    { name: 'a data size beyond the end of the file', riffSize: 1_000_000, dataSize: 1_000_000 },
  ])('reads all audio from a streaming header with $name', ({ riffSize, dataSize }) => {
    const decoded = decodeWav(buildWav({ frames: rampFrames(4000), riffSize, dataSize }));
    expect(decoded.channels[0]).toHaveLength(4000);
    expect(decoded.duration).toBeCloseTo(0.25);
    expect(decoded.format.sizeFieldsRepaired).toBe(true);
  });

  it('drops a trailing partial sample frame of a stream cut mid-write', () => {
    const bytes = buildWav({ channels: 2, frames: rampFrames(100, 2), dataSize: 0 });
    const decoded = decodeWav(bytes.subarray(0, bytes.length - 3));
    expect(decoded.channels[0]).toHaveLength(99);
  });

  it('round-trips what encodeWav writes', () => {
    const samples = new Float32Array(1600).map((_, index) => Math.sin(index / 5) * 0.8);
    const decoded = decodeWav(encodeWav(samples, 16000));
    expect(decoded.channels[0]?.[123]).toBeCloseTo(samples[123] ?? NaN, 3);
  });

  it('turns NaN and infinite float samples into silence', () => {
    const decoded = decodeWav(
      buildWav({ formatTag: 3, bits: 32, frames: [[NaN], [Infinity], [0.5], [-7]] }),
    );
    expect(Array.from(decoded.channels[0] ?? [])).toEqual([0, 0, 0.5, -1]);
  });

  it('rejects an empty file', () => {
    expectRejected(new Uint8Array(0), /empty/);
  });

  it('names MP3, Ogg and FLAC when they are sent instead of WAV', () => {
    expectRejected(
      new Uint8Array([0x49, 0x44, 0x33, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
      /MP3 audio is not accepted/,
    );
    expectRejected(new Uint8Array([0xff, 0xfb, 0x90, 0x64, 0, 0, 0, 0]), /MP3/);
    expectRejected(
      new TextEncoder().encode('OggS\0\u0002\0\0\0\0\0\0'),
      /Ogg audio is not accepted/,
    );
    expectRejected(new TextEncoder().encode('fLaC\0\0\0\u0022'), /FLAC audio is not accepted/);
  });

  it('rejects text that is not audio without echoing it', () => {
    const error = expectRejected(
      new TextEncoder().encode('Pasienten Ola Nordmann har vondt'),
      /not a WAV file/,
    );
    expect(error.message).not.toContain('Ola');
    expect(error.userMessage).not.toContain('Ola');
  });

  it.each([
    {
      name: '8-bit samples',
      wav: { bits: 8, frames: rampFrames(10) },
      pattern: /8-bit integer samples/,
    },
    { name: '64-bit floats', wav: { bits: 64, formatTag: 3, frames: [] }, pattern: /64-bit float/ },
    {
      name: 'six channels',
      wav: { channels: 6, frames: rampFrames(10, 6) },
      pattern: /6 channels/,
    },
    {
      name: '96 kHz',
      wav: { sampleRate: 96000, frames: rampFrames(10) },
      pattern: /96000 Hz is outside 8–48 kHz/,
    },
    { name: '4 kHz', wav: { sampleRate: 4000, frames: rampFrames(10) }, pattern: /4000 Hz/ },
    {
      name: 'compressed WAV (MP3 in RIFF)',
      wav: { formatTag: 0x55, frames: rampFrames(10) },
      pattern: /compressed/,
    },
    { name: 'a header without samples', wav: { frames: [] }, pattern: /no audio samples/ },
  ])('rejects $name with a message naming what is accepted', ({ wav, pattern }) => {
    expectRejected(buildWav(wav), pattern);
  });

  it('rejects a WAV without a data chunk, or with a truncated format header', () => {
    const full = buildWav({ frames: rampFrames(10) });
    expectRejected(full.subarray(0, 36), /no audio data/);
    expectRejected(full.subarray(0, 24), /truncated or corrupt/);
  });

  it('applies the configured size and duration limits', () => {
    const wav = buildWav({ frames: rampFrames(32000) }); // 2 s at 16 kHz
    expect(() => decodeWav(wav, { maxBytes: 1000 })).toThrow(PayloadTooLargeError);
    expect(decodeWav(wav, { maxSeconds: 2 }).duration).toBe(2);
    let caught: unknown;
    try {
      decodeWav(wav, { maxSeconds: 1.5 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidInputError);
    expect((caught as InvalidInputError).message).toBe(
      'The recording is longer than the limit of 2 seconds',
    );
    expect((caught as InvalidInputError).userMessage).toBe(
      'Opptaket er for langt (grensen er 2 sekunder).',
    );
  });

  it('refuses a six-hour recording under the default limits', () => {
    // Six hours of 8 kHz mono 16-bit is 346 MB; the header alone is checked before allocating.
    // Six hours of 8 kHz mono 16-bit is 346 MB: refused by size before anything is parsed.
    expect(() => decodeWav(new Uint8Array(6 * 3600 * 8000 * 2))).toThrow(PayloadTooLargeError);
  });

  it('never fails with anything but a ReferentError on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        try {
          decodeWav(bytes);
        } catch (error) {
          if (!(error instanceof ReferentError)) throw error;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never fails with anything but a ReferentError when a valid header is corrupted', () => {
    const valid = buildWav({ channels: 2, bits: 24, frames: rampFrames(50, 2), extraChunk: true });
    fc.assert(
      fc.property(
        fc.array(fc.record({ index: fc.nat({ max: 71 }), value: fc.nat({ max: 255 }) }), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.nat({ max: valid.length }),
        (changes, length) => {
          const bytes = valid.slice(0, Math.max(length, 1));
          for (const change of changes)
            if (change.index < bytes.length) bytes[change.index] = change.value;
          try {
            const decoded = decodeWav(bytes);
            for (const channel of decoded.channels) {
              for (const value of channel) expect(Math.abs(value)).toBeLessThanOrEqual(1);
            }
          } catch (error) {
            if (!(error instanceof ReferentError)) throw error;
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
