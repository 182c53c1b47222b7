import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAuditLog } from '../audit/index.js';
import type { Actor } from '../auth/index.js';
import { createManualClock, silentLogger, systemIds } from '../core/index.js';
import { openSqliteStore, type AuditRepository } from '../store/index.js';
import { createEngineSwitch } from './engine-switch.js';
import { createModelSetup } from './model-setup.js';

const admin: Actor = {
  userId: 'admin-1',
  username: 'it-ansvarlig',
  displayName: 'Siri Haugland',
  role: 'admin',
  hpr: null,
};

/** Model set-up over the real store, with an audit repository that can be made to fail. */
async function setUp() {
  const dataDir = mkdtempSync(join(tmpdir(), 'referent-models-'));
  const store = await openSqliteStore({ memory: true });
  const failing = { audit: false };
  const repository: AuditRepository = {
    ...store.audit,
    append(build, options) {
      if (failing.audit) return Promise.reject(new Error('SQLITE_FULL: database or disk is full'));
      return store.audit.append(build, options);
    },
  };
  const audit = createAuditLog({
    repository,
    key: Buffer.alloc(32, 5),
    clock: createManualClock(),
  });
  const models = createModelSetup({
    dataDir,
    settings: store.settings,
    audit,
    atomically: (work) => store.atomically(work),
    ids: systemIds,
    logger: silentLogger,
    source: undefined,
    fetch,
    enginesChosenByOperator: { stt: false, llm: false },
    engines: createEngineSwitch({ speechEngine: { engine: 'none', model: null } }),
  });
  const close = async () => {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { store, models, failing, close };
}

describe('model set-up and its audit entries (issue 14)', () => {
  it('keeps the model in use when the audit entry for a change cannot be written', async () => {
    const { store, models, failing, close } = await setUp();
    try {
      await store.settings.set('active-model:speech', 'nb-whisper-small');
      failing.audit = true;
      await expect(models.activate(admin, 'speech', null)).rejects.toThrow(/disk is full/);
      expect(await store.settings.tryGet('active-model:speech')).toBe('nb-whisper-small');
    } finally {
      await close();
    }
  });

  it('stores the change and its audit entry together', async () => {
    const { store, models, close } = await setUp();
    try {
      await store.settings.set('active-model:speech', 'nb-whisper-small');
      await models.activate(admin, 'speech', null);
      expect(await store.settings.tryGet('active-model:speech')).toBe('');
      const entries = await store.audit.list({ limit: 10 });
      expect(entries.map((entry) => [entry.action, entry.outcome, entry.detail])).toContainEqual([
        'model-activated',
        'success',
        'speech:none',
      ]);
    } finally {
      await close();
    }
  });
});
