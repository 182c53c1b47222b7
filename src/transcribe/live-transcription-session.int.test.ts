import { beforeAll, describe, expect, it } from 'vitest';
import { decodeWav, floatToPcm16, toMono16k } from '../audio/index.js';
import { checkSpeechTools } from '../audio/testing/index.js';
import { systemClock } from '../core/index.js';
import { createOpenAiTranscriber } from './engines/openai/openai-transcriber.js';
import { LiveTranscriptionSession } from './live-transcription-session.js';
import type { LiveTranscriptEvent } from './live-transcription-session.js';
import { startFakeSttServer } from './testing/fake-stt-server.js';
import { synthesizeConsultation } from './testing/synthesize-consultation.js';
import type { SynthesizedConsultation } from './testing/synthesize-consultation.js';

const tools = await checkSpeechTools();
if (!tools.available) console.warn(`skipping live session integration tests: ${tools.reason}`);

const frameBytes = 1600 * 2; // 100 ms of 16 kHz 16-bit mono
const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * A browser-side client: sends frames while connected, buffers them while the connection is down,
 * and after reconnecting resends from the server's `receivedSeconds`.
 */
class FakeClient {
  readonly received: LiveTranscriptEvent[] = [];
  #detach: (() => void) | undefined;
  #sentBytes = 0;
  constructor(private readonly session: LiveTranscriptionSession) {}
  connect(): LiveTranscriptEvent[] {
    const replay: LiveTranscriptEvent[] = [];
    let replaying = true;
    this.#detach = this.session.attach((event) => {
      (replaying ? replay : this.received).push(event);
    });
    replaying = false;
    const status = replay.find((event) => event.type === 'status');
    if (status?.type === 'status') this.#sentBytes = Math.round(status.receivedSeconds * 16000) * 2;
    return replay;
  }
  drop(): void {
    this.#detach?.();
    this.#detach = undefined;
  }
  get connected(): boolean {
    return this.#detach !== undefined;
  }
  /** Sends what the server has not yet received, up to `availableBytes` of the recording. */
  send(recording: Uint8Array, availableBytes: number): void {
    if (!this.connected) return;
    while (this.#sentBytes < availableBytes) {
      const end = Math.min(this.#sentBytes + frameBytes, availableBytes);
      this.session.pushPcm16(recording.subarray(this.#sentBytes, end));
      this.#sentBytes = end;
    }
  }
}

describe.skipIf(!tools.available)('live transcription of a synthesized consultation', () => {
  let consultation: SynthesizedConsultation;
  let pcm: Uint8Array;
  beforeAll(async () => {
    consultation = await synthesizeConsultation({ turns: 8, format: { sampleRate: 16000 } });
    pcm = floatToPcm16(toMono16k(decodeWav(consultation.wav)));
  }, 120_000);

  it('streams in 100 ms frames through a dropped connection and ends with the complete transcript', async () => {
    const texts = consultation.turns.map((turn) => turn.text);
    const server = await startFakeSttServer({ script: texts });
    try {
      const session = new LiveTranscriptionSession({
        transcriber: createOpenAiTranscriber({
          baseUrl: server.baseUrl,
          model: 'nb-whisper-medium',
          timeoutMs: 10_000,
        }),
        clock: systemClock,
      });
      const client = new FakeClient(session);
      expect(client.connect()).toEqual([
        { type: 'status', status: 'recording', receivedSeconds: 0 },
      ]);
      const totalFrames = Math.ceil(pcm.length / frameBytes);
      const dropAt = Math.floor(totalFrames * 0.4);
      const reconnectAt = Math.floor(totalFrames * 0.6);
      let replay: LiveTranscriptEvent[] = [];
      for (let frame = 1; frame <= totalFrames; frame++) {
        if (frame === dropAt) client.drop();
        if (frame === reconnectAt) replay = client.connect();
        // The microphone produces 100 ms per step whether or not the connection is up.
        client.send(pcm, Math.min(frame * frameBytes, pcm.length));
        await tick();
        // Real time gives the engine 100 ms per frame; here it gets a little, and more (up to 2 s)
        // when more than a few seconds of finished speech wait, so a loaded CI machine behaves
        // like a clinic server whose engine keeps up.
        for (let waited = 0; waited < 2000 && session.stats.pendingSeconds > 12; waited += 5) {
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      const streamedSegments = client.received.filter((event) => event.type === 'segment');
      expect(streamedSegments.length).toBeGreaterThan(0); // transcript grew while recording

      // The reconnect first delivered the segments transcribed so far, in order, then the status.
      const replayedSegments = replay.filter(
        (event): event is Extract<LiveTranscriptEvent, { type: 'segment' }> =>
          event.type === 'segment',
      );
      expect(replayedSegments.length).toBeGreaterThan(0);
      expect(replayedSegments.map((event) => event.index)).toEqual(
        replayedSegments.map((_, index) => index),
      );
      expect(replay.at(-1)).toMatchObject({ type: 'status' });

      const transcript = await session.stop();
      expect(transcript.segments.map((segment) => segment.text)).toEqual(texts);
      expect(session.receivedSeconds * 16000).toBe(pcm.length / 2); // nothing lost in the drop
      transcript.segments.forEach((segment, index) => {
        expect(
          Math.abs((segment.start ?? NaN) - (consultation.utterances[index]?.start ?? NaN)),
        ).toBeLessThan(0.15);
      });
      expect(client.received.at(-1)).toEqual({ type: 'done', transcript });
      // Everything the client saw, replay included, adds up to the final transcript.
      const seen = new Map<number, string>();
      for (const event of [...replay, ...client.received]) {
        if (event.type === 'segment') seen.set(event.index, event.segment.text);
      }
      expect([...seen.entries()].sort((a, b) => a[0] - b[0]).map(([, text]) => text)).toEqual(
        texts,
      );
      expect(server.requests.every((request) => request.responseFormat === 'verbose_json')).toBe(
        true,
      );
      session.erase();
    } finally {
      await server.close();
    }
  }, 60_000);
});
