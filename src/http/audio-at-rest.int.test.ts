import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { encodeWav, pcm16ToFloat } from '../audio/index.js';
import { toSpeechEngine } from '../capabilities.js';
import { loadConfig } from '../config/index.js';
import { systemClock } from '../core/index.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { LiveTranscriptionSession } from '../transcribe/index.js';
import { createFakeTranscriber } from '../transcribe/testing/index.js';

const rate = 16000;
const masterKey = Buffer.alloc(32, 5);

/** `seconds` of 16-bit PCM: 2 s bursts of noise (each window unique) and 1 s of near silence. */
function recordingPcm(seconds: number, seed: number): Buffer {
  const samples = new Int16Array(seconds * rate);
  let state = seed;
  for (let index = 0; index < samples.length; index++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const loud = index % (3 * rate) < 2 * rate;
    samples[index] = Math.round((state / 2147483648 - 0.5) * (loud ? 16000 : 20));
  }
  return Buffer.from(samples.buffer);
}

/** 64-byte windows from the loud parts, spread over the whole recording. */
function windowsOf(pcm: Buffer): Buffer[] {
  const windows: Buffer[] = [];
  for (let second = 0; second * rate * 2 < pcm.length; second += 3) {
    for (const offset of [0.1, 0.9, 1.7]) {
      const start = Math.round((second + offset) * rate) * 2;
      if (start + 64 <= pcm.length) windows.push(pcm.subarray(start, start + 64));
    }
  }
  return windows;
}

/** Files under `directory` holding any of `windows`, as raw bytes (database, WAL, keys, …). */
function filesHoldingAudio(directory: string, windows: readonly Buffer[]): string[] {
  const hits: string[] = [];
  for (const entry of readdirSync(directory, { recursive: true })) {
    const path = join(directory, String(entry));
    if (!statSync(path).isFile()) continue;
    const bytes = readFileSync(path);
    const found = windows.filter((window) => bytes.includes(window)).length;
    if (found > 0) hits.push(`${String(entry)}: ${found} of ${windows.length} windows`);
  }
  return hits;
}

/** The live gauges of `GET /metrics`, read as an admin. */
async function liveGauges(test: TestApp): Promise<Record<string, number>> {
  const admin = await test.login('drift', 'admin');
  const response = await test.app.server.inject({
    method: 'GET',
    url: '/metrics',
    headers: { authorization: `Bearer ${admin}` },
  });
  expect(response.statusCode).toBe(200);
  const gauges: Record<string, number> = {};
  for (const line of response.body.split('\n')) {
    const [name, value] = line.split(' ');
    if (name?.startsWith('referent_live_') === true) gauges[name] = Number(value);
  }
  return gauges;
}

async function waitFor(predicate: () => boolean): Promise<void> {
  // Polls for a state; the assertions never depend on how long it took.
  for (let attempt = 0; attempt < 2000 && !predicate(); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  expect(predicate()).toBe(true);
}

describe('recorded audio never reaches disk as plaintext (issue 14, design §5)', () => {
  let test: TestApp;
  let url: string;
  let token: string;
  const scratch = mkdtempSync(join(tmpdir(), 'referent-audio-at-rest-'));

  beforeAll(async () => {
    const engine = createFakeTranscriber();
    test = await createTestApp({
      env: { REFERENT_MASTER_KEY: masterKey.toString('base64') },
      capabilities: {
        speech: {
          parseTranscript() {
            throw new Error('not used');
          },
          ...toSpeechEngine(engine, loadConfig({}), systemClock),
        },
        createLiveSession: () =>
          new LiveTranscriptionSession({ transcriber: engine, clock: systemClock }),
      },
    });
    url = (await test.app.server.listen({ host: '127.0.0.1', port: 0 })).replace('http', 'ws');
    token = await test.login('lege');
  });
  afterAll(async () => {
    await test.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('finds the audio when it is on disk (the search works)', () => {
    const pcm = recordingPcm(30, 3);
    writeFileSync(join(scratch, 'control.wav'), encodeWav(pcm16ToFloat(pcm), rate));
    expect(filesHoldingAudio(scratch, windowsOf(pcm))).toEqual([
      `control.wav: ${windowsOf(pcm).length} of ${windowsOf(pcm).length} windows`,
    ]);
  });

  it('keeps a live recording off disk while it runs, once it is stored, and after erasure', async () => {
    const pcm = recordingPcm(30, 17);
    const windows = windowsOf(pcm);
    const id = await test.createConsultation(token);
    const messages: { type: string }[] = [];
    const socket = new WebSocket(`${url}/api/v1/consultations/${id}/stream`, {
      headers: { authorization: `Bearer ${token}` },
    });
    socket.on('message', (data: Buffer) => {
      messages.push(JSON.parse(data.toString('utf8')) as { type: string });
    });
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    for (let offset = 0; offset < pcm.length; offset += 3200) {
      socket.send(pcm.subarray(offset, offset + 3200));
    }
    await waitFor(() => messages.filter((message) => message.type === 'segment').length >= 5);
    expect(filesHoldingAudio(test.dataDir, windows)).toEqual([]); // mid-recording
    // Held in memory meanwhile, and reported (no content): at most what is not yet transcribed.
    const during = await liveGauges(test);
    expect(during['referent_live_sessions']).toBe(1);
    expect(during['referent_live_audio_held_bytes']).toBeGreaterThanOrEqual(0);
    expect(during['referent_live_audio_held_bytes']).toBeLessThan(pcm.length);

    const closed = new Promise<number>((resolve) => socket.once('close', resolve));
    socket.send(JSON.stringify({ type: 'stop' }));
    expect(await closed).toBe(1000);
    expect(messages.some((message) => message.type === 'done')).toBe(true);
    expect(filesHoldingAudio(test.dataDir, windows)).toEqual([]); // transcript stored
    expect(await liveGauges(test)).toEqual({
      referent_live_sessions: 0,
      referent_live_audio_held_bytes: 0,
    });

    const erased = await test.app.server.inject({
      method: 'DELETE',
      url: `/api/v1/consultations/${id}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(erased.statusCode).toBe(204);
    expect(filesHoldingAudio(test.dataDir, windows)).toEqual([]);
  }, 60_000);

  it('keeps an uploaded WAV off disk, before and after erasure', async () => {
    const pcm = recordingPcm(30, 29);
    const windows = windowsOf(pcm);
    const id = await test.createConsultation(token);
    const headers = { authorization: `Bearer ${token}` };
    const uploaded = await test.app.server.inject({
      method: 'POST',
      url: `/api/v1/consultations/${id}/audio`,
      headers: { ...headers, 'content-type': 'audio/wav' },
      payload: Buffer.from(encodeWav(pcm16ToFloat(pcm), rate)),
    });
    expect(uploaded.statusCode, uploaded.body).toBeLessThan(300);
    expect(filesHoldingAudio(test.dataDir, windows)).toEqual([]);
    const erased = await test.app.server.inject({
      method: 'DELETE',
      url: `/api/v1/consultations/${id}`,
      headers,
    });
    expect(erased.statusCode).toBe(204);
    expect(filesHoldingAudio(test.dataDir, windows)).toEqual([]);
  }, 60_000);
});
