import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App, type AppDeps } from '../app.js';
import { loadConfig } from '../config/index.js';
import { createJsonLogger, createManualClock, type Clock } from '../core/index.js';

export interface TestApp {
  readonly app: App;
  readonly dataDir: string;
  readonly logs: string[];
  readonly clock: ReturnType<typeof createManualClock>;
  /** Creates an account and returns a bearer token for it. */
  login(
    username: string,
    role?: 'clinician' | 'admin' | 'auditor',
    extra?: { hpr?: string; displayName?: string },
  ): Promise<string>;
  /** Creates a journal-note consultation with oral consent as the token's owner; its id. */
  createConsultation(token: string): Promise<string>;
  close(): Promise<void>;
}

const password = 'korrekt-hest-batteri';

/** A real app over a temporary data directory, with a manual clock and captured logs. */
export async function createTestApp(
  options: {
    env?: Record<string, string>;
    capabilities?: AppDeps['capabilities'];
    clock?: Clock & { advance(milliseconds: number): void; set(epochMilliseconds: number): void };
    dataDir?: string;
    webRoot?: string;
    /** Load the pseudonymizer's word lists at start, as the server does (default false). */
    preloadPseudonymizer?: boolean;
    /** The compute pool to use instead of the configured one. */
    computePool?: AppDeps['computePool'];
    /** The password hasher to use instead of the default one (e.g. a saturated one). */
    passwordHasher?: AppDeps['passwordHasher'];
  } = {},
): Promise<TestApp> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'referent-test-'));
  const clock = options.clock ?? createManualClock(Date.now());
  const logs: string[] = [];
  // No model downloads from tests unless a test names a local model source.
  const config = loadConfig({
    REFERENT_DATA_DIR: dataDir,
    REFERENT_MODEL_SOURCE_URL: 'none',
    ...options.env,
  });
  const app = await createApp({
    config,
    clock,
    logger: createJsonLogger({ write: (line) => logs.push(line), clock }),
    ...(options.capabilities === undefined ? {} : { capabilities: options.capabilities }),
    ...(options.webRoot === undefined ? {} : { webRoot: options.webRoot }),
    ...(options.computePool === undefined ? {} : { computePool: options.computePool }),
    ...(options.passwordHasher === undefined ? {} : { passwordHasher: options.passwordHasher }),
    preloadPseudonymizer: options.preloadPseudonymizer ?? false,
  });
  return {
    app,
    dataDir,
    logs,
    clock,
    async login(username, role = 'clinician', extra = {}) {
      if ((await app.store.users.tryGetByUsername(username)) === undefined) {
        await app.auth.createUser({ username, role, password, ...extra });
      }
      const response = await app.server.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username, password },
      });
      if (response.statusCode !== 200) throw new Error(`login failed with ${response.statusCode}`);
      return response.json<{ token: string }>().token;
    },
    async createConsultation(token) {
      const response = await app.server.inject({
        method: 'POST',
        url: '/api/v1/consultations',
        headers: { authorization: `Bearer ${token}` },
        payload: { template: 'journalnotat', consent: { given: true, method: 'muntlig' } },
      });
      if (response.statusCode !== 201) {
        throw new Error(`creating a consultation failed with ${response.statusCode}`);
      }
      return response.json<{ id: string }>().id;
    },
    async close() {
      await app.close();
      if (options.dataDir === undefined) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
