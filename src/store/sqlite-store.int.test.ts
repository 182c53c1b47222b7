import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openSqliteStore } from './sqlite-store.js';
import { runStoreContractSuite } from './testing/store-contract.js';

runStoreContractSuite('sqlite (memory)', () => openSqliteStore({ memory: true }));

const directories: string[] = [];
runStoreContractSuite('sqlite (file)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'referent-store-'));
  directories.push(dataDir);
  return openSqliteStore({ dataDir });
});
afterAll(() => {
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
});
