/**
 * AudioWorklet processor: copies the microphone's first channel to the main thread in blocks of
 * 1024 samples (the render quantum is 128, too many messages). Runs in the audio thread.
 */

declare const sampleRate: number;
declare function registerProcessor(name: string, processor: new () => unknown): void;
declare class AudioWorkletProcessor {
  readonly port: MessagePort;
}

const blockSize = 1024;

class CaptureProcessor extends AudioWorkletProcessor {
  #buffer = new Float32Array(blockSize);
  #filled = 0;

  constructor() {
    super();
    this.port.postMessage({ type: 'ready', sampleRate });
  }

  process(inputs: Float32Array[][]): boolean {
    const channel = inputs[0]?.[0];
    if (channel === undefined) return true;
    let offset = 0;
    while (offset < channel.length) {
      const count = Math.min(blockSize - this.#filled, channel.length - offset);
      this.#buffer.set(channel.subarray(offset, offset + count), this.#filled);
      this.#filled += count;
      offset += count;
      if (this.#filled === blockSize) {
        this.port.postMessage(this.#buffer, [this.#buffer.buffer]);
        this.#buffer = new Float32Array(blockSize);
        this.#filled = 0;
      }
    }
    return true;
  }
}

registerProcessor('referent-capture', CaptureProcessor);
