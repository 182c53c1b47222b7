import { request as httpRequest, type IncomingMessage } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeWav } from '../audio/index.js';
import { asRawText } from '../core/index.js';
import { createHearingSpeech, createScriptedLiveSession } from '../testing/fakes.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';

/** An engine that always hears the same sentence. */
const speech = createHearingSpeech({
  segments: [{ speaker: 'lege', text: asRawText('Hvordan har søvnen vært siden sist?') }],
});

/** Sends headers that announce `declaredBytes` and only `sentBytes` of body; resolves on the answer. */
function startUpload(options: {
  url: string;
  path: string;
  headers: Record<string, string>;
  declaredBytes: number;
  sentBytes: number;
}): { response: Promise<IncomingMessage>; abort: () => void } {
  const { hostname, port } = new URL(options.url);
  const request = httpRequest({
    hostname,
    port,
    path: options.path,
    method: 'POST',
    headers: { ...options.headers, 'content-length': String(options.declaredBytes) },
  });
  const response = new Promise<IncomingMessage>((resolve, reject) => {
    request.on('response', (answer) => {
      answer.resume();
      resolve(answer);
    });
    request.on('error', reject);
  });
  // The slow uploads the test gives up on end in a reset; that is expected.
  response.catch(() => undefined);
  request.write(Buffer.alloc(options.sentBytes));
  return {
    response,
    abort: () => {
      request.destroy();
    },
  };
}

const within = <T>(promise: Promise<T>, milliseconds: number): Promise<T | 'timed-out'> =>
  Promise.race([
    promise,
    new Promise<'timed-out'>((resolve) =>
      setTimeout(() => {
        resolve('timed-out');
      }, milliseconds),
    ),
  ]);

