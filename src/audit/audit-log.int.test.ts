import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../cli/testing/index.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';

const masterKey = Buffer.alloc(32, 3).toString('base64');

async function runVerify(dataDir: string): Promise<{ code: number; stdout: string }> {
  const { code, stdout } = await runCliInProcess(['audit', 'verify', '--data', dataDir], {
    env: { REFERENT_MASTER_KEY: masterKey },
  });
  return { code, stdout };
}

/** Opens the database as an intruder would: directly, with the append-only triggers dropped. */
function tamper(dataDir: string, statements: string[]): void {
  const database = new SqliteDatabase(join(dataDir, 'referent.db'));
  database.exec(
    'DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;',
  );
  for (const statement of statements) database.exec(statement);
  database.close();
}

describe('audit log tamper evidence', () => {
  let test: TestApp;

  beforeEach(async () => {
    test = await createTestApp({ env: { REFERENT_MASTER_KEY: masterKey } });
    const token = await test.login('lege');
    for (let index = 0; index < 3; index += 1) {
      await test.app.server.inject({
        method: 'POST',
        url: '/api/v1/consultations',
        headers: { authorization: `Bearer ${token}` },
        payload: { template: 'journalnotat', consent: { given: true, method: 'muntlig' } },
      });
    }
    await test.app.close();
  });
  afterEach(async () => {
    await test.close().catch(() => undefined);
  });

  it('verifies an untouched log with exit code 0', async () => {
    const result = await runVerify(test.dataDir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/intact: \d+ entries/);
  });

  it('refuses updates and deletes at the database level', () => {
    const database = new SqliteDatabase(join(test.dataDir, 'referent.db'));
    expect(() => database.exec("UPDATE audit_log SET outcome = 'failure' WHERE seq = 2")).toThrow(
      /append-only/,
    );
    expect(() => database.exec('DELETE FROM audit_log WHERE seq = 2')).toThrow(/append-only/);
    database.close();
  });

  it('names the first edited entry', async () => {
    tamper(test.dataDir, ["UPDATE audit_log SET actor_id = 'someone-else' WHERE seq = 3"]);
    const result = await runVerify(test.dataDir);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/BROKEN at entry 3: entry was altered/);
  });

  it('names the entry after a removed one', async () => {
    tamper(test.dataDir, ['DELETE FROM audit_log WHERE seq = 2']);
    const result = await runVerify(test.dataDir);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/BROKEN at entry 3: entries before 3 are missing/);
  });

  it('detects two entries swapped in order', async () => {
    tamper(test.dataDir, [
      'UPDATE audit_log SET seq = -2 WHERE seq = 2',
      'UPDATE audit_log SET seq = 2 WHERE seq = 3',
      'UPDATE audit_log SET seq = 3 WHERE seq = -2',
    ]);
    const result = await runVerify(test.dataDir);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/BROKEN at entry 2/);
  });

  it('detects a removed tail through the sealed head', async () => {
    tamper(test.dataDir, ['DELETE FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log)']);
    const result = await runVerify(test.dataDir);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/were removed/);
  });

  it('detects a chain recomputed without the key (a forged hash)', async () => {
    tamper(test.dataDir, [
      "UPDATE audit_log SET outcome = 'failure', hash = 'a' || substr(hash, 2) WHERE seq = 1",
    ]);
    const result = await runVerify(test.dataDir);
    expect(result.stdout).toMatch(/BROKEN at entry 1/);
  });
});
