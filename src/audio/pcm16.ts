import { InvalidInputError } from '../core/index.js';

function invalidFrame(): InvalidInputError {
  return new InvalidInputError(
    'a PCM frame must hold whole 16-bit little-endian samples (even byte length)',
    {
      userMessage: 'Lydrammen er ugyldig: forventet 16-bit PCM, 16 kHz mono.',
    },
  );
}

/**
 * Converts a frame of 16-bit little-endian PCM (the live WebSocket format) to floats in [-1, 1].
 * Works on frames at any byte offset (WebSocket libraries hand out slices of pooled buffers).
 * Throws `InvalidInputError` for an odd byte length.
 */
export function pcm16ToFloat(frame: Uint8Array): Float32Array {
  if (frame.length % 2 !== 0) throw invalidFrame();
  const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
  const output = new Float32Array(frame.length / 2);
  for (let index = 0; index < output.length; index++)
    output[index] = view.getInt16(index * 2, true) / 32768;
  return output;
}

/** Like `pcm16ToFloat`, but keeps the integers (half the memory of floats, lossless). */
export function pcm16ToInt16(frame: Uint8Array): Int16Array {
  if (frame.length % 2 !== 0) throw invalidFrame();
  const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
  const output = new Int16Array(frame.length / 2);
  for (let index = 0; index < output.length; index++)
    output[index] = view.getInt16(index * 2, true);
  return output;
}

/** Floats in [-1, 1] to 16-bit integers (clipped, rounded). */
export function floatToInt16(samples: Float32Array): Int16Array {
  const output = new Int16Array(samples.length);
  for (let index = 0; index < samples.length; index++) {
    const value = Math.max(-1, Math.min(1, samples[index] as number));
    output[index] = Math.round(value < 0 ? value * 32768 : value * 32767);
  }
  return output;
}

/** 16-bit little-endian PCM bytes (the live WebSocket format) from floats. */
export function floatToPcm16(samples: Float32Array): Uint8Array {
  const integers = floatToInt16(samples);
  const bytes = new Uint8Array(integers.length * 2);
  const view = new DataView(bytes.buffer);
  for (let index = 0; index < integers.length; index++)
    view.setInt16(index * 2, integers[index] as number, true);
  return bytes;
}
