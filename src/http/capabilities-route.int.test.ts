import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createTestApp, type TestApp } from '../testing/test-app.js';

/** A short silent WAV (16 kHz, 16-bit mono, 0.1 s). */
function silentWav(): Buffer {
  const samples = 1600;
  const buffer = Buffer.alloc(44 + samples * 2);
  buffer.write('RIFF', 0);
  buffer.writeUInt32LE(36 + samples * 2, 4);
  buffer.write('WAVEfmt ', 8);
  buffer.writeUInt32LE(16, 16);
  buffer.writeUInt16LE(1, 20);
  buffer.writeUInt16LE(1, 22);
  buffer.writeUInt32LE(16000, 24);
  buffer.writeUInt32LE(32000, 28);
  buffer.writeUInt16LE(2, 32);
  buffer.writeUInt16LE(16, 34);
  buffer.write('data', 36);
  buffer.writeUInt32LE(samples * 2, 40);
  return buffer;
}

describe('an installation without speech-to-text', () => {
  let test: TestApp;
  let token: string;
  let url: string;

  beforeAll(async () => {
    test = await createTestApp();
    const address = await test.app.server.listen({ host: '127.0.0.1', port: 0 });
    url = address.replace('http://', 'ws://');
    token = await test.login('lege-uten-tale');
  });
  afterAll(async () => {
    await test.close();
  });

  const createConsultation = () => test.createConsultation(token);

  it('says before recording that speech-to-text is missing, and what to do instead', async () => {
    const response = await test.app.server.inject({
      method: 'GET',
      url: '/api/v1/capabilities',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.statusCode).toBe(200);
    const report = response.json<{
      speechToText: { available: boolean; live: boolean; engine: string; message?: string };
      fhirSend: { available: boolean };
      drafting: { engine: string };
    }>();
    expect(report.speechToText).toMatchObject({ available: false, live: false, engine: 'none' });
    expect(report.speechToText.message).toMatch(/ikke satt opp.*Last opp en transkripsjon/);
    expect(report.fhirSend.available).toBe(false);
    expect(report.drafting.engine).toBe('builtin');
  });

  it('asks for a login before telling what the installation can do', async () => {
    const response = await test.app.server.inject({ method: 'GET', url: '/api/v1/capabilities' });
    expect(response.statusCode).toBe(401);
  });

  it('accepts the live stream only to say why it is refused, then closes it with 1008', async () => {
    const id = await createConsultation();
    const socket = new WebSocket(`${url}/api/v1/consultations/${id}/stream`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const messages: { type: string; code?: string; message?: string }[] = [];
    socket.on('message', (data: Buffer) => {
      messages.push(JSON.parse(data.toString('utf8')) as (typeof messages)[number]);
    });
    const code = await new Promise<number>((resolve, reject) => {
      socket.once('close', resolve);
      socket.once('unexpected-response', () => {
        reject(new Error('the upgrade was refused; a browser could not read why'));
      });
    });
    expect(code).toBe(1008);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ type: 'error', code: 'not-available' });
    expect(messages[0]?.message).toMatch(/Tale-til-tekst er ikke satt opp/);
    // Nothing was recorded, so the consultation still waits for its conversation.
    const detail = await test.app.server.inject({
      method: 'GET',
      url: `/api/v1/consultations/${id}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(detail.json<{ status: string }>().status).toBe('created');
  });

  it('refuses a WAV upload with the same message, without asking to try again later', async () => {
    const id = await createConsultation();
    const response = await test.app.server.inject({
      method: 'POST',
      url: `/api/v1/consultations/${id}/audio`,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'audio/wav' },
      payload: silentWav(),
    });
    expect(response.statusCode).toBe(503);
    const body = response.json<{ error: { code: string; message: string } }>();
    expect(body.error.code).toBe('not-available');
    expect(body.error.message).toMatch(/Tale-til-tekst er ikke satt opp/);
    expect(body.error.message).not.toMatch(/Prøv igjen om litt/);
  });
});
