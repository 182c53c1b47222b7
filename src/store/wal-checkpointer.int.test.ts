import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWalCheckpointer, type WalCheckpointer } from './wal-checkpointer.js';

/** A WAL database with `rows` rows written and not yet checkpointed. */
function openWithLog(file: string, rows: number): SqliteDatabase.Database {
  const connection = new SqliteDatabase(file);
  connection.pragma('journal_mode = WAL');
  connection.pragma('wal_autocheckpoint = 0');
  connection.exec('CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)');
  const insert = connection.prepare('INSERT INTO note (body) VALUES (?)');
  connection.transaction(() => {
    for (let index = 0; index < rows; index++) insert.run(`notat ${index} `.repeat(40));
  })();
  return connection;
}

/**
 * The log after a checkpoint: every page written before it is gone from the log, which holds one
 * frame of page 1 (the database header), written by the worker to start the next log.
 */
function expectOnlyPageOneLogged(file: string): void {
  const log = readFileSync(`${file}-wal`);
  const pageSize = log.readUInt32BE(8);
  expect(log.length).toBe(32 + 24 + pageSize);
  expect(log.readUInt32BE(32)).toBe(1);
}

describe('createWalCheckpointer', () => {
  let directory: string;
  let checkpointer: WalCheckpointer | undefined;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'referent-checkpoint-'));
  });
  afterEach(async () => {
    await checkpointer?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('moves the whole log into the database file and truncates it, on its own thread', async () => {
    const file = join(directory, 'test.db');
    const connection = openWithLog(file, 4000);
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(1_000_000);
    checkpointer = createWalCheckpointer(file);
    // The event loop keeps turning while the worker checkpoints.
    let turns = 0;
    const ticker = setInterval(() => (turns += 1), 1);
    await checkpointer.checkpoint();
    clearInterval(ticker);
    expectOnlyPageOneLogged(file);
    expect(statSync(file).size).toBeGreaterThan(1_000_000);
    expect(turns).toBeGreaterThan(0);
    expect(connection.prepare('SELECT count(*) AS n FROM note').get()).toEqual({ n: 4000 });
    connection.close();
  }, 30_000);

  it('refuses (so the store checkpoints itself) while another connection reads, and then works', async () => {
    const file = join(directory, 'test.db');
    const connection = openWithLog(file, 200);
    checkpointer = createWalCheckpointer(file, { timeoutMs: 20_000 });
    connection.pragma('busy_timeout = 0');
    // A read transaction that holds its snapshot of the log keeps a full checkpoint from finishing.
    const reader = new SqliteDatabase(file);
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM note').get();
    connection.prepare('INSERT INTO note (body) VALUES (?)').run('etter lesingen');
    const refused = await checkpointer
      .checkpoint()
      .then(() => 'done')
      .catch((error: unknown) => (error instanceof Error ? error.message : 'failed'));
    reader.exec('COMMIT');
    reader.close();
    expect(refused).not.toBe('done');
    await checkpointer.checkpoint();
    expectOnlyPageOneLogged(file);
    connection.close();
  }, 60_000);

  it('rejects once closed', async () => {
    const file = join(directory, 'test.db');
    openWithLog(file, 1).close();
    checkpointer = createWalCheckpointer(file);
    await checkpointer.close();
    await expect(checkpointer.checkpoint()).rejects.toThrow('closed');
  });
});
