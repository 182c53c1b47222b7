import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCapabilities } from '../../capabilities.js';
import { loadConfig } from '../../config/index.js';
import { silentLogger } from '../../core/index.js';
import type { InstallJob, ModelOverview } from '../../models/index.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { buildTinyGgml } from '../../transcribe/engines/whisper/testing/index.js';

// A local model host on 127.0.0.1 serves a tiny generated whisper.cpp model under the paths of
// two catalogue entries: nb-whisper-base (with a pinned hash, which this file cannot match) and
// nb-whisper-tiny (no published hash: the admin confirms the computed one).
const model = buildTinyGgml().buffer;
const modelHash = createHash('sha256').update(model).digest('hex');
let host: Server;
let source: string;

beforeAll(async () => {
  host = createServer((request, response) => {
    if (request.url?.endsWith('/ggml-model.bin') === true) {
      response.writeHead(200, { 'content-length': String(model.length) });
      response.end(model);
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  source = await listenLocally(host);
});

afterAll(async () => {
  await closeServer(host);
});

/** Listens on a free port of 127.0.0.1; the server's base URL. */
async function listenLocally(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function closeServer(server: Server): Promise<void> {
  await new Promise<void>((resolve) =>
    server.close(() => {
      resolve();
    }),
  );
}

async function startApp(dataDir: string, env: Record<string, string> = {}): Promise<TestApp> {
  const fullEnv = { REFERENT_DATA_DIR: dataDir, REFERENT_MODEL_SOURCE_URL: source, ...env };
  const config = loadConfig(fullEnv);
  return createTestApp({
    dataDir,
    env: fullEnv,
    capabilities: await createCapabilities(config, { logger: silentLogger }),
  });
}

/** Stops `running` and starts the app again over the same data, logged in as the admin. */
async function restart(
  running: TestApp,
  dataDir: string,
  env: Record<string, string> = {},
): Promise<{ test: TestApp; admin: string }> {
  await running.close();
  const test = await startApp(dataDir, env);
  return { test, admin: await test.login('atle-admin', 'admin') };
}

/** Whether the model file a catalogue entry is installed as is on disk. */
function isInstalled(dataDir: string, name: string): boolean {
  return existsSync(join(dataDir, 'models', `ggml-${name}.bin`));
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the answer's shape
async function call<T = unknown>(
  test: TestApp,
  token: string,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: object,
): Promise<{ status: number; body: T }> {
  const response = await test.app.server.inject({
    method,
    url,
    headers: { authorization: `Bearer ${token}` },
    ...(payload === undefined ? {} : { payload }),
  });
  return { status: response.statusCode, body: response.json<T>() };
}

/** Confirms the computed SHA-256 of the download awaiting confirmation. */
function confirmHash(test: TestApp, token: string, sha256: string) {
  return call<{ job: InstallJob }>(test, token, 'POST', '/api/v1/models/install/confirm', {
    sha256,
  });
}

async function finishedJob(test: TestApp, token: string): Promise<InstallJob> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const { body } = await call<ModelOverview>(test, token, 'GET', '/api/v1/models');
    if (body.job !== null && body.job.state !== 'downloading') return body.job;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the install did not finish');
}

describe('model set-up from the admin screen', () => {
  let dataDir: string;
  let test: TestApp;
  let admin: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'referent-models-routes-'));
    test = await startApp(dataDir);
    admin = await test.login('atle-admin', 'admin');
  }, 60_000);

  afterAll(async () => {
    await test.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('lists speech and language models with guidance, and the declared download source', async () => {
    const { status, body } = await call<ModelOverview>(test, admin, 'GET', '/api/v1/models');
    expect(status).toBe(200);
    expect(body.source).toEqual({ url: source, region: 'LOCAL' });
    expect(body.models.filter((entry) => entry.kind === 'speech')).toHaveLength(5);
    expect(body.models.filter((entry) => entry.kind === 'language').length).toBeGreaterThan(2);
    const base = body.models.find((entry) => entry.name === 'nb-whisper-base');
    expect(base).toMatchObject({ pinned: true, installed: false, active: false });
    expect(base?.guidance.memory).toMatch(/GB/);
    expect(body.speech).toMatchObject({ engine: 'none', environmentWins: false });
  });

  it('refuses a download whose SHA-256 differs from the pinned one, and installs nothing', async () => {
    const started = await call<{ job: InstallJob }>(
      test,
      admin,
      'POST',
      '/api/v1/models/nb-whisper-base/install',
    );
    expect(started.status).toBe(202);
    const job = await finishedJob(test, admin);
    expect(job).toMatchObject({ name: 'nb-whisper-base', state: 'failed', sha256: modelHash });
    expect(job.message).toContain('stemmer ikke med den publiserte kontrollsummen');
    expect(isInstalled(dataDir, 'nb-whisper-base')).toBe(false);
    const activated = await call(test, admin, 'PUT', '/api/v1/models/active', {
      kind: 'speech',
      name: 'nb-whisper-base',
    });
    expect(activated.status).toBe(409);
  });

  it('shows the computed hash of an unpinned model and installs it only once confirmed', async () => {
    await call(test, admin, 'POST', '/api/v1/models/nb-whisper-tiny/install');
    const job = await finishedJob(test, admin);
    expect(job).toMatchObject({ state: 'needs-confirmation', sha256: modelHash, pinned: false });
    expect(job.received).toBe(model.length);
    const wrong = await confirmHash(test, admin, 'a'.repeat(64));
    expect(wrong.status).toBe(400);
    expect(isInstalled(dataDir, 'nb-whisper-tiny')).toBe(false);
    const confirmed = await confirmHash(test, admin, modelHash);
    expect(confirmed.body.job.state).toBe('installed');
    expect(isInstalled(dataDir, 'nb-whisper-tiny')).toBe(true);
    const entries = await test.app.audit.list({ limit: 100 });
    const confirmation = entries.find((entry) => entry.action === 'model-hash-confirmed');
    expect(confirmation?.detail).toBe(`nb-whisper-tiny:${modelHash}`);
    expect(confirmation?.outcome).toBe('success');
  });

  it('activates the installed speech model at once, and keeps it after a restart', async () => {
    const clinician = await test.login('lege-modell');
    const before = await call<{ speechToText: { available: boolean } }>(
      test,
      clinician,
      'GET',
      '/api/v1/capabilities',
    );
    expect(before.body.speechToText.available).toBe(false);
    const activated = await call(test, admin, 'PUT', '/api/v1/models/active', {
      kind: 'speech',
      name: 'nb-whisper-tiny',
    });
    expect(activated.body).toEqual({ applied: true, environmentWins: false });
    const after = await call<{ speechToText: { available: boolean; engine: string } }>(
      test,
      clinician,
      'GET',
      '/api/v1/capabilities',
    );
    expect(after.body.speechToText).toMatchObject({ available: true, engine: 'whisper' });
    const verified = await call<{ ok: boolean }>(
      test,
      admin,
      'POST',
      '/api/v1/models/nb-whisper-tiny/verify',
    );
    expect(verified.body.ok).toBe(true);

    ({ test, admin } = await restart(test, dataDir));
    const restarted = await call<ModelOverview>(test, admin, 'GET', '/api/v1/models');
    expect(restarted.body.speech).toMatchObject({
      activatedModel: 'nb-whisper-tiny',
      engine: 'whisper',
    });
  }, 60_000);

  it('lets the environment win over the activated model, and says so', async () => {
    ({ test, admin } = await restart(test, dataDir, { REFERENT_STT_ENGINE: 'none' }));
    const overview = await call<ModelOverview>(test, admin, 'GET', '/api/v1/models');
    expect(overview.body.speech).toMatchObject({
      activatedModel: 'nb-whisper-tiny',
      engine: 'none',
      environmentWins: true,
    });
  }, 60_000);

  it('is for admins only', async () => {
    const clinician = await test.login('lege-uten-tilgang');
    expect((await call(test, clinician, 'GET', '/api/v1/models')).status).toBe(403);
    expect(
      (await call(test, clinician, 'POST', '/api/v1/models/nb-whisper-tiny/install')).status,
    ).toBe(403);
  });
});

describe('an install cut off by a restart', () => {
  let dataDir: string;
  let test: TestApp;
  let admin: string;
  let stalled: Server;
  let stalledSource: string;
  const partialFiles = () =>
    readdirSync(join(dataDir, 'models')).filter((name) => name.endsWith('.partial'));

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'referent-models-restart-'));
    // Sends half the model, then nothing: the download is still running when the server stops.
    stalled = createServer((_request, response) => {
      response.writeHead(200, { 'content-length': String(model.length) });
      response.write(model.subarray(0, Math.floor(model.length / 2)));
    });
    stalledSource = await listenLocally(stalled);
  });

  afterAll(async () => {
    await test.close();
    stalled.closeAllConnections();
    await closeServer(stalled);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('reports a download cut off by a restart as interrupted, deletes the half file, and installs on retry', async () => {
    test = await startApp(dataDir, { REFERENT_MODEL_SOURCE_URL: stalledSource });
    admin = await test.login('atle-admin', 'admin');
    await call(test, admin, 'POST', '/api/v1/models/nb-whisper-tiny/install');
    await expect
      .poll(async () => {
        const { body } = await call<ModelOverview>(test, admin, 'GET', '/api/v1/models');
        return body.job?.received ?? 0;
      })
      .toBeGreaterThan(0);
    expect(partialFiles()).toHaveLength(1);

    ({ test, admin } = await restart(test, dataDir));
    const after = await call<ModelOverview>(test, admin, 'GET', '/api/v1/models');
    expect(after.body.job).toMatchObject({
      name: 'nb-whisper-tiny',
      state: 'failed',
      failure: 'interrupted',
    });
    expect(after.body.job?.message).toContain('startet på nytt');
    expect(partialFiles()).toHaveLength(0);
    expect(after.body.models.find((entry) => entry.name === 'nb-whisper-tiny')?.installed).toBe(
      false,
    );
    const refused = await call(test, admin, 'PUT', '/api/v1/models/active', {
      kind: 'speech',
      name: 'nb-whisper-tiny',
    });
    expect(refused.status).toBe(409);
    const audit = await test.app.audit.list({ limit: 100 });
    expect(
      audit.some(
        (entry) =>
          entry.action === 'model-installed' && entry.detail === 'nb-whisper-tiny:interrupted',
      ),
    ).toBe(true);

    const retried = await call(test, admin, 'POST', '/api/v1/models/nb-whisper-tiny/install');
    expect(retried.status).toBe(202);
    expect((await finishedJob(test, admin)).state).toBe('needs-confirmation');
  }, 60_000);

  it('still offers a download awaiting hash confirmation after a restart, and installs it once confirmed', async () => {
    ({ test, admin } = await restart(test, dataDir));
    const after = await call<ModelOverview>(test, admin, 'GET', '/api/v1/models');
    expect(after.body.job).toMatchObject({ state: 'needs-confirmation', sha256: modelHash });
    const confirmed = await confirmHash(test, admin, modelHash);
    expect(confirmed.body.job.state).toBe('installed');
    expect(isInstalled(dataDir, 'nb-whisper-tiny')).toBe(true);
    expect(partialFiles()).toHaveLength(0);
  }, 60_000);
});
