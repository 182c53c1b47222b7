import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeWav, toMono16k } from '../../audio/index.js';
import { checkSpeechTools, synthesizeSpeech } from '../../audio/testing/index.js';
import type { PcmAudio, Transcriber } from '../transcriber.js';

export interface TranscriberContractOptions {
  /** Run the checks that need espeak-ng speech (skipped with a message when the tools are absent
   * outside CI). True by default. */
  readonly speech?: boolean;
  /** Per-test timeout for engines that are slow on CPU; 60 s by default. */
  readonly timeoutMs?: number;
}

const silence = (seconds: number): PcmAudio => ({
  samples: new Float32Array(seconds * 16000),
  sampleRate: 16000,
});

/**
 * The `Transcriber` contract (see `transcriber.ts`), run against every engine:
 * `runTranscriberContractSuite('openai', () => createOpenAiTranscriber(…))`.
 * `makeTranscriber` is called once, in `beforeAll`, after any outer `beforeAll` (start servers there).
 */
export function runTranscriberContractSuite(
  name: string,
  makeTranscriber: () => Transcriber | Promise<Transcriber>,
  options: TranscriberContractOptions = {},
): void {
  const timeout = options.timeoutMs ?? 60_000;
  describe(`Transcriber contract: ${name}`, () => {
    let transcriber: Transcriber;
    let speech: { audio: PcmAudio; duration: number } | undefined;
    let speechSkipReason: string | undefined;

    beforeAll(async () => {
      transcriber = await makeTranscriber();
      if (options.speech === false) return;
      const tools = await checkSpeechTools();
      if (!tools.available) {
        speechSkipReason = tools.reason;
        console.warn(`Transcriber contract ${name}: speech checks skipped: ${tools.reason}`);
        return;
      }
      const synthesized = await synthesizeSpeech({
        parts: [
          { silenceSeconds: 0.5 },
          { text: 'Hei, hva kan jeg hjelpe deg med i dag?' },
          { silenceSeconds: 1 },
          { text: 'Jeg har hatt vondt i halsen i tre dager.' },
          { silenceSeconds: 0.5 },
        ],
        format: { sampleRate: 16000 },
      });
      speech = {
        audio: { samples: toMono16k(decodeWav(synthesized.wav)), sampleRate: 16000 },
        duration: synthesized.duration,
      };
    }, timeout * 2);

    afterAll(async () => {
      await transcriber.dispose?.();
    });

    it('describes itself with an engine kind and a model name', () => {
      expect(['whisper', 'openai']).toContain(transcriber.info.kind);
      expect(transcriber.info.model.length).toBeGreaterThan(0);
    });

    it(
      'returns no segments for empty audio',
      async () => {
        const result = await transcriber.transcribe({
          samples: new Float32Array(0),
          sampleRate: 16000,
        });
        expect(result.segments).toEqual([]);
      },
      timeout,
    );

    it(
      'returns no segments for silence',
      async () => {
        const result = await transcriber.transcribe(silence(2));
        expect(result.segments).toEqual([]);
      },
      timeout,
    );

    it(
      'transcribes speech into ordered, trimmed segments with times inside the audio',
      async (context) => {
        if (speech === undefined) {
          context.skip(speechSkipReason ?? 'speech checks disabled');
          return;
        }
        const result = await transcriber.transcribe(speech.audio, { language: 'no' });
        expect(result.segments.length).toBeGreaterThan(0);
        let previousStart = 0;
        for (const segment of result.segments) {
          expect(segment.text).toBe(segment.text.trim());
          expect(segment.text.length).toBeGreaterThan(0);
          expect(segment.start).toBeGreaterThanOrEqual(previousStart);
          expect(segment.end).toBeGreaterThanOrEqual(segment.start);
          expect(segment.end).toBeLessThanOrEqual(speech.duration + 0.5);
          previousStart = segment.start;
        }
      },
      timeout,
    );

    it(
      'rejects when the call is cancelled before it starts',
      async () => {
        const controller = new AbortController();
        controller.abort();
        await expect(
          transcriber.transcribe(silence(1), { signal: controller.signal }),
        ).rejects.toThrow();
      },
      timeout,
    );

    it(
      'can be disposed twice',
      async () => {
        const second = await makeTranscriber();
        await second.dispose?.();
        await expect(Promise.resolve(second.dispose?.())).resolves.toBeUndefined();
      },
      timeout,
    );
  });
}
