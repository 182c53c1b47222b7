import { InvalidInputError, PayloadTooLargeError } from '../core/index.js';

/** Limits on accepted recordings; both are configuration (issue 5). */
export interface AudioLimits {
  /** Largest accepted file in bytes. */
  readonly maxBytes: number;
  /** Longest accepted recording in seconds. */
  readonly maxSeconds: number;
}

/** 200 MB and three hours: a long consultation in 48 kHz stereo 16-bit is about 2 GB, so uploads of
 * that kind are refused by size first; 16 kHz mono 16-bit is 115 MB for three hours. */
export const defaultAudioLimits: AudioLimits = {
  maxBytes: 200 * 1024 * 1024,
  maxSeconds: 3 * 60 * 60,
};

/** How the samples were stored in the file. */
export interface WavFormat {
  readonly encoding: 'pcm-integer' | 'float';
  readonly bitsPerSample: 16 | 24 | 32;
  readonly channelCount: 1 | 2;
  /** True when the RIFF or data size fields were placeholders (a streaming writer). */
  readonly sizeFieldsRepaired: boolean;
}

/** Decoded audio: one Float32Array per channel, samples in [-1, 1]. */
export interface DecodedAudio {
  readonly sampleRate: number;
  readonly channels: readonly Float32Array[];
  readonly format: WavFormat;
  /** Duration in seconds. */
  readonly duration: number;
}

const acceptedDescription =
  'Referent accepts WAV (RIFF/WAVE) with PCM 16-, 24- or 32-bit integer or 32-bit float samples, 8–48 kHz, mono or stereo';
const acceptedDescriptionNorwegian =
  'Referent tar imot WAV-filer med PCM 16, 24 eller 32 bit heltall eller 32 bit flyttall, 8–48 kHz, mono eller stereo';

const minimumSampleRate = 8000;
const maximumSampleRate = 48000;

const formatPcm = 1;
const formatFloat = 3;
const formatExtensible = 0xfffe;

/** A refused WAV: English `message` naming what is accepted, Norwegian `userMessage`. */
export function unsupported(problem: string, norwegianProblem: string): InvalidInputError {
  return new InvalidInputError(`${problem}. ${acceptedDescription}.`, {
    userMessage: `${norwegianProblem}. ${acceptedDescriptionNorwegian}.`,
    issues: [problem],
  });
}

/** Recognises common non-WAV containers by their magic bytes, to name them in the error. */
export function sniffOtherFormat(bytes: Uint8Array): string | undefined {
  const ascii = (start: number, length: number): string =>
    String.fromCharCode(...bytes.subarray(start, start + length));
  if (ascii(0, 3) === 'ID3') return 'MP3';
  if (bytes.length >= 2 && bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0)
    return 'MP3 or AAC';
  if (ascii(0, 4) === 'OggS') return 'Ogg';
  if (ascii(0, 4) === 'fLaC') return 'FLAC';
  if (bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3)
    return 'WebM/Matroska';
  if (ascii(4, 4) === 'ftyp') return 'MP4/M4A';
  if (ascii(0, 4) === 'FORM') return 'AIFF';
  if (ascii(0, 4) === 'RF64') return 'RF64';
  return undefined;
}

function describeDuration(seconds: number, language: 'en' | 'nb'): string {
  if (seconds < 120) return `${Math.round(seconds)} ${language === 'en' ? 'seconds' : 'sekunder'}`;
  return `${Math.round(seconds / 60)} ${language === 'en' ? 'minutes' : 'minutter'}`;
}

/** The refusal of a recording longer than `maxSeconds`. */
export function recordingTooLong(maxSeconds: number): InvalidInputError {
  return new InvalidInputError(
    `The recording is longer than the limit of ${describeDuration(maxSeconds, 'en')}`,
    {
      userMessage: `Opptaket er for langt (grensen er ${describeDuration(maxSeconds, 'nb')}).`,
      issues: ['audio too long'],
    },
  );
}

function isPlaceholderSize(size: number, remaining: number): boolean {
  // Streaming writers (browsers' MediaRecorder polyfills, arecord, ffmpeg to a pipe) write 0,
  // 0xFFFFFFFF or 0x7FFFFFFF and never come back to fix them.
  return size === 0 || size === 0xffffffff || size === 0x7fffffff || size > remaining;
}

/** What the header of a WAV file says, checked: what `decodeWav` and `WavStreamDecoder` accept. */
export interface WavHeader {
  readonly encoding: 'pcm-integer' | 'float';
  readonly channelCount: 1 | 2;
  readonly sampleRate: number;
  readonly bitsPerSample: 16 | 24 | 32;
  /** Byte offset of the first sample. */
  readonly dataStart: number;
  /** Declared bytes of samples; undefined when the size is a placeholder (read to the end). */
  readonly dataLength: number | undefined;
  /** True when the RIFF size field was a placeholder. */
  readonly sizeFieldsRepaired: boolean;
}

