import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { FairSqliteDialect } from './fair-sqlite-dialect.js';
import { createMigrationProvider } from './migrations.js';
import type { Database } from './schema.js';
import { createKyselyStore } from './sqlite-store.js';

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
});
