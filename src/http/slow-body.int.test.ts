import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { asRawText } from '../core/index.js';
import { createHearingSpeech } from '../testing/fakes.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';

/**
 * Opens a raw connection, sends the headers of an authenticated JSON POST announcing a body, and
 * only the first bytes of it; collects whatever the server answers until it closes the connection.
 */
function startSlowPost(options: {
  port: number;
  path: string;
  token: string;
  /** An audio upload of this many bytes instead of the JSON body. */
  audioBytes?: number;
}): {
  readonly answer: Promise<{ text: string; closedAfterMs: number }>;
  readonly socket: Socket;
} {
  const started = performance.now();
  const socket = connect({ host: '127.0.0.1', port: options.port });
  const body = JSON.stringify({
    template: 'journalnotat',
    consent: { given: true, method: 'muntlig' },
  });
  const audio = options.audioBytes !== undefined;
  socket.write(
    [
      `POST ${options.path} HTTP/1.1`,
      'host: 127.0.0.1',
      `authorization: Bearer ${options.token}`,
      `content-type: ${audio ? 'audio/wav' : 'application/json'}`,
      `content-length: ${options.audioBytes ?? Buffer.byteLength(body)}`,
      '',
      audio ? 'RIFF' : body.slice(0, 10),
    ].join('\r\n'),
  );
  const answer = new Promise<{ text: string; closedAfterMs: number }>((resolve) => {
    let text = '';
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      resolve({ text, closedAfterMs: performance.now() - started });
    });
  });
  return { answer, socket };
}

describe('slow request bodies (issue 14)', { timeout: 60_000 }, () => {
  let test: TestApp | undefined;
  let sockets: Socket[] = [];
  afterEach(async () => {
    for (const socket of sockets) socket.destroy();
    sockets = [];
    await test?.close();
    test = undefined;
  });

  it('serves others at once while authenticated clients trickle bodies, then cuts those with 408 and stores nothing', async () => {
    test = await createTestApp({
      env: { REFERENT_CONCURRENT_REQUESTS: '2', REFERENT_BODY_IDLE_TIMEOUT_SECONDS: '3' },
    });
    const token = await test.login('treg-lege');
    const other = await test.login('rask-lege');
    const address = await test.app.server.listen({ host: '127.0.0.1', port: 0 });
    const port = Number(new URL(address).port);
    // Twice as many slow senders as there are admission slots.
    const slow = Array.from({ length: 4 }, () =>
      startSlowPost({ port, path: '/api/v1/consultations', token }),
    );
    sockets = slow.map((upload) => upload.socket);
    await new Promise((resolve) => setTimeout(resolve, 300));

    const started = performance.now();
    const headers = { authorization: `Bearer ${other}`, 'content-type': 'application/json' };
    const me = await fetch(`${address}/api/v1/auth/me`, { headers });
    const created = await fetch(`${address}/api/v1/consultations`, {
      method: 'POST',
      headers: { ...headers, 'x-referent-request': '1' },
      body: JSON.stringify({
        template: 'journalnotat',
        consent: { given: true, method: 'muntlig' },
      }),
    });
    const servedAfterMs = performance.now() - started;
    expect(me.status).toBe(200);
    expect(created.status).toBe(201);
    // Well before any slow body is cut off (3 s): the slow senders hold no admission slot.
    expect(servedAfterMs).toBeLessThan(2_000);

    const answers = await Promise.all(slow.map((upload) => upload.answer));
    for (const answer of answers) {
      expect(answer.text).toMatch(/^HTTP\/1\.1 408 /);
      expect(answer.text).toMatch(/Ingenting ble lagret/);
      // Cut after the idle time-out, not after the 5-minute request time-out.
      expect(answer.closedAfterMs).toBeLessThan(10_000);
    }
    const list = await fetch(`${address}/api/v1/consultations`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(((await list.json()) as { consultations: unknown[] }).consultations).toEqual([]);
  });

  it('cuts off a stalled authenticated audio upload with 408 and frees its upload slot', async () => {
    test = await createTestApp({
      env: { REFERENT_MAX_AUDIO_UPLOADS: '1', REFERENT_BODY_IDLE_TIMEOUT_SECONDS: '1' },
      capabilities: {
        speech: createHearingSpeech({
          segments: [{ speaker: 'lege', text: asRawText('Hvor lenge har hosten vart?') }],
        }),
      },
    });
    const token = await test.login('lyd-lege');
    const id = await test.createConsultation(token);
    const address = await test.app.server.listen({ host: '127.0.0.1', port: 0 });
    const stalled = startSlowPost({
      port: Number(new URL(address).port),
      path: `/api/v1/consultations/${id}/audio`,
      token,
      audioBytes: 200_000,
    });
    sockets = [stalled.socket];
    const answer = await stalled.answer;
    expect(answer.text).toMatch(/^HTTP\/1\.1 408 /);
    expect(answer.closedAfterMs).toBeLessThan(8_000);
    const consultation = await fetch(`${address}/api/v1/consultations/${id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(((await consultation.json()) as { status: string }).status).toBe('created');
    // The single upload slot is free again: the next upload is not told to come back later.
    const next = await fetch(`${address}/api/v1/consultations/${id}/audio`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'audio/wav' },
      body: Buffer.from('ikke en wav-fil'),
    });
    expect(next.status).not.toBe(503);
  });

  it('still accepts a body that arrives slowly but steadily', async () => {
    test = await createTestApp({ env: { REFERENT_BODY_IDLE_TIMEOUT_SECONDS: '1' } });
    const token = await test.login('jevn-lege');
    const address = await test.app.server.listen({ host: '127.0.0.1', port: 0 });
    const body = JSON.stringify({
      template: 'journalnotat',
      consent: { given: true, method: 'muntlig' },
    });
    const socket = connect({ host: '127.0.0.1', port: Number(new URL(address).port) });
    sockets = [socket];
    let text = '';
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    socket.write(
      [
        'POST /api/v1/consultations HTTP/1.1',
        'host: 127.0.0.1',
        `authorization: Bearer ${token}`,
        'content-type: application/json',
        `content-length: ${Buffer.byteLength(body)}`,
        'connection: close',
        '',
        '',
      ].join('\r\n'),
    );
    // Two pieces 600 ms apart: under the 1 s idle limit, so nothing is cut.
    const half = Math.floor(body.length / 2);
    socket.write(body.slice(0, half));
    await new Promise((resolve) => setTimeout(resolve, 600));
    socket.write(body.slice(half));
    await new Promise((resolve) => socket.on('close', resolve));
    expect(text).toMatch(/^HTTP\/1\.1 201 /);
  });
});
