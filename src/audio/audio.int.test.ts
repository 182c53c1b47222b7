import { beforeAll, describe, expect, it } from 'vitest';
import { InvalidInputError } from '../core/index.js';
import { decodeWav } from './decode-wav.js';
import { toMono16k } from './resample.js';
import { detectSpeech } from './speech-segmenter.js';
import {
  checkSpeechTools,
  convertAudio,
  generateTone,
  rmsDb,
  synthesizeSpeech,
  tonePowerDb,
  zeroCrossingFrequency,
} from './testing/index.js';
import type { SynthesizedSpeech, WavOutputFormat } from './testing/index.js';

const tools = await checkSpeechTools();
if (!tools.available) console.warn(`skipping audio integration tests: ${tools.reason}`);

const parts = [
  { silenceSeconds: 0.6 },
  { text: 'Hei, hva kan jeg hjelpe deg med i dag?' },
  { silenceSeconds: 1.2 },
  { text: 'Jeg har hatt vondt i halsen siden mandag.' },
  { silenceSeconds: 0.9 },
  { text: 'Har du hatt feber?' },
  { silenceSeconds: 1.5 },
  { text: 'Ja, litt over trettiåtte grader i går kveld.' },
  { silenceSeconds: 0.8 },
] as const;

const formats: (WavOutputFormat & { name: string })[] = [
  { name: '8 kHz 16-bit mono', sampleRate: 8000, bits: 16 },
  { name: '16 kHz 16-bit mono', sampleRate: 16000, bits: 16 },
  { name: '22.05 kHz 24-bit stereo', sampleRate: 22050, bits: 24, channels: 2 },
  {
    name: '44.1 kHz 32-bit float stereo',
    sampleRate: 44100,
    bits: 32,
    encoding: 'floating-point',
    channels: 2,
  },
  { name: '48 kHz 32-bit integer mono', sampleRate: 48000, bits: 32 },
];

const middle = (samples: Float32Array): Float32Array =>
  samples.subarray(Math.floor(samples.length * 0.1), Math.floor(samples.length * 0.9));

describe.skipIf(!tools.available)('audio pipeline on espeak-ng speech converted by sox', () => {
  const synthesized = new Map<string, SynthesizedSpeech>();
  beforeAll(async () => {
    for (const format of formats)
      synthesized.set(format.name, await synthesizeSpeech({ parts, format }));
  }, 120_000);

  it.each(formats)('decodes $name with the right rate, channels and duration', (format) => {
    const speech = synthesized.get(format.name);
    if (speech === undefined) throw new Error('not synthesized');
    const decoded = decodeWav(speech.wav);
    expect(decoded.sampleRate).toBe(format.sampleRate);
    expect(decoded.channels).toHaveLength(format.channels ?? 1);
    expect(decoded.format.bitsPerSample).toBe(format.bits);
    expect(decoded.duration).toBeCloseTo(speech.duration, 1);
  });

  it.each(formats)('finds the pauses where they were made in $name', (format) => {
    const speech = synthesized.get(format.name);
    if (speech === undefined) throw new Error('not synthesized');
    const samples = toMono16k(decodeWav(speech.wav));
    const regions = detectSpeech(samples);
    expect(regions).toHaveLength(speech.utterances.length);
    regions.forEach((region, index) => {
      const truth = speech.utterances[index];
      expect(Math.abs(region.start - (truth?.start ?? NaN))).toBeLessThan(0.1);
      expect(Math.abs(region.end - (truth?.end ?? NaN))).toBeLessThan(0.15);
    });
  });

  it('decodes a streaming WAV whose size fields are placeholders', async () => {
    const speech = await synthesizeSpeech({
      parts: parts.slice(0, 3),
      format: { sampleRate: 16000 },
    });
    const streamed = speech.wav.slice();
    const view = new DataView(streamed.buffer);
    view.setUint32(4, 0xffffffff, true);
    view.setUint32(40, 0xffffffff, true);
    const decoded = decodeWav(streamed);
    expect(decoded.format.sizeFieldsRepaired).toBe(true);
    expect(decoded.channels[0]?.length).toBe(decodeWav(speech.wav).channels[0]?.length);
  });

  it('refuses Ogg and FLAC made by sox with a message naming WAV', async () => {
    const speech = synthesized.get('16 kHz 16-bit mono');
    if (speech === undefined) throw new Error('not synthesized');
    for (const type of ['ogg', 'flac']) {
      const other = await convertAudio({ input: speech.wav, outputType: type });
      expect(() => decodeWav(other)).toThrow(InvalidInputError);
      expect(() => decodeWav(other)).toThrow(/is not accepted.*Referent accepts WAV/);
    }
  });
});

describe.skipIf(!tools.available)('resampling sox-made tones', () => {
  it.each([
    { sampleRate: 8000, bits: 16 as const },
    { sampleRate: 22050, bits: 24 as const },
    { sampleRate: 44100, bits: 16 as const, channels: 2 as const },
    { sampleRate: 48000, bits: 32 as const, encoding: 'floating-point' as const },
  ])('keeps a 440 Hz tone at 440 Hz from $sampleRate Hz', async (format) => {
    const tone = await generateTone({ frequency: 440, seconds: 2, format });
    const samples = toMono16k(decodeWav(tone));
    expect(samples.length).toBeCloseTo(32000, -1);
    expect(zeroCrossingFrequency(middle(samples), 16000)).toBeCloseTo(440, 0);
    expect(tonePowerDb(middle(samples), 16000, 440)).toBeGreaterThan(-7);
  });

  it('attenuates an 11 kHz tone from 44.1 kHz instead of folding it to 5 kHz', async () => {
    const tone = await generateTone({
      frequency: 11000,
      seconds: 2,
      format: { sampleRate: 44100 },
    });
    const decoded = decodeWav(tone);
    expect(rmsDb(middle(decoded.channels[0] ?? new Float32Array(0)))).toBeGreaterThan(-10);
    const samples = toMono16k(decoded);
    expect(tonePowerDb(middle(samples), 16000, 5000)).toBeLessThan(-60);
    expect(rmsDb(middle(samples))).toBeLessThan(-55);
  });
});
