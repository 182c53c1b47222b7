import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectSpeech, SpeechSegmenter } from './speech-segmenter.js';

const rate = 16000;

/** Deterministic pseudo-random noise (a linear congruential generator), so tests are repeatable. */
function noise(seconds: number, amplitude: number, seed = 1): Float32Array {
  const output = new Float32Array(Math.round(seconds * rate));
  let state = seed;
  for (let index = 0; index < output.length; index++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    output[index] = (state / 2147483648 - 0.5) * 2 * amplitude;
  }
  return output;
}

/** Speech-like bursts: noise in "syllables" of 200 ms whose level dips 20 dB between them. */
function burst(seconds: number, amplitude = 0.3, seed = 7): Float32Array {
  const output = noise(seconds, amplitude, seed);
  for (let index = 0; index < output.length; index++) {
    output[index] =
      (output[index] as number) *
      (0.1 + 0.9 * Math.abs(Math.sin((2 * Math.PI * 2.5 * index) / rate)));
  }
  return output;
}

function concatenate(pieces: Float32Array[], background?: number): Float32Array {
  const length = pieces.reduce((sum, piece) => sum + piece.length, 0);
  const output =
    background === undefined ? new Float32Array(length) : noise(length / rate, background, 99);
  let offset = 0;
  for (const piece of pieces) {
    for (let index = 0; index < piece.length; index++)
      output[offset + index] = (output[offset + index] as number) + (piece[index] as number);
    offset += piece.length;
  }
  return output;
}

const silence = (seconds: number): Float32Array => new Float32Array(Math.round(seconds * rate));

describe('detectSpeech', () => {
  it('finds speech between pauses where they were made', () => {
    const audio = concatenate([
      silence(1),
      burst(2),
      silence(1),
      burst(1.5),
      silence(0.7),
      burst(3),
      silence(0.5),
    ]);
    const regions = detectSpeech(audio);
    expect(regions).toHaveLength(3);
    const expected = [
      [1, 3],
      [4, 5.5],
      [6.2, 9.2],
    ];
    regions.forEach((region, index) => {
      expect(region.start).toBeCloseTo(expected[index]?.[0] ?? NaN, 1);
      expect(region.end).toBeCloseTo(expected[index]?.[1] ?? NaN, 1);
    });
  });

  it('does not cut at pauses shorter than the minimum silence', () => {
    const audio = concatenate([silence(0.5), burst(1), silence(0.3), burst(1), silence(0.6)]);
    expect(detectSpeech(audio)).toHaveLength(1);
    expect(detectSpeech(audio, { minSilenceSeconds: 0.2 })).toHaveLength(2);
  });

  it('ignores steady background noise and finds speech above it', () => {
    const audio = concatenate(
      [silence(3), burst(2, 0.3), silence(2), burst(2, 0.3), silence(1)],
      0.01,
    );
    const regions = detectSpeech(audio);
    expect(regions).toHaveLength(2);
    expect(regions[0]?.start).toBeCloseTo(3, 1);
    expect(regions[1]?.end).toBeCloseTo(9, 1);
  });

  it('finds nothing in silence, in steady noise or in a click', () => {
    expect(detectSpeech(silence(5))).toEqual([]);
    expect(detectSpeech(noise(5, 0.02))).toHaveLength(0);
    expect(detectSpeech(concatenate([silence(1), burst(0.04), silence(1)]))).toEqual([]);
    expect(detectSpeech(new Float32Array(0))).toEqual([]);
  });

  it('cuts speech without pauses before it exceeds the maximum length', () => {
    const regions = detectSpeech(concatenate([silence(1), burst(25), silence(1)]), {
      maxSpeechSeconds: 10,
    });
    expect(regions.length).toBeGreaterThanOrEqual(3);
    for (const region of regions) expect(region.end - region.start).toBeLessThanOrEqual(10.001);
    expect(regions[0]?.start).toBeCloseTo(1, 1);
    expect(Math.abs((regions.at(-1)?.end ?? 0) - 26)).toBeLessThan(0.15);
    for (let index = 1; index < regions.length; index++) {
      expect(regions[index]?.start).toBeCloseTo(regions[index - 1]?.end ?? NaN, 5);
    }
  });

  it('keeps speech that runs to the very end of the audio', () => {
    const regions = detectSpeech(concatenate([silence(1), burst(1.01)]));
    expect(regions).toHaveLength(1);
    expect(regions[0]?.end).toBeCloseTo(2.01, 2);
  });
});

describe('SpeechSegmenter', () => {
  it('gives the same regions whatever the frame sizes of a stream', () => {
    const audio = concatenate([
      silence(0.7),
      burst(1.3),
      silence(0.9),
      burst(0.8, 0.2),
      silence(1.2),
      burst(2.2),
    ]);
    const expected = detectSpeech(audio);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 4000 }), { minLength: 1, maxLength: 20 }),
        (sizes) => {
          const segmenter = new SpeechSegmenter();
          const regions = [];
          let offset = 0;
          let step = 0;
          while (offset < audio.length) {
            const size = sizes[step++ % sizes.length] ?? 1;
            regions.push(...segmenter.push(audio.subarray(offset, offset + size)));
            offset += size;
          }
          regions.push(...segmenter.flush());
          expect(regions).toEqual(expected);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('reports a region as soon as the pause that ends it has been heard', () => {
    const segmenter = new SpeechSegmenter({ minSilenceSeconds: 0.5 });
    expect(segmenter.push(concatenate([silence(0.5), burst(1)]))).toEqual([]);
    expect(segmenter.openRegionStart).toBeCloseTo(0.5, 1);
    expect(segmenter.push(silence(0.3))).toEqual([]);
    const regions = segmenter.push(silence(0.3));
    expect(regions).toHaveLength(1);
    expect(segmenter.openRegionStart).toBeUndefined();
    expect(segmenter.processedSeconds).toBeCloseTo(2.1, 5);
  });

  it('closes the open region on flush and keeps the time axis afterwards', () => {
    const segmenter = new SpeechSegmenter();
    segmenter.push(concatenate([silence(0.5), burst(1)]));
    const [first] = segmenter.flush();
    expect(first?.end).toBeCloseTo(1.5, 1);
    const [second] = [
      ...segmenter.push(concatenate([silence(0.5), burst(1), silence(1)])),
      ...segmenter.flush(),
    ];
    expect(second?.start).toBeCloseTo(2, 1);
  });
});