describe('request guards (issue 14)', () => {
  let test: TestApp;
  let token: string;
  let url: string;
  const auth = () => ({ authorization: `Bearer ${token}` });

  beforeEach(async () => {
    test = await createTestApp({
      // A live session that takes every frame and transcribes nothing.
      capabilities: {
        speech,
        createLiveSession: () => createScriptedLiveSession({ segments: [] }),
      },
    });
    token = await test.login('lege-h');
    url = await test.app.server.listen({ host: '127.0.0.1', port: 0 });
  });
  afterEach(async () => {
    await test.close();
  });

  const createConsultation = () => test.createConsultation(token);

  it('refuses an anonymous 300 MiB upload before reading its body', async () => {
    const upload = startUpload({
      url,
      path: '/api/v1/consultations/00000000-0000-4000-8000-000000000000/audio',
      headers: { 'content-type': 'audio/wav' },
      declaredBytes: 300 * 1024 * 1024,
      sentBytes: 64 * 1024,
    });
    const answer = await within(upload.response, 3000);
    upload.abort();
    expect(answer === 'timed-out' ? 'timed-out' : answer.statusCode).toBe(401);
  });

  it('reads an audio-sized body only on the audio route', async () => {
    const upload = startUpload({
      url,
      path: '/api/v1/consultations',
      headers: { ...auth(), 'content-type': 'audio/wav' },
      declaredBytes: 200 * 1024 * 1024,
      sentBytes: 64 * 1024,
    });
    const answer = await within(upload.response, 3000);
    upload.abort();
    expect(answer === 'timed-out' ? 'timed-out' : answer.statusCode).toBe(415);
  });

  it('lets only a few audio uploads be read at once and asks the rest to come back', async () => {
    const id = await createConsultation();
    const slow = [0, 1].map(() =>
      startUpload({
        url,
        path: `/api/v1/consultations/${id}/audio`,
        headers: { ...auth(), 'content-type': 'audio/wav' },
        declaredBytes: 100 * 1024 * 1024,
        sentBytes: 1024,
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const third = startUpload({
      url,
      path: `/api/v1/consultations/${id}/audio`,
      headers: { ...auth(), 'content-type': 'audio/wav' },
      declaredBytes: 100 * 1024 * 1024,
      sentBytes: 1024,
    });
    const answer = await within(third.response, 3000);
    for (const upload of [...slow, third]) upload.abort();
    expect(answer === 'timed-out' ? 'timed-out' : answer.statusCode).toBe(503);
    if (answer !== 'timed-out') expect(answer.headers['retry-after']).toBe('5');
  });

  it('answers a malformed session cookie with 401, not a server error', async () => {
    const response = await test.app.server.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: 'referent_session=%E0%A4%A' },
    });
    expect(response.statusCode).toBe(401);
  });

  it('leaves the consultation untouched when the WAV is invalid, and audits a refusal', async () => {
    const id = await createConsultation();
    const response = await test.app.server.inject({
      method: 'POST',
      url: `/api/v1/consultations/${id}/audio`,
      headers: { ...auth(), 'content-type': 'audio/wav' },
      payload: Buffer.from('RIFF____WAVEdata, men ikke lyd i det hele tatt'),
    });
    expect(response.statusCode).toBe(400);
    const consultation = await test.app.server.inject({
      method: 'GET',
      url: `/api/v1/consultations/${id}`,
      headers: auth(),
    });
    expect(consultation.json<{ status: string }>().status).toBe('created');
    const entries = await test.app.audit.list({ limit: 20, consultationId: id });
    const audio = entries.filter((entry) => entry.action === 'audio-added');
    expect(audio.map((entry) => entry.outcome)).toEqual(['refused']);

    // A valid recording afterwards goes through as usual.
    const wav = encodeWav(new Float32Array(16_000).fill(0.1), 16_000);
    const accepted = await test.app.server.inject({
      method: 'POST',
      url: `/api/v1/consultations/${id}/audio`,
      headers: { ...auth(), 'content-type': 'audio/wav' },
      payload: Buffer.from(wav),
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json<{ status: string }>().status).toBe('transcribed');
  });

  it('audits a refused live recording as refused and leaves the consultation as it was', async () => {
    const ids = [
      await createConsultation(),
      await createConsultation(),
      await createConsultation(),
    ];
    const actor = await test.app.auth.authenticate(token);
    for (const id of ids) await test.app.live.open(actor, id);
    const fourth = await createConsultation();
    await expect(test.app.live.open(actor, fourth)).rejects.toThrow(/too many live sessions/);
    const entries = await test.app.audit.list({ limit: 10, consultationId: fourth });
    const opened = entries.filter((entry) => entry.action === 'stream-opened');
    expect(opened.map((entry) => [entry.outcome, entry.detail])).toEqual([
      ['refused', 'too-many-sessions'],
    ]);
    const stored = await test.app.store.consultationsOf(actor.userId).tryGet(fourth);
    expect(stored?.consultation.status).toBe('created');
  });

  it('erases an abandoned live recording so the clinician can start new ones', async () => {
    const actor = await test.app.auth.authenticate(token);
    const ids = [
      await createConsultation(),
      await createConsultation(),
      await createConsultation(),
    ];
    for (const id of ids) {
      const session = await test.app.live.open(actor, id);
      session.attach(() => undefined)(); // connected, then the connection dropped
    }
    const fourth = await createConsultation();
    await expect(test.app.live.open(actor, fourth)).rejects.toThrow(/too many live sessions/);
    test.clock.advance(11 * 60_000);
    await test.app.sweepExpired();
    expect(test.app.live.activeSessions).toBe(0);
    await expect(test.app.live.open(actor, fourth)).resolves.toBeDefined();
  });

  it('makes a client that sends audio far faster than real time wait', async () => {
    const actor = await test.app.auth.authenticate(token);
    const id = await createConsultation();
    const session = await test.app.live.open(actor, id);
    const second = Buffer.alloc(32_000);
    for (let index = 0; index < 120; index++) session.pushPcm16(second);
    expect(test.app.live.waitBeforeMoreMs(id)).toBe(0);
    for (let index = 0; index < 60; index++) session.pushPcm16(second);
    // 60 s over the burst, accepted at twice real time: 30 s to wait.
    expect(test.app.live.waitBeforeMoreMs(id)).toBe(30_000);
    test.clock.advance(30_000);
    expect(test.app.live.waitBeforeMoreMs(id)).toBe(0);
  });
});
