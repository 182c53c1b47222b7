import { describe, expect, it } from 'vitest';
import { mixToMono, resample, toMono16k } from './resample.js';
import { rmsDb, sineTone, tonePowerDb, zeroCrossingFrequency } from './testing/index.js';

/** The middle of a signal, away from the filter's edge effects. */
const middle = (samples: Float32Array): Float32Array =>
  samples.subarray(Math.floor(samples.length * 0.1), Math.floor(samples.length * 0.9));

describe('resample', () => {
  it.each([8000, 11025, 22050, 32000, 44100, 48000])(
    'keeps a 1 kHz tone at 1 kHz from %i Hz to 16 kHz',
    (rate) => {
      const output = resample(
        sineTone({ frequency: 1000, sampleRate: rate, seconds: 1 }),
        rate,
        16000,
      );
      expect(output.length).toBe(16000);
      expect(zeroCrossingFrequency(middle(output), 16000)).toBeCloseTo(1000, 0);
      expect(tonePowerDb(middle(output), 16000, 1000)).toBeCloseTo(20 * Math.log10(0.5), 1);
    },
  );

  it.each([
    { rate: 48000, frequency: 10000 },
    { rate: 44100, frequency: 9000 },
    { rate: 22050, frequency: 10500 },
    { rate: 32000, frequency: 12000 },
  ])(
    'attenuates a $frequency Hz tone above the new Nyquist when going from $rate Hz',
    ({ rate, frequency }) => {
      const output = resample(sineTone({ frequency, sampleRate: rate, seconds: 1 }), rate, 16000);
      const alias = 16000 - frequency; // where naive decimation would fold it
      expect(tonePowerDb(middle(output), 16000, alias)).toBeLessThan(-70);
      expect(rmsDb(middle(output))).toBeLessThan(-65);
    },
  );

  it('passes speech-band content at 7 kHz almost unchanged', () => {
    const output = resample(
      sineTone({ frequency: 7000, sampleRate: 48000, seconds: 1 }),
      48000,
      16000,
    );
    expect(tonePowerDb(middle(output), 16000, 7000)).toBeGreaterThan(20 * Math.log10(0.5) - 1);
  });

  it('keeps a constant signal constant (unity gain at DC)', () => {
    const output = resample(new Float32Array(4410).fill(0.25), 44100, 16000);
    expect(middle(output).every((value) => Math.abs(value - 0.25) < 1e-4)).toBe(true);
  });

  it('returns a copy for equal rates and an empty array for empty input', () => {
    const input = new Float32Array([0.1, 0.2]);
    const output = resample(input, 16000, 16000);
    expect(Array.from(output)).toEqual(Array.from(input));
    expect(output).not.toBe(input);
    expect(resample(new Float32Array(0), 44100, 16000)).toHaveLength(0);
  });

  it('refuses non-integer rates', () => {
    expect(() => resample(new Float32Array(10), 44100.5, 16000)).toThrow(/positive integers/);
  });
});

describe('toMono16k', () => {
  it('averages stereo channels and resamples to 16 kHz', () => {
    const left = sineTone({ frequency: 500, sampleRate: 32000, seconds: 0.5 });
    const right = new Float32Array(left.length);
    const output = toMono16k({
      sampleRate: 32000,
      channels: [left, right],
      duration: 0.5,
      format: {
        encoding: 'pcm-integer',
        bitsPerSample: 16,
        channelCount: 2,
        sizeFieldsRepaired: false,
      },
    });
    expect(output).toHaveLength(8000);
    expect(tonePowerDb(middle(output), 16000, 500)).toBeCloseTo(20 * Math.log10(0.25), 1);
    expect(mixToMono([])).toHaveLength(0);
  });
});
