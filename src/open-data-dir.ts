import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createAuditLog, type AuditLog } from './audit/index.js';
import type { ReferentConfig } from './config/index.js';
import { InvalidInputError, checkPortVersion, type Clock, type IdGenerator } from './core/index.js';
import {
  checkMasterKey,
  createKeyring,
  loadOrCreateMasterKey,
  openSqliteStore,
  type Keyring,
  type Store,
} from './store/index.js';

/** The data directory opened: the store, the keys and the audit log over them. */
export interface OpenedDataDir {
  readonly store: Store;
  readonly keyring: Keyring;
  readonly audit: AuditLog;
  readonly masterKeySource: 'environment' | 'key-file' | 'new-key-file';
}

/**
 * The one mapping from configuration to the storage adapters (SQLite store, master key, keyring,
 * audit log), for the server and every CLI command.
 *
 * `existing: true` is for read-only commands (`audit verify`): a data directory that does not
 * exist, or holds no database, is refused before anything is created, so a mistyped `--data`
 * never yields a fresh key, an empty log and a false «intact».
 */
export async function openDataDir(
  config: ReferentConfig,
  options: { ids: IdGenerator; clock: Clock; existing: boolean },
): Promise<OpenedDataDir> {
  const databaseFile = join(config.dataDir, 'referent.db');
  const databaseWasEmpty = !existsSync(databaseFile) || statSync(databaseFile).size === 0;
  if (options.existing) {
    if (!existsSync(config.dataDir)) {
      throw new InvalidInputError(`the data directory ${config.dataDir} does not exist`);
    }
    if (databaseWasEmpty) {
      throw new InvalidInputError(`the data directory ${config.dataDir} holds no database`);
    }
  }
  const master = loadOrCreateMasterKey({
    dataDir: config.dataDir,
    configured: config.masterKey,
    ids: options.ids,
  });
  const keyring = createKeyring({
    masterKey: master.key,
    ids: options.ids,
    ...(config.audit.key === undefined ? {} : { auditKey: config.audit.key }),
  });
  master.key.fill(0);
  const store = checkPortVersion('store', await openSqliteStore({ dataDir: config.dataDir }));
  const audit = checkPortVersion(
    'audit-log',
    createAuditLog({ repository: store.audit, key: keyring.auditKey, clock: options.clock }),
  );
  if (!options.existing) {
    try {
      await checkMasterKey({
        store,
        keyCheck: keyring.keyCheck,
        keySource: master.source,
        databaseWasEmpty,
        sealMatches: (head) => audit.isSealValid(head),
      });
    } catch (error) {
      await store.close();
      throw error;
    }
  }
  return { store, keyring, audit, masterKeySource: master.source };
}
