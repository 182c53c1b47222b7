/**
 * Microphone samples to the live-audio wire format (docs/api.md): 16 kHz mono little-endian
 * 16-bit PCM. Browsers capture at 44.1 or 48 kHz; this resamples by linear interpolation, carrying
 * the fractional position across calls so frame boundaries leave no clicks or drift.
 */

export const targetSampleRate = 16_000;

export interface Pcm16Encoder {
  /** Converts the next block of float samples (−1…1) to 16 kHz PCM16. */
  push(samples: Float32Array): Int16Array;
}

export function createPcm16Encoder(inputSampleRate: number): Pcm16Encoder {
  if (!(inputSampleRate > 0)) throw new RangeError('sample rate must be positive');
  const step = inputSampleRate / targetSampleRate;
  // Position of the next output sample, in input samples, relative to the current block.
  let position = 0;
  let previous = 0;
  return {
    push(samples: Float32Array): Int16Array {
      const output: number[] = [];
      // Index -1 is the last sample of the previous block, so interpolation spans block edges.
      const at = (index: number): number => (index < 0 ? previous : (samples[index] ?? 0));
      // Both neighbours must be known: the last sample waits for the next block.
      while (Math.floor(position) < samples.length - 1) {
        const base = Math.floor(position);
        const fraction = position - base;
        const value = at(base) + (at(base + 1) - at(base)) * fraction;
        output.push(toInt16(value));
        position += step;
      }
      position -= samples.length;
      if (samples.length > 0) previous = samples[samples.length - 1] ?? 0;
      return Int16Array.from(output);
    },
  };
}

function toInt16(value: number): number {
  const clamped = Math.max(-1, Math.min(1, value));
  return clamped < 0 ? Math.round(clamped * 0x8000) : Math.round(clamped * 0x7fff);
}

/** Root-mean-square level of a block, 0…1, for the level meter. */
export function rmsLevel(samples: Float32Array): number {
  if (samples.length === 0) return 0;
  let sum = 0;
  for (const sample of samples) sum += sample * sample;
  return Math.min(1, Math.sqrt(sum / samples.length));
}

/** Little-endian bytes of PCM16 samples, as the WebSocket expects regardless of the CPU's order. */
export function toLittleEndianBytes(samples: Int16Array): ArrayBuffer {
  const buffer = new ArrayBuffer(samples.length * 2);
  const view = new DataView(buffer);
  for (const [index, sample] of samples.entries()) view.setInt16(index * 2, sample, true);
  return buffer;
}
