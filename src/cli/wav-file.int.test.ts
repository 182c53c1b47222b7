import { closeSync, ftruncateSync, openSync, statSync, writeSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeWav, floatToPcm16 } from '../audio/index.js';
import { sineTone } from '../audio/testing/index.js';
import { createFakeTranscriber, startFakeSttServer } from '../transcribe/testing/index.js';
import { createCliScratch } from './testing/index.js';
import { openWavFile, transcribeWavFile } from './wav-file.js';

const scratch = createCliScratch('referent-wav-file-');
afterAll(() => {
  scratch.remove();
});

const rate = 16000;

/**
 * A mono 16-bit WAV of `seconds` at 16 kHz: silence (a sparse file, so a two-hour recording costs
 * no disk) with a tone burst of `burstSeconds` every `everySeconds`, starting at `everySeconds / 2`.
 */
function writeLongWav(
  name: string,
  options: { seconds: number; everySeconds: number; burstSeconds: number },
): { path: string; bursts: number[] } {
  const path = scratch.write(name, '');
  const dataBytes = options.seconds * rate * 2;
  const header = encodeWav(new Float32Array(0), rate);
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  view.setUint32(4, 36 + dataBytes, true);
  view.setUint32(40, dataBytes, true);
  const burst = floatToPcm16(
    sineTone({ frequency: 220, seconds: options.burstSeconds, sampleRate: rate, amplitude: 0.4 }),
  );
  const bursts: number[] = [];
  const descriptor = openSync(path, 'w');
  try {
    writeSync(descriptor, header, 0, header.byteLength, 0);
    ftruncateSync(descriptor, header.byteLength + dataBytes);
    for (
      let start = options.everySeconds / 2;
      start + options.burstSeconds < options.seconds;
      start += options.everySeconds
    ) {
      writeSync(descriptor, burst, 0, burst.byteLength, header.byteLength + start * rate * 2);
      bursts.push(start);
    }
  } finally {
    closeSync(descriptor);
  }
  return { path, bursts };
}

describe('referent transcribe streams the file (issue 14)', () => {
  it('transcribes a two-hour recording while holding under 8 MB of it at once (the file is 230 MB)', async () => {
    const { path, bursts } = writeLongWav('two-hours.wav', {
      seconds: 2 * 60 * 60,
      everySeconds: 300,
      burstSeconds: 20,
    });
    const size = statSync(path).size;
    expect(size).toBeGreaterThan(200 * 1024 * 1024);

    const file = await openWavFile(path, { maxSeconds: 3 * 60 * 60 });
    const transcriber = createFakeTranscriber();
    const transcript = await transcribeWavFile(file, transcriber);

    // Every byte was read and every burst heard, in order, where it was said.
    expect(file.bytesRead).toBe(size);
    expect(transcript.segments).toHaveLength(bursts.length);
    transcript.segments.forEach((segment, index) => {
      expect(segment.start).toBeCloseTo(bursts[index] as number, 0);
    });
    // Counted by the reader: the block in hand, the decoder, and what the transcriber keeps.
    expect(file.peakHeldBytes).toBeGreaterThan(20 * rate * 4); // a whole burst was held
    expect(file.peakHeldBytes).toBeLessThan(8 * 1024 * 1024);
  }, 120_000);

  it('holds the same amount for a 20-minute file as for a two-hour one (it does not grow)', async () => {
    const short = writeLongWav('twenty-minutes.wav', {
      seconds: 20 * 60,
      everySeconds: 300,
      burstSeconds: 20,
    });
    const file = await openWavFile(short.path, { maxSeconds: 3 * 60 * 60 });
    await transcribeWavFile(file, createFakeTranscriber());
    const long = writeLongWav('eighty-minutes.wav', {
      seconds: 80 * 60,
      everySeconds: 300,
      burstSeconds: 20,
    });
    const longFile = await openWavFile(long.path, { maxSeconds: 3 * 60 * 60 });
    await transcribeWavFile(longFile, createFakeTranscriber());
    expect(longFile.peakHeldBytes).toBeLessThanOrEqual(file.peakHeldBytes * 1.1);
  }, 120_000);
});

