import { describe, expect, it } from 'vitest';
import { createAuditLog } from '../audit/index.js';
import type { Actor } from '../auth/index.js';
import { createManualClock } from '../core/index.js';
import { openSqliteStore, type AuditRepository } from '../store/index.js';
import { createSettingsService } from './settings-service.js';

const admin: Actor = {
  userId: 'admin-s',
  username: 'admin-s',
  displayName: 'Solveig Aarnes',
  role: 'admin',
  hpr: null,
};

/** The real store and audit log; the audit repository can be made to fail (a full disk). */
async function setUp() {
  const store = await openSqliteStore({ memory: true });
  const failing = { writes: Number.POSITIVE_INFINITY };
  const repository: AuditRepository = {
    ...store.audit,
    append(build, options) {
      if (failing.writes <= 0)
        return Promise.reject(new Error('SQLITE_FULL: database or disk is full'));
      failing.writes -= 1;
      return store.audit.append(build, options);
    },
  };
  const audit = createAuditLog({
    repository,
    key: Buffer.alloc(32, 8),
    clock: createManualClock(),
  });
  const settings = createSettingsService({
    repository: store.settings,
    audit,
    atomically: (work) => store.atomically(work),
    retentionHours: 12,
    allowedRegions: ['NO'],
    endpoints: [],
  });
  return { store, audit, settings, failing };
}

describe('settings changes and their audit entries (issue 14)', () => {
  it('leaves AI drafting on when the entry recording the switch cannot be written', async () => {
    const { store, settings, failing } = await setUp();
    failing.writes = 0;
    await expect(settings.setDraftingEnabled(admin, false)).rejects.toThrow(/disk is full/);
    failing.writes = Number.POSITIVE_INFINITY;
    expect(await settings.isDraftingEnabled()).toBe(true);
    await store.close();
  });

  it('records the switch it makes', async () => {
    const { store, settings, audit } = await setUp();
    await settings.setDraftingEnabled(admin, false);
    expect(await settings.isDraftingEnabled()).toBe(false);
    const entries = await audit.list({ limit: 5 });
    expect(entries.map((entry) => [entry.action, entry.detail])).toContainEqual([
      'settings-changed',
      'ai-drafting:off',
    ]);
    await store.close();
  });
});
