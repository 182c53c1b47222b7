import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { checkSpeechTools } from '../audio/testing/index.js';
import { decodeWav, floatToPcm16 } from '../audio/index.js';
import { systemClock } from '../core/index.js';
import { LiveTranscriptionSession } from '../transcribe/index.js';
import {
  createFakeTranscriber,
  synthesizeConsultation,
  type SynthesizedConsultation,
} from '../transcribe/testing/index.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';

interface LiveMessage {
  type: string;
  index?: number;
  segment?: { text: string };
  transcript?: { segments: { text: string }[] };
}

const speechTools = await checkSpeechTools();

describe.skipIf(!speechTools.available)('live audio over the WebSocket', () => {
  let test: TestApp;
  let url: string;
  let token: string;
  let speech: SynthesizedConsultation;
  let pcm: Buffer;

  beforeAll(async () => {
    speech = await synthesizeConsultation({ turns: 6, format: { sampleRate: 16000 } });
    const decoded = decodeWav(speech.wav);
    pcm = Buffer.from(floatToPcm16(decoded.channels[0] ?? new Float32Array()));
    test = await createTestApp({
      capabilities: {
        createLiveSession: () =>
          new LiveTranscriptionSession({
            transcriber: createFakeTranscriber({ script: speech.turns.map((turn) => turn.text) }),
            clock: systemClock,
          }),
      },
    });
    const address = await test.app.server.listen({ host: '127.0.0.1', port: 0 });
    url = address.replace('http://', 'ws://');
    token = await test.login('lege');
  }, 120_000);
  afterAll(async () => {
    await test.close();
  });

  const createConsultation = () => test.createConsultation(token);

  function connect(id: string, messages: LiveMessage[], bearer = token): Promise<WebSocket> {
    const socket = new WebSocket(`${url}/api/v1/consultations/${id}/stream`, {
      headers: { authorization: `Bearer ${bearer}` },
    });
    socket.on('message', (data: Buffer) => {
      messages.push(JSON.parse(data.toString('utf8')) as LiveMessage);
    });
    return new Promise((resolve, reject) => {
      socket.once('open', () => {
        resolve(socket);
      });
      socket.once('unexpected-response', (_request, response) => {
        reject(new Error(`refused with ${String(response.statusCode)}`));
      });
      socket.once('error', reject);
    });
  }

  const frameBytes = 3200; // 100 ms of 16 kHz 16-bit mono
  async function sendFrames(socket: WebSocket, from: number, to: number): Promise<void> {
    for (let offset = from; offset < to; offset += frameBytes) {
      socket.send(pcm.subarray(offset, Math.min(to, offset + frameBytes)));
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  }

  async function waitFor(predicate: () => boolean, milliseconds = 20_000): Promise<void> {
    const deadline = Date.now() + milliseconds;
    while (!predicate()) {
      if (Date.now() > deadline) throw new Error('timed out waiting');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('streams a consultation with a dropped connection, keeps every turn, and stores it encrypted', async () => {
    const id = await createConsultation();
    const first: LiveMessage[] = [];
    const socket = await connect(id, first);
    const dropAt = Math.floor((pcm.length * 0.5) / frameBytes) * frameBytes;
    await sendFrames(socket, 0, dropAt);
    await waitFor(() => first.some((message) => message.type === 'segment'));
    socket.terminate(); // the network drops

    const second: LiveMessage[] = [];
    const resumed = await connect(id, second);
    // The reconnect replays what was transcribed so far.
    await waitFor(() => second.some((message) => message.type === 'segment'));
    await sendFrames(resumed, dropAt, pcm.length);
    const closed = new Promise<number>((resolve) => {
      resumed.once('close', (code) => {
        resolve(code);
      });
    });
    resumed.send(JSON.stringify({ type: 'stop' }));
    expect(await closed).toBe(1000);

    const done = second.find((message) => message.type === 'done');
    expect(done?.transcript?.segments.map((segment) => segment.text)).toEqual(
      speech.turns.map((turn) => turn.text),
    );
    const view = await test.app.server.inject({
      method: 'GET',
      url: `/api/v1/consultations/${id}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(view.json<{ status: string; transcript: { segments: unknown[] } }>()).toMatchObject({
      status: 'transcribed',
    });
    expect(view.json<{ transcript: { segments: unknown[] } }>().transcript.segments).toHaveLength(
      speech.turns.length,
    );
    expect(test.app.live.activeSessions).toBe(0);

    for (const entry of readdirSync(test.dataDir, { recursive: true })) {
      const path = join(test.dataDir, String(entry));
      if (!statSync(path).isFile()) continue;
      const bytes = readFileSync(path);
      for (const turn of speech.turns)
        expect(bytes.includes(Buffer.from(turn.text.slice(0, 24)))).toBe(false);
      expect(bytes.includes(pcm.subarray(pcm.length / 2, pcm.length / 2 + 64))).toBe(false);
    }
  }, 60_000);

  it('erasing the consultation mid-recording removes the audio held in memory', async () => {
    const id = await createConsultation();
    const messages: LiveMessage[] = [];
    const socket = await connect(id, messages);
    await sendFrames(socket, 0, frameBytes * 20);
    await waitFor(() => test.app.live.activeSessions === 1);
    const erased = await test.app.server.inject({
      method: 'DELETE',
      url: `/api/v1/consultations/${id}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(erased.statusCode).toBe(204);
    expect(test.app.live.activeSessions).toBe(0);
    socket.terminate();
  });

  it("refuses another clinician's stream before upgrading, and bad frames without crashing", async () => {
    const id = await createConsultation();
    const intruder = await test.login('lege-b');
    await expect(connect(id, [], intruder)).rejects.toThrow(/refused with 404/);
    await expect(connect(id, [], 'forged')).rejects.toThrow(/refused with 401/);
    const messages: LiveMessage[] = [];
    const socket = await connect(id, messages);
    socket.send(Buffer.alloc(3)); // odd length: not 16-bit PCM
    socket.send('{"type":"dance"}');
    await waitFor(() => messages.filter((message) => message.type === 'error').length >= 2);
    const health = await test.app.server.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(200);
    socket.terminate();
  });
});
