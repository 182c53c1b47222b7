import { describe, expect, it } from 'vitest';
import { createPcm16Encoder, rmsLevel, toLittleEndianBytes } from './pcm.js';

function sine(frequency: number, sampleRate: number, count: number, offset = 0): Float32Array {
  return Float32Array.from(
    { length: count },
    (_, index) => 0.5 * Math.sin((2 * Math.PI * frequency * (index + offset)) / sampleRate),
  );
}

describe('createPcm16Encoder', () => {
  it('turns one second at 48 kHz into one second at 16 kHz across many small blocks', () => {
    const encoder = createPcm16Encoder(48_000);
    let total = 0;
    for (let block = 0; block < 375; block += 1)
      total += encoder.push(sine(440, 48_000, 128, block * 128)).length;
    expect(Math.abs(total - 16_000)).toBeLessThanOrEqual(1);
  });

  it('keeps a 440 Hz tone continuous across block boundaries', () => {
    const encoder = createPcm16Encoder(44_100);
    const output: number[] = [];
    for (let block = 0; block < 40; block += 1)
      output.push(...encoder.push(sine(440, 44_100, 128, block * 128)));
    const expected = (index: number) =>
      0.5 * Math.sin((2 * Math.PI * 440 * index) / 16_000) * 0x7fff;
    const worst = Math.max(...output.map((value, index) => Math.abs(value - expected(index))));
    expect(worst).toBeLessThan(0.01 * 0x7fff);
  });

  it('passes 16 kHz input through sample for sample and clips out-of-range values', () => {
    const encoder = createPcm16Encoder(16_000);
    const first = encoder.push(Float32Array.from([0, 0.5, -0.5, 2]));
    const second = encoder.push(Float32Array.from([-2]));
    expect([...first, ...second]).toEqual([0, 16_384, -16_384, 32_767]);
    expect(encoder.push(Float32Array.from([0]))).toEqual(Int16Array.from([-32_768]));
  });
});

describe('toLittleEndianBytes', () => {
  it('writes little-endian 16-bit samples', () => {
    const bytes = new Uint8Array(toLittleEndianBytes(Int16Array.from([1, -2])));
    expect([...bytes]).toEqual([1, 0, 0xfe, 0xff]);
  });
});

describe('rmsLevel', () => {
  it('is zero for silence and about 0.35 for a half-scale sine', () => {
    expect(rmsLevel(new Float32Array(128))).toBe(0);
    expect(rmsLevel(sine(440, 48_000, 4_800))).toBeCloseTo(0.5 / Math.SQRT2, 2);
  });
});
