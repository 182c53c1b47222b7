import { timingSafeEqual } from 'node:crypto';
import { IntegrityError } from '../core/index.js';
import type { AuditHead, Store } from './store.js';

const settingKey = 'master-key-check';

const equal = (left: string, right: string) =>
  left.length === right.length && timingSafeEqual(Buffer.from(left), Buffer.from(right));

/**
 * Refuses to start (issue 14, "silent resets") when the master key does not belong to the
 * database, or when the database was replaced by an empty one while the old key file remains.
 * Records the key check on first start, and on the first start of a database from before it.
 * Messages are for the operator: they name what is wrong and what to do, never a key.
 */
export async function checkMasterKey(options: {
  readonly store: Store;
  readonly keyCheck: string;
  /** Where the key came from (`loadOrCreateMasterKey`). */
  readonly keySource: 'environment' | 'key-file' | 'new-key-file';
  /** The database file was absent or empty before this start. */
  readonly databaseWasEmpty: boolean;
  /** Whether the audit head's seal verifies under this key's audit key. */
  readonly sealMatches: (head: AuditHead) => boolean;
}): Promise<void> {
  const { store } = options;
  const stored = await store.settings.tryGet(settingKey);
  if (stored !== undefined) {
    if (!equal(stored, options.keyCheck)) {
      throw new IntegrityError(
        'refusing to start: the master key does not belong to this database (REFERENT_MASTER_KEY or master.key was changed). Restore the key this database was created with.',
      );
    }
    return;
  }
  if (options.databaseWasEmpty && options.keySource === 'key-file') {
    throw new IntegrityError(
      'refusing to start: the database is missing or empty, but the key file of an earlier installation is still there. Restore the database from your backup; to start afresh on purpose, move master.key away first.',
    );
  }
  // A database from before the key check: the sealed audit head tells whether the key fits.
  const head = await store.audit.tryGetHead();
  if (head !== undefined && !options.sealMatches(head)) {
    throw new IntegrityError(
      'refusing to start: the master key does not belong to this database (its audit log is sealed with another key). Restore the key this database was created with.',
    );
  }
  await store.settings.set(settingKey, options.keyCheck);
}
