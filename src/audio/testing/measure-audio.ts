/**
 * Measurements for audio tests: a tone's power at a frequency (Goertzel) and its dominant
 * frequency from zero crossings.
 */

/** Power of `frequency` in `samples` relative to a full-scale sine (0 dB), via the Goertzel filter. */
export function tonePowerDb(samples: Float32Array, sampleRate: number, frequency: number): number {
  const omega = (2 * Math.PI * frequency) / sampleRate;
  const coefficient = 2 * Math.cos(omega);
  let previous = 0;
  let beforePrevious = 0;
  for (const sample of samples) {
    const current = sample + coefficient * previous - beforePrevious;
    beforePrevious = previous;
    previous = current;
  }
  const power =
    previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious;
  const amplitude = (2 * Math.sqrt(Math.max(power, 0))) / samples.length;
  return 20 * Math.log10(Math.max(amplitude, 1e-12));
}

/** Frequency estimated from rising zero crossings (for a clean tone). */
export function zeroCrossingFrequency(samples: Float32Array, sampleRate: number): number {
  let first = -1;
  let last = -1;
  let count = 0;
  for (let index = 1; index < samples.length; index++) {
    if ((samples[index - 1] as number) < 0 && (samples[index] as number) >= 0) {
      // Linear interpolation of the crossing point.
      const before = samples[index - 1] as number;
      const after = samples[index] as number;
      const position = index - 1 + -before / (after - before);
      if (first < 0) first = position;
      else count++;
      last = position;
    }
  }
  return count === 0 ? 0 : (count * sampleRate) / (last - first);
}

/** RMS level of samples in dBFS. */
export function rmsDb(samples: Float32Array): number {
  let sum = 0;
  for (const sample of samples) sum += sample * sample;
  return 10 * Math.log10(Math.max(sum / Math.max(samples.length, 1), 1e-24));
}

/** A sine tone as floats. */
export function sineTone(options: {
  frequency: number;
  sampleRate: number;
  seconds: number;
  amplitude?: number;
}): Float32Array {
  const length = Math.round(options.sampleRate * options.seconds);
  const output = new Float32Array(length);
  for (let index = 0; index < length; index++) {
    output[index] =
      (options.amplitude ?? 0.5) *
      Math.sin((2 * Math.PI * options.frequency * index) / options.sampleRate);
  }
  return output;
}
