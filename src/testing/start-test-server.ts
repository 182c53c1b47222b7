import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../app.js';
import { loadConfig } from '../config/index.js';
import { silentLogger } from '../core/index.js';

/**
 * Starts the real app (with the configured default engines) on 127.0.0.1 and a random port,
 * over a temporary data directory, serving the built web app. For browser end-to-end tests.
 */
export async function startTestServer(
  options: { dataDir?: string; env?: Record<string, string> } = {},
): Promise<{
  url: string;
  dataDir: string;
  addUser(input: {
    username: string;
    password: string;
    role: 'clinician' | 'admin' | 'auditor';
    displayName?: string;
    hpr?: string;
  }): Promise<void>;
  close(): Promise<void>;
}> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'referent-e2e-'));
  const config = loadConfig({
    REFERENT_DATA_DIR: dataDir,
    REFERENT_HOST: '127.0.0.1',
    REFERENT_PORT: '0',
    // No model downloads from tests unless a test names a local model source.
    REFERENT_MODEL_SOURCE_URL: 'none',
    ...options.env,
  });
  const app = await createApp({ config, logger: silentLogger, capabilities: 'configured' });
  const address = await app.server.listen({ host: '127.0.0.1', port: 0 });
  return {
    url: new URL(address).origin,
    dataDir,
    async addUser(input) {
      await app.auth.createUser({
        username: input.username,
        password: input.password,
        role: input.role,
        ...(input.displayName === undefined ? {} : { displayName: input.displayName }),
        ...(input.hpr === undefined ? {} : { hpr: input.hpr }),
      });
    },
    async close() {
      await app.close();
      if (options.dataDir === undefined) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
