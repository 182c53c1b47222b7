import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeWav, encodeWav } from '../audio/index.js';
import { asRawText } from '../core/index.js';
import type { Speech } from '../consultations/index.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';

/** A real WAV decoder in front of an engine that always hears the same sentence. */
const speech: Speech = {
  parseTranscript() {
    throw new Error('not used');
  },
  // Like a real engine, it gives up when the request's signal says the client went away.
  transcribeWav: async (wav, options) => {
    decodeWav(wav);
    await new Promise((resolve) => setTimeout(resolve, 20));
    if (options.signal?.aborted === true) throw new Error('transcription aborted');
    return {
      segments: [{ speaker: 'pasient', text: asRawText('Det verker mest om natten.') }],
    };
  },
};

const budgetMessage = /Grensen for lyd i denne konsultasjonen er nådd \(høyst 1 minutter/u;

/** 16 kHz mono 16-bit WAV of `seconds` of a quiet tone. */
const wavOf = (seconds: number) =>
  Buffer.from(encodeWav(new Float32Array(16_000 * seconds).fill(0.05), 16_000));

describe('audio budget per consultation (issue 14)', () => {
  let test: TestApp;
  let token: string;
  const auth = () => ({ authorization: `Bearer ${token}` });

  beforeEach(async () => {
    test = await createTestApp({
      capabilities: { speech },
      env: { REFERENT_CONSULTATION_AUDIO_MINUTES: '1' },
    });
    token = await test.login('lege-b');
  });
  afterEach(async () => {
    await test.close();
  });

  async function createConsultation(): Promise<string> {
    const response = await test.app.server.inject({
      method: 'POST',
      url: '/api/v1/consultations',
      headers: auth(),
      payload: { template: 'journalnotat', consent: { given: true, method: 'muntlig' } },
    });
    return response.json<{ id: string }>().id;
  }

  const upload = (id: string, wav: Buffer) =>
    test.app.server.inject({
      method: 'POST',
      url: `/api/v1/consultations/${id}/audio`,
      headers: { ...auth(), 'content-type': 'audio/wav' },
      payload: wav,
    });

  it('counts every upload of a consultation against one budget, with a Norwegian 413', async () => {
    const id = await createConsultation();
    expect((await upload(id, wavOf(40))).statusCode).toBe(200);
    const refused = await upload(id, wavOf(40));
    expect(refused.statusCode).toBe(413);
    expect(refused.json<{ error: { message: string } }>().error.message).toMatch(budgetMessage);
    const entries = await test.app.audit.list({ limit: 20, consultationId: id });
    expect(
      entries.filter((entry) => entry.action === 'audio-added').map((entry) => entry.outcome),
    ).toEqual(['refused', 'success']);
    // Another consultation has a budget of its own.
    expect((await upload(await createConsultation(), wavOf(40))).statusCode).toBe(200);
  });

  it('transcribes an upload sent over a real connection: reading the body does not cancel it', async () => {
    const id = await createConsultation();
    const url = await test.app.server.listen({ host: '127.0.0.1', port: 0 });
    const response = await fetch(`${url}/api/v1/consultations/${id}/audio`, {
      method: 'POST',
      headers: { ...auth(), 'content-type': 'audio/wav' },
      body: wavOf(2),
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Det verker mest om natten.');
  });

  it('refuses an upload over the budget as it arrives, without waiting for the rest', async () => {
    const id = await createConsultation();
    const url = await test.app.server.listen({ host: '127.0.0.1', port: 0 });
    const { hostname, port } = new URL(url);
    // Declares 40 minutes (77 MB, under the 400 MiB upload limit); sends the first 3 MB only.
    const declared = 40 * 60 * 32_000;
    const request = httpRequest({
      hostname,
      port,
      method: 'POST',
      path: `/api/v1/consultations/${id}/audio`,
      headers: { ...auth(), 'content-type': 'audio/wav', 'content-length': String(declared) },
    });
    const answer = new Promise<{ response: IncomingMessage; body: string }>((resolve, reject) => {
      request.on('response', (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => {
          resolve({ response, body });
        });
      });
      request.on('error', reject);
    });
    answer.catch(() => undefined);
    request.write(wavOf(2).subarray(0, 44));
    request.write(Buffer.alloc(3 * 1024 * 1024));
    const result = await Promise.race([
      answer,
      new Promise<'still reading'>((resolve) =>
        setTimeout(() => {
          resolve('still reading');
        }, 5000),
      ),
    ]);
    request.destroy();
    expect(result === 'still reading' ? result : result.response.statusCode).toBe(413);
    if (result !== 'still reading') expect(result.body).toMatch(budgetMessage);
  });
});

describe('audio budget across a restart (issue 14)', () => {
  it('still counts the audio a consultation took before the server restarted', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'referent-budget-'));
    const start = () =>
      createTestApp({
        capabilities: { speech },
        env: { REFERENT_CONSULTATION_AUDIO_MINUTES: '1' },
        dataDir,
      });
    const uploadTo = (test: TestApp, token: string, id: string, seconds: number) =>
      test.app.server.inject({
        method: 'POST',
        url: `/api/v1/consultations/${id}/audio`,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'audio/wav' },
        payload: wavOf(seconds),
      });
    try {
      const before = await start();
      const id = await before.createConsultation(await before.login('lege-r'));
      expect((await uploadTo(before, await before.login('lege-r'), id, 40)).statusCode).toBe(200);
      await before.close();

      const after = await start();
      try {
        const token = await after.login('lege-r');
        // 40 s before the restart and 15 s now fit in the minute; 10 s more do not.
        expect((await uploadTo(after, token, id, 15)).statusCode).toBe(200);
        const refused = await uploadTo(after, token, id, 10);
        expect(refused.statusCode).toBe(413);
        expect(refused.json<{ error: { message: string } }>().error.message).toMatch(budgetMessage);
      } finally {
        await after.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
