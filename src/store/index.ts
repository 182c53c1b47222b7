export type * from './store.js';
export { openSqliteStore, createKyselyStore } from './sqlite-store.js';
export {
  createKeyring,
  encryptField,
  decryptField,
  loadOrCreateMasterKey,
  type Keyring,
} from './keyring.js';
export { checkMasterKey } from './check-master-key.js';
