import { open, type FileHandle } from 'node:fs/promises';
import { WavStreamDecoder } from '../audio/index.js';
import { InvalidInputError, type Transcript } from '../core/index.js';
import { transcribeAudioStream, type Transcriber } from '../transcribe/index.js';

/** Bytes read from a WAV file at a time. */
const defaultBlockBytes = 64 * 1024;

/** How `openWavFile` reads: the longest recording accepted, and the read size. */
export interface WavFileOptions {
  /** Longest recording accepted, in seconds (`REFERENT_MAX_AUDIO_SECONDS`). */
  readonly maxSeconds: number;
  /** Bytes read at a time; 64 KiB by default. */
  readonly blockBytes?: number;
}

/**
 * A WAV file opened for streaming, its header already read and checked. The sound is read block
 * by block only as fast as `blocks()` is consumed (issue 14: `referent transcribe` read the whole
 * file into memory, and refused files over 64 MB).
 */
export interface WavFile {
  /**
   * The file's sound as 16 kHz mono blocks, read as they are taken; closes the file when done.
   * Throws the same refusals as `decodeWav` (too long, no samples) when the file reaches them.
   */
  blocks(): AsyncGenerator<Float32Array, void, undefined>;
  /** The consumer reports what it holds of the sound, so `peakHeldBytes` covers the whole path. */
  noteConsumerHeld(bytes: number): void;
  /**
   * The most bytes of the file's content held at once: the block being read, what the decoder
   * keeps between blocks, the samples not yet taken, and what the consumer reported holding.
   */
  readonly peakHeldBytes: number;
  /** Bytes read from the file so far. */
  readonly bytesRead: number;
  /** Closes the file (also done by `blocks()` at its end); safe to call twice. */
  close(): Promise<void>;
}

const unreadable = () =>
  new InvalidInputError('cannot read the audio file (check the path and permissions)');

/**
 * Opens a WAV file and reads it up to the end of its header, which is checked before anything
 * else happens (a wrong file is refused before a speech model is loaded). Errors are English, for
 * the operator, and never name the path or the content: an unreadable file, a file that is not
 * WAV (naming MP3, Ogg, … when recognised), a truncated header, or a sample format Referent does
 * not take all throw `InvalidInputError` (exit code 1).
 */
export async function openWavFile(path: string, options: WavFileOptions): Promise<WavFile> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch {
    throw unreadable();
  }
  const blockBytes = options.blockBytes ?? defaultBlockBytes;
  // The file is read whole whatever its size: only its duration is limited here, since memory
  // no longer grows with the file.
  const decoder = new WavStreamDecoder({
    maxBytes: Number.MAX_SAFE_INTEGER,
    maxSeconds: options.maxSeconds,
  });
  let closed = false;
  let bytesRead = 0;
  let blockHeld = 0;
  let waitingBytes = 0;
  let consumerHeld = 0;
  let peakHeldBytes = 0;
  const notePeak = () => {
    peakHeldBytes = Math.max(
      peakHeldBytes,
      blockHeld + decoder.heldBytes + waitingBytes + consumerHeld,
    );
  };
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  /** The next block's samples; undefined at the end of the file. */
  const readBlock = async (): Promise<Float32Array | undefined> => {
    const block = new Uint8Array(blockBytes);
    let read: number;
    try {
      ({ bytesRead: read } = await handle.read(block, 0, blockBytes, null));
    } catch {
      throw unreadable();
    }
    if (read === 0) return undefined;
    bytesRead += read;
    blockHeld = read;
    const samples = decoder.push(block.subarray(0, read));
    notePeak();
    blockHeld = 0;
    return samples;
  };

  // The header and the first samples first (a file without sound is refused here too); the
  // samples read so far wait for `blocks()`.
  const waiting: Float32Array[] = [];
  let ended = false;
  try {
    while (waiting.length === 0) {
      const samples = await readBlock();
      if (samples === undefined) {
        // Throws what `decodeWav` throws for this file when it has no header or no samples.
        const last = decoder.end();
        ended = true;
        if (last.length > 0) waiting.push(last);
        break;
      }
      if (samples.length > 0) waiting.push(samples);
    }
  } catch (error) {
    await close();
    throw error;
  }
  waitingBytes = waiting.reduce((sum, samples) => sum + samples.byteLength, 0);

  return {
    async *blocks() {
      try {
        for (let samples = waiting.shift(); samples !== undefined; samples = waiting.shift()) {
          waitingBytes -= samples.byteLength;
          yield samples;
        }
        while (!ended) {
          const samples = await readBlock();
          if (samples === undefined) break;
          waitingBytes = samples.byteLength;
          notePeak();
          if (samples.length > 0) yield samples;
          waitingBytes = 0;
        }
        if (!ended) {
          const last = decoder.end();
          if (last.length > 0) yield last;
        }
      } finally {
        await close();
      }
    },
    noteConsumerHeld(bytes) {
      consumerHeld = bytes;
      notePeak();
    },
    get peakHeldBytes() {
      return peakHeldBytes;
    },
    get bytesRead() {
      return bytesRead;
    },
    close,
  };
}

/**
 * Transcribes an opened WAV file as it is read (`transcribeAudioStream`): the engine gets the same
 * chunks as for the whole file, and the next block is read only while the engine keeps up, so a
 * two-hour file holds a few megabytes, not the file.
 */
export async function transcribeWavFile(
  file: WavFile,
  transcriber: Transcriber,
  options: { readonly signal?: AbortSignal } = {},
): Promise<Transcript> {
  try {
    return await transcribeAudioStream(file.blocks(), transcriber, {
      ...(options.signal === undefined ? {} : { signal: options.signal }),
      onHeld: (samples) => {
        file.noteConsumerHeld(samples * Float32Array.BYTES_PER_ELEMENT);
      },
    });
  } finally {
    await file.close();
  }
}
