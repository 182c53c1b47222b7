import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { loadConfig } from './config/index.js';
import { ConfigError } from './core/index.js';
import type { Drafter } from './draft/index.js';
import { createFakeDrafting } from './testing/fakes.js';

describe('the composition root checks the port version of every adapter it wires', () => {
  let scratch: string | undefined;
  afterEach(() => {
    if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
  });

  it('refuses a drafter written for another version of the port before opening the data directory', async () => {
    scratch = mkdtempSync(join(tmpdir(), 'referent-port-version-'));
    const dataDir = join(scratch, 'data');
    const drafting = createFakeDrafting();
    // A plug-in compiled against a later port, as JavaScript would hand it over.
    const later: unknown = { ...drafting.drafter, specificationVersion: 'v2' };
    const error: unknown = await createApp({
      config: loadConfig({ REFERENT_DATA_DIR: dataDir, REFERENT_MODEL_SOURCE_URL: 'none' }),
      capabilities: { drafting: { ...drafting, drafter: later as Drafter } },
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'the drafter adapter implements specification v2, but this version of Referent needs v1',
    ]);
    expect(existsSync(dataDir)).toBe(false);
  });

  it('starts with the configured engines, which all state the version they implement', async () => {
    scratch = mkdtempSync(join(tmpdir(), 'referent-port-version-'));
    const app = await createApp({
      config: loadConfig({
        REFERENT_DATA_DIR: join(scratch, 'data'),
        REFERENT_MODEL_SOURCE_URL: 'none',
        REFERENT_FHIR_BASE_URL: 'http://127.0.0.1:9/fhir',
      }),
      capabilities: 'configured',
    });
    try {
      // Had any configured adapter (builtin drafter, FHIR sender, SQLite store, audit log) stated no version
      // or another one, createApp would have refused to start.
      expect(app.store.specificationVersion).toBe('v1');
      expect(app.audit.specificationVersion).toBe('v1');
    } finally {
      await app.close();
    }
  });
});
