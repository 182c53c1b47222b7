import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeExporting } from '../testing/fakes.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';

describe('smaller hardening items (issue 14)', () => {
  let test: TestApp | undefined;
  afterEach(async () => {
    await test?.close();
    test = undefined;
  });

  async function cookieLogin(app: TestApp, username: string): Promise<string> {
    await app.login(username);
    const response = await app.app.server.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password: 'korrekt-hest-batteri' },
    });
    return String(response.headers['set-cookie']).split(';')[0] ?? '';
  }

  it('refuses logout by cookie without the CSRF header, and keeps the session', async () => {
    test = await createTestApp();
    const cookie = await cookieLogin(test, 'lege-c');
    const forged = await test.app.server.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie },
    });
    expect(forged.statusCode).toBe(403);
    const me = await test.app.server.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie },
    });
    expect(me.statusCode).toBe(200);
    const real = await test.app.server.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie, 'x-referent-request': '1' },
    });
    expect(real.statusCode).toBe(204);
  });

  it('refuses an export by cookie without the CSRF header, since exporting changes state', async () => {
    test = await createTestApp({ capabilities: { exporting: createFakeExporting() } });
    const cookie = await cookieLogin(test, 'lege-e');
    const response = await test.app.server.inject({
      method: 'GET',
      url: '/api/v1/consultations/00000000-0000-4000-8000-000000000000/export?format=text',
      headers: { cookie },
    });
    expect(response.statusCode).toBe(403);
  });

  it('sends HSTS and a Secure cookie when served over https, and neither over http', async () => {
    test = await createTestApp({ env: { REFERENT_TRUSTED_PROXIES: '127.0.0.1' } });
    await test.login('lege-t');
    const login = (headers: Record<string, string>) =>
      test?.app.server.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers,
        payload: { username: 'lege-t', password: 'korrekt-hest-batteri' },
      });
    const secure = await login({ 'x-forwarded-proto': 'https' });
    expect(secure?.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(String(secure?.headers['set-cookie'])).toMatch(/; Secure/);
    const plain = await login({});
    expect(plain?.headers['strict-transport-security']).toBeUndefined();
    expect(String(plain?.headers['set-cookie'])).not.toMatch(/; Secure/);
  });

  it('shows /metrics to admins and the scraper token only', async () => {
    test = await createTestApp({ env: { REFERENT_METRICS_TOKEN: 'skraper-token-0123456789' } });
    const get = (authorization?: string) =>
      test?.app.server.inject({
        method: 'GET',
        url: '/metrics',
        ...(authorization === undefined ? {} : { headers: { authorization } }),
      });
    expect((await get())?.statusCode).toBe(401);
    expect((await get(`Bearer ${await test.login('lege-m')}`))?.statusCode).toBe(403);
    expect((await get(`Bearer ${await test.login('admin-m', 'admin')}`))?.statusCode).toBe(200);
    const scraped = await get('Bearer skraper-token-0123456789');
    expect(scraped?.statusCode).toBe(200);
    expect(scraped?.body).toMatch(/referent_/);
  });

  it('creates the database files 0600 even in a world-readable directory', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'referent-mode-'));
    const dataDir = join(parent, 'data');
    mkdirSync(dataDir, { mode: 0o755 });
    const previous = process.umask(0o022);
    try {
      test = await createTestApp({ dataDir });
      await test.login('lege-p');
      for (const name of ['referent.db', 'referent.db-wal', 'master.key']) {
        expect((statSync(join(dataDir, name)).mode & 0o777).toString(8), name).toBe('600');
      }
    } finally {
      process.umask(previous);
      await test?.close();
      test = undefined;
      rmSync(parent, { recursive: true, force: true });
    }
  });

  it('answers a malformed URL plainly, without echoing it, and with security headers', async () => {
    test = await createTestApp();
    const response = await test.app.server.inject({
      method: 'GET',
      url: '/api/v1/consultations/%E0%A4%A',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).not.toContain('%E0');
    expect(response.headers['content-security-policy']).toMatch(/default-src 'self'/);
  });
});
