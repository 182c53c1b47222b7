import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCapabilities } from '../capabilities.js';
import { loadConfig } from '../config/index.js';
import { silentLogger } from '../core/index.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';

describe('hand-over status', () => {
  let test: TestApp;
  let headers: { authorization: string };

  beforeAll(async () => {
    test = await createTestApp({
      capabilities: await createCapabilities(loadConfig({}), { logger: silentLogger }),
    });
    headers = { authorization: `Bearer ${await test.login('lege-overforing')}` };
  });
  afterAll(async () => {
    await test.close();
  });

  const call = (method: 'GET' | 'POST', url: string, payload?: object) =>
    test.app.server.inject({ method, url, headers, ...(payload === undefined ? {} : { payload }) });
  const statusOf = async (id: string) =>
    (await call('GET', `/api/v1/consultations/${id}`)).json<{ status: string }>().status;

  it('shows the approved text without calling it handed over, and says «exported» only after a copy', async () => {
    const created = await call('POST', '/api/v1/consultations', {
      template: 'journalnotat',
      consent: { given: true, method: 'skriftlig' },
    });
    const { id } = created.json<{ id: string }>();
    await call('POST', `/api/v1/consultations/${id}/transcript`, {
      segments: [
        { speaker: 'lege', text: 'Hva kan jeg hjelpe deg med?' },
        { speaker: 'pasient', text: 'Jeg har hatt tett nese og hodepine i ti dager.' },
      ],
    });
    await call('POST', `/api/v1/consultations/${id}/draft`, {});
    expect((await call('POST', `/api/v1/consultations/${id}/approve`, {})).statusCode).toBe(200);

    const text = await call(
      'GET',
      `/api/v1/consultations/${id}/handover-text?template=journalnotat`,
    );
    expect(text.statusCode).toBe(200);
    expect(text.json<{ fullText: string }>().fullText.length).toBeGreaterThan(10);
    expect(await statusOf(id)).toBe('approved');

    const copied = await call('POST', `/api/v1/consultations/${id}/copied`, {
      template: 'journalnotat',
    });
    expect(copied.statusCode).toBe(200);
    expect(await statusOf(id)).toBe('exported');
    const entries = await test.app.audit.list({ limit: 50, consultationId: id });
    const details = entries.map((entry) => `${entry.action}:${entry.detail ?? ''}`);
    expect(details).toContain('consultation-read:journalnotat:text:preview');
    expect(details).toContain('note-exported:journalnotat:copy');
  });

  it('refuses to record a copy of a note that is not approved', async () => {
    const created = await call('POST', '/api/v1/consultations', {
      template: 'journalnotat',
      consent: { given: true, method: 'muntlig' },
    });
    const { id } = created.json<{ id: string }>();
    const copied = await call('POST', `/api/v1/consultations/${id}/copied`, {});
    expect(copied.statusCode).toBe(409);
    expect(await statusOf(id)).toBe('created');
  });
});
