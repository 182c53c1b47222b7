import { describe, expect, it } from 'vitest';
import { createAuditLog } from '../audit/index.js';
import type { Actor } from '../auth/index.js';
import { asRawText, createManualClock, systemIds } from '../core/index.js';
import { createKeyring, openSqliteStore, type AuditRepository } from '../store/index.js';
import { createConsultationService } from './consultation-service.js';

const clinician: Actor = {
  userId: 'lege-1',
  username: 'lege-1',
  displayName: 'Eirik Solbakken',
  role: 'clinician',
  hpr: null,
};

/** The real store and audit log, with an audit repository that can be made to fail (full disk). */
async function setUp() {
  const store = await openSqliteStore({ memory: true });
  await store.users.insert({
    id: clinician.userId,
    username: clinician.username,
    displayName: clinician.displayName,
    role: 'clinician',
    hpr: null,
    passwordHash: 'scrypt$x',
    disabled: false,
    createdAt: 1,
    failedLogins: 0,
    lockedUntil: 0,
  });
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
  const clock = createManualClock();
  const audit = createAuditLog({ repository, key: Buffer.alloc(32, 3), clock });
  const keyring = createKeyring({ masterKey: Buffer.alloc(32, 4), ids: systemIds });
  const service = createConsultationService({
    store,
    audit,
    keyring,
    clock,
    ids: systemIds,
    retentionHours: 12,
    isDraftingEnabled: () => Promise.resolve(true),
  });
  return { store, audit, service, failing };
}

describe('audit entries and the changes they record (issue 14)', () => {
  it('creates no consultation when its audit entry cannot be written', async () => {
    const { store, service, failing } = await setUp();
    failing.writes = 0;
    await expect(
      service.create(clinician, {
        template: 'journalnotat',
        consent: { given: true, method: 'muntlig' },
      }),
    ).rejects.toThrow(/disk is full/);
    failing.writes = Number.POSITIVE_INFINITY;
    expect(await service.list(clinician)).toEqual([]);
    await store.close();
  });

  it('keeps the old transcript and status when the audit entry for a new one fails', async () => {
    const { store, service, failing, audit } = await setUp();
    const created = await service.create(clinician, {
      template: 'journalnotat',
      consent: { given: true, method: 'muntlig' },
    });
    failing.writes = 0;
    await expect(
      service.addTranscript(
        clinician,
        created.id,
        {
          segments: [{ speaker: 'pasient', text: 'Det stikker i brystet når jeg går i trapper.' }],
        },
        'application/json',
      ),
    ).rejects.toThrow(/disk is full/);
    failing.writes = Number.POSITIVE_INFINITY;
    const view = await service.get(clinician, created.id);
    expect(view.status).toBe('created');
    expect(view.transcript).toBeUndefined();
    expect((await audit.verify()).ok).toBe(true);
    await store.close();
  });

  it('erases and records the erasure together', async () => {
    const { store, service, failing } = await setUp();
    const created = await service.create(clinician, {
      template: 'journalnotat',
      consent: { given: true, method: 'muntlig' },
    });
    await service.finishStream(clinician, created.id, {
      segments: [{ speaker: 'lege', text: asRawText('Blodtrykket er fint i dag.') }],
    });
    failing.writes = 0;
    await expect(service.erase(clinician, created.id)).rejects.toThrow(/disk is full/);
    failing.writes = Number.POSITIVE_INFINITY;
    // Not erased without a record of it; the clinician can erase again.
    expect((await service.get(clinician, created.id)).status).toBe('transcribed');
    await service.erase(clinician, created.id);
    await expect(service.get(clinician, created.id)).rejects.toThrow(/erased/);
    await store.close();
  });
});