/**
 * Reads the header of a WAV file up to the start of its samples, and checks it. With
 * `complete: false`, `bytes` is only the start of the file (a stream): answers undefined while
 * more bytes are needed to decide. Throws the same refusals as `decodeWav`.
 */
export function parseWavHeader(
  bytes: Uint8Array,
  options: { readonly complete: boolean },
): WavHeader | undefined {
  const { complete } = options;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ascii = (start: number, length: number): string =>
    String.fromCharCode(...bytes.subarray(start, start + length));

  if (bytes.length < 12 && !complete) return undefined;
  if (bytes.length < 12 || ascii(0, 4) !== 'RIFF' || ascii(8, 4) !== 'WAVE') {
    const other = bytes.length >= 4 ? sniffOtherFormat(bytes) : undefined;
    if (other !== undefined) {
      throw unsupported(`${other} audio is not accepted`, `Lydformatet ${other} støttes ikke`);
    }
    throw unsupported('The file is not a WAV file', 'Filen er ikke en WAV-fil');
  }
  // A stream's RIFF size cannot be checked against the file's length; it is not needed to decode.
  const sizeFieldsRepaired =
    complete && isPlaceholderSize(view.getUint32(4, true), bytes.length - 8);

  let fmt:
    | {
        encoding: 'pcm-integer' | 'float';
        channelCount: number;
        sampleRate: number;
        bitsPerSample: number;
        blockAlign: number;
      }
    | undefined;
  let dataStart = -1;
  let dataLength: number | undefined = 0;
  let offset = 12;
  while (offset + 8 <= bytes.length) {
    const id = ascii(offset, 4);
    const declaredSize = view.getUint32(offset + 4, true);
    const bodyStart = offset + 8;
    const remaining = bytes.length - bodyStart;
    if (id === 'fmt ') {
      if (!complete && remaining < 16) return undefined;
      if (!complete && remaining < 40 && view.getUint16(bodyStart, true) === formatExtensible)
        return undefined;
      if (declaredSize < 16 || remaining < 16) {
        throw unsupported('The WAV format header is truncated or corrupt', 'WAV-hodet er ødelagt');
      }
      let formatTag = view.getUint16(bodyStart, true);
      const channelCount = view.getUint16(bodyStart + 2, true);
      const sampleRate = view.getUint32(bodyStart + 4, true);
      const blockAlign = view.getUint16(bodyStart + 12, true);
      const bitsPerSample = view.getUint16(bodyStart + 14, true);
      if (formatTag === formatExtensible) {
        // WAVE_FORMAT_EXTENSIBLE: the real format is the first two bytes of the SubFormat GUID.
        if (declaredSize < 40 || remaining < 40) {
          throw unsupported(
            'The WAV format header is truncated or corrupt',
            'WAV-hodet er ødelagt',
          );
        }
        formatTag = view.getUint16(bodyStart + 24, true);
      }
      if (formatTag !== formatPcm && formatTag !== formatFloat) {
        throw unsupported(
          'The WAV file uses a compressed or unknown sample format',
          'WAV-filen bruker et komprimert eller ukjent lydformat',
        );
      }
      fmt = {
        encoding: formatTag === formatPcm ? 'pcm-integer' : 'float',
        channelCount,
        sampleRate,
        bitsPerSample,
        blockAlign,
      };
      offset = bodyStart + declaredSize + (declaredSize % 2);
      continue;
    }
    if (id === 'data') {
      dataStart = bodyStart;
      // In a stream, a declared size beyond what arrives ends at the stream's end anyway.
      dataLength =
        isPlaceholderSize(declaredSize, complete ? remaining : Infinity) ||
        (complete && declaredSize > remaining)
          ? undefined
          : declaredSize;
      break;
    }
    if (declaredSize > remaining) {
      if (!complete) return undefined;
      break;
    }
    offset = bodyStart + declaredSize + (declaredSize % 2);
  }
  if (dataStart < 0 && !complete) return undefined;

  if (fmt === undefined) {
    throw unsupported('The WAV file has no format header', 'WAV-filen mangler formatbeskrivelse');
  }
  if (dataStart < 0) {
    throw unsupported('The WAV file has no audio data', 'WAV-filen inneholder ikke lyd');
  }
  const { encoding, channelCount, sampleRate, bitsPerSample } = fmt;
  if (channelCount !== 1 && channelCount !== 2) {
    throw unsupported(
      `The WAV file has ${channelCount} channels`,
      `WAV-filen har ${channelCount} kanaler`,
    );
  }
  if (
    !Number.isInteger(sampleRate) ||
    sampleRate < minimumSampleRate ||
    sampleRate > maximumSampleRate
  ) {
    throw unsupported(
      `The sample rate ${sampleRate} Hz is outside 8–48 kHz`,
      `Samplingsfrekvensen ${sampleRate} Hz er utenfor 8–48 kHz`,
    );
  }
  const validBits =
    encoding === 'float'
      ? bitsPerSample === 32
      : bitsPerSample === 16 || bitsPerSample === 24 || bitsPerSample === 32;
  if (!validBits) {
    const kind = encoding === 'float' ? 'float' : 'integer';
    throw unsupported(
      `${bitsPerSample}-bit ${kind} samples are not accepted`,
      `${bitsPerSample} bit ${encoding === 'float' ? 'flyttall' : 'heltall'} støttes ikke`,
    );
  }
  if (fmt.blockAlign !== (bitsPerSample / 8) * channelCount) {
    throw unsupported('The WAV format header is inconsistent', 'WAV-hodet er inkonsistent');
  }
  return {
    encoding,
    channelCount,
    sampleRate,
    bitsPerSample: bitsPerSample as 16 | 24 | 32,
    dataStart,
    dataLength,
    sizeFieldsRepaired,
  };
}

