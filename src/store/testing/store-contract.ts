import { describe, expect, it, beforeEach, afterEach } from 'vitest';
import { ConflictError, type Consultation } from '../../core/index.js';
import type { Store, UserRecord } from '../store.js';

/**
 * The contract every `Store` adapter must meet (conventions §22). Run it against each adapter:
 * `runStoreContractSuite('sqlite', () => openSqliteStore({ memory: true }))`.
 */
export function runStoreContractSuite(name: string, open: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    const user = (id: string): UserRecord => ({
      id,
      username: `user-${id}`,
      displayName: `User ${id}`,
      role: 'clinician',
      hpr: null,
      passwordHash: 'scrypt$x',
      disabled: false,
      createdAt: 1,
      failedLogins: 0,
      lockedUntil: 0,
    });
    const consultation = (id: string, ownerId: string, expiresAt = 10_000): Consultation => ({
      id,
      ownerId,
      status: 'created',
      template: 'journalnotat',
      templates: ['journalnotat', 'henvisning'],
      consent: { method: 'muntlig', recordedAt: 1 },
      createdAt: 1,
      updatedAt: 1,
      expiresAt,
    });

    beforeEach(async () => {
      store = await open();
      await store.users.insert(user('a'));
      await store.users.insert(user('b'));
    });
    afterEach(async () => {
      await store.close();
    });

    it('keeps each clinician to their own consultations', async () => {
      await store.consultationsOf('a').insert(consultation('c1', 'a'), Buffer.from('key'));
      await store.consultationsOf('a').putContent('c1', 'transcript', Buffer.from('cipher'), 2);
      const other = store.consultationsOf('b');
      expect(await other.tryGet('c1')).toBeUndefined();
      expect(await other.tryGetContent('c1', 'transcript')).toBeUndefined();
      expect(await other.tryGetContents('c1', ['transcript'])).toEqual(new Map());
      expect(await other.tryGetWrappedKey('c1')).toBeUndefined();
      expect(await other.list({ endedSince: 0 })).toEqual([]);
      await expect(
        other.putContent('c1', 'transcript', Buffer.from('overwrite'), 3),
      ).rejects.toThrow();
      await expect(
        other.erase({ ...consultation('c1', 'a'), status: 'discarded', endedAt: 5 }),
      ).rejects.toThrow();
      expect((await store.consultationsOf('a').tryGetContent('c1', 'transcript'))?.toString()).toBe(
        'cipher',
      );
    });

    it('reads several content fields in one call, leaving out those without a value', async () => {
      const owned = store.consultationsOf('a');
      await owned.insert(consultation('c1', 'a'), Buffer.from('key'));
      await owned.insert(consultation('c2', 'a'), Buffer.from('key'));
      await owned.putContent('c1', 'transcript', Buffer.from('samtale'), 2);
      await owned.putContent('c1', 'vault', Buffer.from('hvelv'), 2);
      await owned.putContent('c2', 'patient', Buffer.from('annen'), 2);
      const read = await owned.tryGetContents('c1', ['transcript', 'patient', 'vault', 'note:x']);
      expect([...read.keys()].sort()).toEqual(['transcript', 'vault']);
      expect(read.get('transcript')?.toString()).toBe('samtale');
      expect(read.get('vault')?.toString()).toBe('hvelv');
      expect(await owned.tryGetContents('c1', [])).toEqual(new Map());
    });

    it('stores the domain state and round-trips every status shape', async () => {
      const owned = store.consultationsOf('a');
      await owned.insert(consultation('c1', 'a'), Buffer.from('key'));
      const approved: Consultation = {
        ...consultation('c1', 'a'),
        status: 'approved',
        approvedAt: 7,
        approvedBy: 'a',
      };
      await owned.update(approved, 0);
      expect((await owned.tryGet('c1'))?.consultation).toEqual(approved);
    });

    it('rejects an update based on a stale version', async () => {
      const owned = store.consultationsOf('a');
      await owned.insert(consultation('c1', 'a'), Buffer.from('key'));
      await owned.update({ ...consultation('c1', 'a'), status: 'capturing' }, 0);
      await expect(
        owned.update({ ...consultation('c1', 'a'), status: 'transcribed' }, 0),
      ).rejects.toBeInstanceOf(ConflictError);
    });

    it('erases content and the wrapped key together, keeping only metadata', async () => {
      const owned = store.consultationsOf('a');
      await owned.insert(consultation('c1', 'a'), Buffer.from('key'));
      await owned.putContent('c1', 'transcript', Buffer.from('t'), 2);
      await owned.putContent('c1', 'draft:journalnotat', Buffer.from('d'), 2);
      // A key read with the row (where the adapter gives one) is the stored key.
      const before = (await owned.tryGet('c1'))?.wrappedKey;
      if (before !== undefined) expect(before).toEqual(Buffer.from('key'));
      await owned.erase({ ...consultation('c1', 'a'), status: 'discarded', endedAt: 9 });
      expect(await owned.listContentFields('c1')).toEqual([]);
      expect(await owned.tryGetWrappedKey('c1')).toBeUndefined();
      const after = await owned.tryGet('c1');
      expect(after?.consultation.status).toBe('discarded');
      if (after?.wrappedKey !== undefined) expect(after.wrappedKey).toBeNull();
    });

    it('deletes content by field prefix only', async () => {
      const owned = store.consultationsOf('a');
      await owned.insert(consultation('c1', 'a'), Buffer.from('key'));
      for (const field of ['draft:journalnotat', 'draft:henvisning', 'note:journalnotat']) {
        await owned.putContent('c1', field, Buffer.from('x'), 2);
      }
      await owned.deleteContent('c1', 'draft:');
      expect(await owned.listContentFields('c1')).toEqual(['note:journalnotat']);
    });

    it('lists only unfinished consultations past their retention time as expired', async () => {
      await store.consultationsOf('a').insert(consultation('old', 'a', 100), Buffer.from('k'));
      await store.consultationsOf('a').insert(consultation('new', 'a', 10_000), Buffer.from('k'));
      await store.consultationsOf('b').insert(consultation('gone', 'b', 100), Buffer.from('k'));
      await store.system.erase({
        ...consultation('gone', 'b', 100),
        status: 'discarded',
        endedAt: 50,
      });
      expect((await store.system.listExpired(500)).map((expired) => expired.id)).toEqual(['old']);
    });

    it('appends audit entries in order and keeps the head with the last one', async () => {
      for (let index = 1; index <= 3; index += 1) {
        await store.audit.append((head) => ({
          record: {
            seq: (head?.seq ?? 0) + 1,
            at: index,
            actorId: 'a',
            actorRole: 'clinician',
            action: 'consultation-read',
            consultationId: null,
            patientRef: null,
            outcome: 'success',
            detail: null,
            prevHash: head?.hash ?? '0',
            hash: `h${index}`,
          },
          head: { seq: (head?.seq ?? 0) + 1, hash: `h${index}`, seal: `s${index}` },
        }));
      }
      const seen: number[] = [];
      for await (const record of store.audit.iterate(2)) seen.push(record.seq);
      expect(seen).toEqual([1, 2, 3]);
      expect(await store.audit.tryGetHead()).toEqual({ seq: 3, hash: 'h3', seal: 's3' });
      expect((await store.audit.list({ limit: 2 })).map((record) => record.seq)).toEqual([3, 2]);
    });

    it('commits a change and its audit entry together, or neither', async () => {
      const entry =
        (outcome: string) => (head: Parameters<Parameters<Store['audit']['append']>[0]>[0]) => ({
          record: {
            seq: (head?.seq ?? 0) + 1,
            at: 1,
            actorId: 'a',
            actorRole: 'clinician',
            action: 'consultation-created',
            consultationId: null,
            patientRef: null,
            outcome,
            detail: null,
            prevHash: head?.hash ?? '0',
            hash: `h${(head?.seq ?? 0) + 1}`,
          },
          head: { seq: (head?.seq ?? 0) + 1, hash: `h${(head?.seq ?? 0) + 1}`, seal: 's' },
        });
      await expect(
        store.atomically(async () => {
          await store.consultationsOf('a').insert(consultation('c1', 'a'), Buffer.from('key'));
          await store.audit.append(entry('success'));
          await store.audit.append(entry('refused'), { keepOnRollback: true });
          throw new Error('disk full');
        }),
      ).rejects.toThrow('disk full');
      expect(await store.consultationsOf('a').tryGet('c1')).toBeUndefined();
      // Only the refusal survives, appended again on its own.
      const kept = await store.audit.list({ limit: 10 });
      expect(kept.map((record) => [record.seq, record.outcome])).toEqual([[1, 'refused']]);

      await store.atomically(async () => {
        await store.consultationsOf('a').insert(consultation('c2', 'a'), Buffer.from('key'));
        await store.audit.append(entry('success'));
      });
      expect(await store.consultationsOf('a').tryGet('c2')).toBeDefined();
      expect(await store.audit.count()).toBe(2);
    });

    it('keeps users and sessions, and forgets revoked and expired sessions', async () => {
      await store.sessions.insert({
        tokenHash: 't1',
        userId: 'a',
        createdAt: 1,
        expiresAt: 100,
        revoked: false,
      });
      await store.sessions.insert({
        tokenHash: 't2',
        userId: 'a',
        createdAt: 1,
        expiresAt: 10_000,
        revoked: false,
      });
      expect(await store.sessions.tryGetWithUser('t1')).toEqual({
        session: { tokenHash: 't1', userId: 'a', createdAt: 1, expiresAt: 100, revoked: false },
        user: await store.users.tryGetById('a'),
      });
      expect(await store.sessions.tryGetWithUser('unknown')).toBeUndefined();
      await store.sessions.revoke('t2');
      expect((await store.sessions.tryGetWithUser('t2'))?.session.revoked).toBe(true);
      expect(await store.sessions.deleteExpired(500)).toBe(2);
      expect(await store.users.count()).toBe(2);
      await store.users.update('a', { disabled: true });
      expect((await store.users.tryGetByUsername('user-a'))?.disabled).toBe(true);
    });
  });
}
