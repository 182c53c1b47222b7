import { beforeAll, describe, expect, it } from 'vitest';
import { decodeWav, toChannels16k, toMono16k } from '../audio/index.js';
import { checkSpeechTools } from '../audio/testing/index.js';
import { EngineError } from '../core/index.js';
import { createOpenAiTranscriber } from './engines/openai/openai-transcriber.js';
import { createFakeTranscriber } from './testing/fake-transcriber.js';
import { startFakeSttServer } from './testing/fake-stt-server.js';
import { synthesizeConsultation } from './testing/synthesize-consultation.js';
import type { SynthesizedConsultation } from './testing/synthesize-consultation.js';
import { transcribeAudio } from './transcribe-audio.js';

const tools = await checkSpeechTools();
if (!tools.available) console.warn(`skipping transcribeAudio integration tests: ${tools.reason}`);

describe.skipIf(!tools.available)('transcribeAudio on a synthesized consultation', () => {
  let mono: SynthesizedConsultation;
  let stereo: SynthesizedConsultation;
  beforeAll(async () => {
    mono = await synthesizeConsultation({ turns: 8, format: { sampleRate: 44100, bits: 24 } });
    stereo = await synthesizeConsultation({
      turns: 8,
      stereo: true,
      format: { sampleRate: 48000, channels: 2 },
    });
  }, 120_000);

  it('returns every turn in order with times where it was spoken', async () => {
    const texts = mono.turns.map((turn) => turn.text);
    const engine = createFakeTranscriber({ script: texts });
    const samples = toMono16k(decodeWav(mono.wav));
    const transcript = await transcribeAudio({ samples, sampleRate: 16000 }, engine, {
      maxChunkSeconds: 12,
    });
    expect(transcript.segments.map((segment) => segment.text)).toEqual(texts);
    transcript.segments.forEach((segment, index) => {
      expect(
        Math.abs((segment.start ?? NaN) - (mono.utterances[index]?.start ?? NaN)),
      ).toBeLessThan(0.15);
      expect(Math.abs((segment.end ?? NaN) - (mono.utterances[index]?.end ?? NaN))).toBeLessThan(
        0.2,
      );
    });
    // Chunks respect the limit and several turns share a chunk.
    expect(engine.calls.every((call) => call.seconds <= 12)).toBe(true);
    expect(engine.calls.length).toBeLessThan(texts.length);
    const right = transcript.segments.filter(
      (segment, index) => segment.speaker === mono.turns[index]?.speaker,
    ).length;
    expect(right / texts.length).toBeGreaterThanOrEqual(0.75);
  });

  it('labels every turn correctly from a microphone per speaker', async () => {
    const decoded = decodeWav(stereo.wav);
    const transcript = await transcribeAudio(
      { samples: toMono16k(decoded), sampleRate: 16000 },
      createFakeTranscriber({ script: stereo.turns.map((turn) => turn.text) }),
      { channels: { samples: toChannels16k(decoded), speakers: ['lege', 'pasient'] } },
    );
    expect(transcript.segments.map((segment) => segment.speaker)).toEqual(
      stereo.turns.map((turn) => turn.speaker),
    );
  });

  it('works end to end through the OpenAI-compatible engine, passing the previous text as prompt', async () => {
    const texts = mono.turns.map((turn) => turn.text);
    const server = await startFakeSttServer({ script: texts });
    try {
      const engine = createOpenAiTranscriber({
        baseUrl: server.baseUrl,
        model: 'nb-whisper-medium',
      });
      const samples = toMono16k(decodeWav(mono.wav));
      const transcript = await transcribeAudio({ samples, sampleRate: 16000 }, engine, {
        concurrency: 1,
        maxChunkSeconds: 10,
      });
      expect(transcript.segments.map((segment) => segment.text)).toEqual(texts);
      expect(server.requests.length).toBeGreaterThan(1);
      expect(server.requests[1]?.prompt).toContain(texts[0]?.slice(-20));
    } finally {
      await server.close();
    }
  });

  it('passes an engine failure on as an EngineError', async () => {
    const samples = toMono16k(decodeWav(mono.wav));
    const failing = createFakeTranscriber({ failures: 100 });
    await expect(transcribeAudio({ samples, sampleRate: 16000 }, failing)).rejects.toThrow(
      EngineError,
    );
  });

  it('returns an empty transcript for silence without calling the engine', async () => {
    const engine = createFakeTranscriber();
    const transcript = await transcribeAudio(
      { samples: new Float32Array(16000 * 5), sampleRate: 16000 },
      engine,
    );
    expect(transcript.segments).toEqual([]);
    expect(engine.calls).toHaveLength(0);
  });
});