/**
 * Parses a WAV file into float channels.
 *
 * Tolerates streaming headers whose RIFF and data sizes are placeholders (0, 0xFFFFFFFF, or larger
 * than the file): the data then runs to the end of the file, cut to whole sample frames.
 * Throws `InvalidInputError` (plain English `message` naming what is accepted, Norwegian
 * `userMessage`) for anything else, and `PayloadTooLargeError` above `limits.maxBytes`.
 * Messages never echo file content.
 */
export function decodeWav(bytes: Uint8Array, limits: Partial<AudioLimits> = {}): DecodedAudio {
  const maxBytes = limits.maxBytes ?? defaultAudioLimits.maxBytes;
  const maxSeconds = limits.maxSeconds ?? defaultAudioLimits.maxSeconds;
  if (bytes.length === 0) {
    throw unsupported('The audio file is empty', 'Lydfilen er tom');
  }
  if (bytes.length > maxBytes) throw new PayloadTooLargeError(maxBytes);
  const header = parseWavHeader(bytes, { complete: true });
  if (header === undefined) throw new Error('a complete file always parses or throws');
  const { encoding, channelCount, sampleRate, bitsPerSample } = header;
  const dataStart = header.dataStart;
  const dataLength = header.dataLength ?? bytes.length - dataStart;
  const sizeFieldsRepaired = header.sizeFieldsRepaired || header.dataLength === undefined;
  const frameBytes = (bitsPerSample / 8) * channelCount;
  const frameCount = Math.floor(dataLength / frameBytes);
  if (frameCount === 0) {
    throw unsupported('The WAV file contains no audio samples', 'WAV-filen inneholder ingen lyd');
  }
  const duration = frameCount / sampleRate;
  if (duration > maxSeconds) throw recordingTooLong(maxSeconds);
  const channels = decodeSamples(bytes.subarray(dataStart), header, frameCount);
  return {
    sampleRate,
    channels,
    duration,
    format: {
      encoding,
      bitsPerSample: bitsPerSample,
      channelCount: channelCount,
      sizeFieldsRepaired,
    },
  };
}

/**
 * Decodes `frameCount` interleaved sample frames from the start of `bytes` into one Float32Array
 * per channel, in [-1, 1].
 */
export function decodeSamples(
  bytes: Uint8Array,
  format: Pick<WavHeader, 'encoding' | 'bitsPerSample' | 'channelCount'>,
  frameCount: number,
): Float32Array[] {
  const { encoding, bitsPerSample, channelCount } = format;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bytesPerSample = bitsPerSample / 8;
  const frameBytes = bytesPerSample * channelCount;
  const channels: Float32Array[] = [];
  for (let channel = 0; channel < channelCount; channel++)
    channels.push(new Float32Array(frameCount));
  for (let channel = 0; channel < channelCount; channel++) {
    const target = channels[channel] as Float32Array;
    let position = channel * bytesPerSample;
    if (encoding === 'float') {
      for (let frame = 0; frame < frameCount; frame++, position += frameBytes) {
        const value = view.getFloat32(position, true);
        // NaN and infinities in a corrupt float file become silence rather than poisoning filters.
        target[frame] = Number.isFinite(value) ? Math.max(-1, Math.min(1, value)) : 0;
      }
    } else if (bitsPerSample === 16) {
      for (let frame = 0; frame < frameCount; frame++, position += frameBytes) {
        target[frame] = view.getInt16(position, true) / 32768;
      }
    } else if (bitsPerSample === 24) {
      for (let frame = 0; frame < frameCount; frame++, position += frameBytes) {
        const value =
          (bytes[position] as number) |
          ((bytes[position + 1] as number) << 8) |
          ((bytes[position + 2] as number) << 16);
        target[frame] = ((value << 8) >> 8) / 8388608;
      }
    } else {
      for (let frame = 0; frame < frameCount; frame++, position += frameBytes) {
        target[frame] = view.getInt32(position, true) / 2147483648;
      }
    }
  }
  return channels;
}
