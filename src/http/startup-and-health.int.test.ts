import { rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.js';

const otherKey = `${Buffer.alloc(32, 7).toString('base64')}\n`;

describe('start-up refuses silent resets (issue 14)', () => {
  const opened: TestApp[] = [];
  const directories: string[] = [];
  afterEach(async () => {
    for (const test of opened.splice(0)) await test.close();
    for (const directory of directories.splice(0))
      rmSync(directory, { recursive: true, force: true });
  });

  /** An installation with one consultation, shut down; returns its data directory. */
  async function installation(env: Record<string, string> = {}): Promise<string> {
    const first = await createTestApp({ env });
    const token = await first.login('lege-s');
    await first.app.server.inject({
      method: 'POST',
      url: '/api/v1/consultations',
      headers: { authorization: `Bearer ${token}` },
      payload: { template: 'journalnotat', consent: { given: true, method: 'muntlig' } },
    });
    await first.app.close();
    directories.push(first.dataDir);
    return first.dataDir;
  }

  it('refuses a key file that does not belong to the database', async () => {
    const dataDir = await installation();
    writeFileSync(join(dataDir, 'master.key'), otherKey);
    await expect(createTestApp({ dataDir })).rejects.toThrow(/does not belong to this database/);
  });

  it('refuses a configured key that does not belong to the database', async () => {
    const dataDir = await installation({
      REFERENT_MASTER_KEY: Buffer.alloc(32, 1).toString('base64'),
    });
    await expect(
      createTestApp({
        dataDir,
        env: { REFERENT_MASTER_KEY: Buffer.alloc(32, 2).toString('base64') },
      }),
    ).rejects.toThrow(/does not belong to this database/);
  });

  it('refuses to make a new key when the key file is missing but the database exists', async () => {
    const dataDir = await installation();
    rmSync(join(dataDir, 'master.key'));
    await expect(createTestApp({ dataDir })).rejects.toThrow(/master\.key is missing/);
  });

  it('refuses an emptied database while the old key file remains', async () => {
    const dataDir = await installation();
    truncateSync(join(dataDir, 'referent.db'), 0);
    rmSync(join(dataDir, 'referent.db-wal'), { force: true });
    rmSync(join(dataDir, 'referent.db-shm'), { force: true });
    await expect(createTestApp({ dataDir })).rejects.toThrow(/missing or empty/);
  });

  it('checks a database from before the key check by its sealed audit head', async () => {
    const dataDir = await installation();
    const database = new SqliteDatabase(join(dataDir, 'referent.db'));
    database.prepare("DELETE FROM settings WHERE key = 'master-key-check'").run();
    database.close();
    writeFileSync(join(dataDir, 'master.key'), otherKey);
    await expect(createTestApp({ dataDir })).rejects.toThrow(/sealed with another key/);
  });

  it('starts again with the right key', async () => {
    const dataDir = await installation();
    const again = await createTestApp({ dataDir });
    opened.push(again);
    expect((await again.app.server.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
  });
});

describe('/healthz and /readyz (issue 14)', () => {
  let test: TestApp | undefined;
  afterEach(async () => {
    await test?.close();
    test = undefined;
  });

  it('reports the store, the audit chain head and the sweeper', async () => {
    test = await createTestApp();
    await test.login('lege-h');
    const health = await test.app.server.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(200);
    const body = health.json<{
      status: string;
      store: { ok: boolean };
      audit: { ok: boolean; head: number };
      sweeper: { ok: boolean; lastRunAt: string };
    }>();
    expect(body.status).toBe('ok');
    expect(body.store.ok).toBe(true);
    expect(body.audit.ok).toBe(true);
    expect(body.audit.head).toBeGreaterThan(0);
    expect(body.sweeper.ok).toBe(true);
  });

  it('fails when the sweeper has stopped running', async () => {
    test = await createTestApp();
    test.clock.advance(10 * 60_000);
    const health = await test.app.server.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(503);
    expect(health.json<{ sweeper: { ok: boolean } }>().sweeper.ok).toBe(false);
    expect((await test.app.server.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(503);
  });

  it('fails when the database no longer takes writes', async () => {
    test = await createTestApp();
    const database = new SqliteDatabase(join(test.dataDir, 'referent.db'));
    database.pragma('busy_timeout = 0');
    // Another process holds the write lock (a stuck backup, a second server): nothing can be stored.
    database.exec('BEGIN EXCLUSIVE');
    try {
      const health = await test.app.server.inject({ method: 'GET', url: '/healthz' });
      expect(health.statusCode).toBe(503);
      expect(health.json<{ store: { ok: boolean } }>().store.ok).toBe(false);
    } finally {
      database.exec('ROLLBACK');
      database.close();
    }
  }, 30_000);
});
