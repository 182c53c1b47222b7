import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { FairSqliteDialect } from './fair-sqlite-dialect.js';
import { createMigrationProvider } from './migrations.js';
import type { Database } from './schema.js';
import { createKyselyStore, openSqliteStore } from './sqlite-store.js';

async function createStore(dialect: Parameters<typeof createKyselyStore>[1]) {
  const db = new Kysely<Database>({
    dialect: new FairSqliteDialect({ database: new SqliteDatabase(':memory:') }),
  });
  const { error } = await new Migrator({
    db,
    provider: createMigrationProvider('blob'),
  }).migrateToLatest();
  if (error !== undefined) throw new Error('migration failed');
  return createKyselyStore(db, dialect);
}

describe('group commit and shared checkpoints (issue 14)', () => {
  it('acknowledges a unit of work only once its log has reached the disk', async () => {
    let finishFlush: () => void = () => undefined;
    let flushes = 0;
    const store = await createStore({
      checkpoint: () => Promise.resolve(),
      flush: () => {
        flushes += 1;
        return new Promise<void>((resolve) => {
          finishFlush = resolve;
        });
      },
    });
    let acknowledged = false;
    const unit = store
      .atomically(() => store.settings.set('ai-drafting-enabled', 'false'))
      .then(() => {
        acknowledged = true;
      });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(flushes).toBe(1);
    expect(acknowledged).toBe(false);
    finishFlush();
    await unit;
    expect(acknowledged).toBe(true);
    await store.close();
  });

  it('checkpoints a lone erasure at once and lets erasures close together share one', async () => {
    let checkpoints = 0;
    const store = await createStore({
      // A slow checkpoint (a busy server): the next waits out the gap.
      checkpoint: async () => {
        checkpoints += 1;
        await new Promise((resolve) => setTimeout(resolve, 60));
      },
      checkpointGapMs: 200,
    });
    await store.checkpoint();
    expect(checkpoints).toBe(1);
    const started = performance.now();
    await Promise.all([store.checkpoint(), store.checkpoint(), store.checkpoint()]);
    expect(checkpoints).toBe(2);
    // The shared one waited out the gap instead of blocking the event loop three more times.
    expect(performance.now() - started).toBeGreaterThanOrEqual(150);
    await store.close();
  });

  it('does not hold back erasures one after another when checkpoints are quick', async () => {
    let checkpoints = 0;
    const store = await createStore({
      checkpoint: () => {
        checkpoints += 1;
        return Promise.resolve();
      },
      checkpointGapMs: 250,
    });
    const started = performance.now();
    for (let erasure = 0; erasure < 5; erasure += 1) await store.checkpoint();
    expect(checkpoints).toBe(5);
    // With a fixed 250 ms gap these five took a second; a quick checkpoint sets a gap near zero.
    expect(performance.now() - started).toBeLessThan(500);
    await store.close();
  });

  it('checkpoints a grown log without holding up the write, and leaves a small one alone', async () => {
    let checkpoints = 0;
    let logBytes = 1024;
    let finishCheckpoint: () => void = () => undefined;
    const store = await createStore({
      // The first checkpoint runs until the test lets it finish.
      checkpoint: () => {
        checkpoints += 1;
        if (checkpoints > 1) return Promise.resolve();
        return new Promise<void>((resolve) => {
          finishCheckpoint = resolve;
        });
      },
      flush: () => Promise.resolve(),
      logBytes: () => Promise.resolve(logBytes),
      logCheckpointBytes: 4096,
      logCheckIntervalMs: 0,
    });
    await store.settings.set('ai-drafting-enabled', 'true');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(checkpoints).toBe(0);
    logBytes = 8192;
    // The write is acknowledged while the checkpoint it started is still running.
    await store.settings.set('ai-drafting-enabled', 'false');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(checkpoints).toBe(1);
    // Writes meanwhile do not start more.
    await store.atomically(() => store.settings.set('ai-drafting-enabled', 'true'));
    expect(checkpoints).toBe(1);
    finishCheckpoint();
    await store.close();
  });

  it('keeps the write-ahead log of a database file bounded with SQLite automatic checkpoints off', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'referent-log-'));
    try {
      const store = await openSqliteStore({ dataDir });
      const body = 'x'.repeat(64 * 1024);
      let largest = 0;
      // About 13 MiB of log in all, 200 durable writes.
      for (let write = 0; write < 200; write += 1) {
        await store.settings.set(`large-${write % 4}`, `${write}${body}`);
        largest = Math.max(largest, statSync(join(dataDir, 'referent.db-wal')).size);
        await new Promise((resolve) => setImmediate(resolve));
      }
      await store.close();
      expect(largest).toBeLessThan(10 * 1024 * 1024);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