describe('referent transcribe FILE: operator messages and exit codes', () => {
  const refused = async (bytes: Uint8Array | string, name: string) => {
    const path = scratch.write(name, '');
    const descriptor = openSync(path, 'w');
    writeSync(descriptor, typeof bytes === 'string' ? Buffer.from(bytes) : bytes);
    closeSync(descriptor);
    // No model is loaded: the header is checked first.
    const result = await scratch.run([
      'transcribe',
      path,
      '--engine',
      'whisper',
      '--model',
      `${scratch.path}/no-model.bin`,
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toContain(scratch.path);
    return result.stderr;
  };
  const header = encodeWav(new Float32Array(0), rate);

  it('names a file that is not WAV, and what is accepted', async () => {
    expect(await refused('Lege: Hva gjelder det?\n', 'notat.wav')).toMatch(
      /not a WAV file\. Referent accepts WAV \(RIFF\/WAVE\) with PCM 16-, 24- or 32-bit/,
    );
    expect(await refused(new Uint8Array([0x4f, 0x67, 0x67, 0x53, 0, 2, 0, 0]), 'x.wav')).toMatch(
      /Ogg audio is not accepted/,
    );
  });

  it('refuses a truncated header, an empty file and a file with no samples', async () => {
    expect(await refused(header.subarray(0, 30), 'cut.wav')).toMatch(
      /The WAV format header is truncated or corrupt/,
    );
    expect(await refused(new Uint8Array(0), 'empty.wav')).toMatch(/The audio file is empty/);
    expect(await refused(header, 'no-samples.wav')).toMatch(/contains no audio samples/);
  });

  it('refuses 8-bit samples, naming the formats it takes', async () => {
    const eightBit = new Uint8Array(header.byteLength + 800);
    eightBit.set(header);
    const view = new DataView(eightBit.buffer);
    view.setUint32(28, rate, true); // byte rate
    view.setUint16(32, 1, true); // block align
    view.setUint16(34, 8, true); // bits per sample
    view.setUint32(40, 800, true);
    expect(await refused(eightBit, 'eight-bit.wav')).toMatch(
      /8-bit integer samples are not accepted\. Referent accepts WAV/,
    );
  });

  it('says a missing file cannot be read, without echoing its path', async () => {
    const result = await scratch.run([
      'transcribe',
      `${scratch.path}/pasient-kari-nordmann.wav`,
      '--engine',
      'whisper',
      '--model',
      `${scratch.path}/no-model.bin`,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cannot read the audio file/);
    expect(result.stderr).not.toMatch(/kari|nordmann/i);
  });

  it('transcribes a file over the old 64 MB limit, and refuses one over the duration limit', async () => {
    const server = await startFakeSttServer({ script: ['Hei, hva kan jeg hjelpe deg med?'] });
    try {
      const env = {
        REFERENT_STT_ENGINE: 'openai',
        REFERENT_STT_BASE_URL: server.baseUrl,
        REFERENT_STT_MODEL: 'whisper-1',
      };
      const { path } = writeLongWav('forty-minutes.wav', {
        seconds: 40 * 60,
        everySeconds: 40 * 60,
        burstSeconds: 5,
      });
      expect(statSync(path).size).toBeGreaterThan(64 * 1024 * 1024);
      const result = await scratch.run(['transcribe', path], { env });
      expect(result.code, result.stderr).toBe(0);
      const transcript = JSON.parse(result.stdout) as { segments: { text: string }[] };
      expect(transcript.segments.map((segment) => segment.text)).toEqual([
        'Hei, hva kan jeg hjelpe deg med?',
      ]);

      const tooLong = await scratch.run(['transcribe', path], {
        env: { ...env, REFERENT_MAX_AUDIO_SECONDS: '600' },
      });
      expect(tooLong.code).toBe(1);
      expect(tooLong.stderr).toMatch(/longer than the limit of 10 minutes/);
    } finally {
      await server.close();
    }
  }, 60_000);
});
