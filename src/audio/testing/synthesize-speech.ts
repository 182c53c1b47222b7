/**
 * Test-only helpers that synthesise Norwegian speech with espeak-ng (voice `nb`) and convert it
 * with sox, so audio tests run on generated, synthetic recordings instead of checked-in files.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { decodeWav } from '../decode-wav.js';
import { encodeWav } from '../encode-wav.js';
import { mixToMono } from '../resample.js';

const run = promisify(execFile);

export type SpeechToolsStatus =
  { readonly available: true } | { readonly available: false; readonly reason: string };

async function hasCommand(command: string, versionArgument: string): Promise<boolean> {
  try {
    await run(command, [versionArgument], { timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether espeak-ng and sox are installed. Outside CI a missing tool lets tests skip with the
 * returned reason; with `CI` set it throws, because CI must run every audio test.
 */
export async function checkSpeechTools(
  environment: NodeJS.ProcessEnv = process.env,
): Promise<SpeechToolsStatus> {
  const missing: string[] = [];
  if (!(await hasCommand('espeak-ng', '--version'))) missing.push('espeak-ng');
  if (!(await hasCommand('sox', '--version'))) missing.push('sox');
  if (missing.length === 0) return { available: true };
  const reason = `audio tests need ${missing.join(' and ')} (apt-get install -y espeak-ng sox)`;
  if (environment['CI'] !== undefined && environment['CI'] !== '') {
    throw new Error(`${reason}; they are required when CI is set`);
  }
  return { available: false, reason };
}

/** Output format; sox converts to it. */
export interface WavOutputFormat {
  readonly sampleRate: number;
  readonly channels?: 1 | 2;
  readonly encoding?: 'signed-integer' | 'floating-point';
  readonly bits?: 16 | 24 | 32;
}

/** A sentence to speak (on `channel` only, when the output is stereo and a channel is given), or a pause. */
export type SynthesisPart =
  { readonly text: string; readonly channel?: 0 | 1 } | { readonly silenceSeconds: number };

export interface SynthesizedUtterance {
  readonly text: string;
  /** Where audible speech begins and ends in the output, in seconds. */
  readonly start: number;
  readonly end: number;
  readonly channel?: 0 | 1;
}

export interface SynthesizedSpeech {
  readonly wav: Uint8Array;
  readonly utterances: readonly SynthesizedUtterance[];
  readonly duration: number;
}

function soxFormatArguments(format: WavOutputFormat): string[] {
  return [
    '-r',
    String(format.sampleRate),
    '-c',
    String(format.channels ?? 1),
    '-e',
    format.encoding ?? 'signed-integer',
    '-b',
    String(format.bits ?? 16),
  ];
}

/**
 * Speaks each text part with espeak-ng (`nb`), inserts the pauses (exact digital silence), and
 * converts the result with sox. Reports where each utterance's audible speech lies, measured on
 * espeak's own output (its silence is exact zeros), for checking a voice-activity detector.
 */
export async function synthesizeSpeech(options: {
  readonly parts: readonly SynthesisPart[];
  readonly format: WavOutputFormat;
  readonly wordsPerMinute?: number;
}): Promise<SynthesizedSpeech> {
  const directory = await mkdtemp(join(tmpdir(), 'referent-speech-'));
  try {
    const espeakRate = 22050;
    const left: Float32Array[] = [];
    const right: Float32Array[] = [];
    const utterances: SynthesizedUtterance[] = [];
    let position = 0;
    let index = 0;
    for (const part of options.parts) {
      if ('silenceSeconds' in part) {
        const silence = new Float32Array(Math.round(part.silenceSeconds * espeakRate));
        left.push(silence);
        right.push(silence);
        position += silence.length;
        continue;
      }
      const file = join(directory, `utterance-${index++}.wav`);
      await run(
        'espeak-ng',
        ['-v', 'nb', '-s', String(options.wordsPerMinute ?? 165), '-w', file, part.text],
        {
          timeout: 60_000,
        },
      );
      const decoded = decodeWav(new Uint8Array(await readFile(file)));
      if (decoded.sampleRate !== espeakRate)
        throw new Error(`espeak-ng produced ${decoded.sampleRate} Hz`);
      const samples = mixToMono(decoded.channels);
      let first = samples.findIndex((value) => Math.abs(value) > 0.01);
      let last = samples.length - 1;
      while (last > 0 && Math.abs(samples[last] as number) <= 0.01) last--;
      if (first < 0) first = 0;
      utterances.push({
        text: part.text,
        start: (position + first) / espeakRate,
        end: (position + last + 1) / espeakRate,
        ...(part.channel === undefined ? {} : { channel: part.channel }),
      });
      const silence = new Float32Array(samples.length);
      left.push(part.channel === 1 ? silence : samples);
      right.push(part.channel === 0 ? silence : samples);
      position += samples.length;
    }
    const join32 = (pieces: Float32Array[]): Float32Array => {
      const output = new Float32Array(position);
      let offset = 0;
      for (const piece of pieces) {
        output.set(piece, offset);
        offset += piece.length;
      }
      return output;
    };
    const leftFile = join(directory, 'left.wav');
    await writeFile(leftFile, encodeWav(join32(left), espeakRate));
    const outputFile = join(directory, 'output.wav');
    const stereoByChannel =
      (options.format.channels ?? 1) === 2 && options.parts.some((part) => 'channel' in part);
    if (stereoByChannel) {
      const rightFile = join(directory, 'right.wav');
      await writeFile(rightFile, encodeWav(join32(right), espeakRate));
      await run(
        'sox',
        ['-M', leftFile, rightFile, ...soxFormatArguments(options.format), outputFile],
        { timeout: 60_000 },
      );
    } else {
      await run('sox', [leftFile, ...soxFormatArguments(options.format), outputFile], {
        timeout: 60_000,
      });
    }
    return {
      wav: new Uint8Array(await readFile(outputFile)),
      utterances,
      duration: position / espeakRate,
    };
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/** A sine tone made by sox (`synth sine`), in the given format. */
export async function generateTone(options: {
  readonly frequency: number;
  readonly seconds: number;
  readonly format: WavOutputFormat;
  /** Linear amplitude, 0.5 by default. */
  readonly amplitude?: number;
}): Promise<Uint8Array> {
  const directory = await mkdtemp(join(tmpdir(), 'referent-tone-'));
  try {
    const file = join(directory, 'tone.wav');
    await run(
      'sox',
      [
        '-n',
        ...soxFormatArguments(options.format),
        file,
        'synth',
        String(options.seconds),
        'sine',
        String(options.frequency),
        'vol',
        String(options.amplitude ?? 0.5),
      ],
      { timeout: 60_000 },
    );
    return new Uint8Array(await readFile(file));
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/** Converts a WAV file to another format with sox (any input sox reads, e.g. `.mp3` needs a handler). */
export async function convertAudio(options: {
  readonly input: Uint8Array;
  readonly inputType?: string;
  readonly outputType: string;
  readonly format?: WavOutputFormat;
}): Promise<Uint8Array> {
  const directory = await mkdtemp(join(tmpdir(), 'referent-convert-'));
  try {
    const inputFile = join(directory, `input.${options.inputType ?? 'wav'}`);
    const outputFile = join(directory, `output.${options.outputType}`);
    await writeFile(inputFile, options.input);
    await run(
      'sox',
      [inputFile, ...(options.format ? soxFormatArguments(options.format) : []), outputFile],
      {
        timeout: 60_000,
      },
    );
    return new Uint8Array(await readFile(outputFile));
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
