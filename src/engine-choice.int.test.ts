import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCapabilities, describeEngines } from './capabilities.js';
import { runCliInProcess } from './cli/testing/index.js';
import { loadConfig } from './config/index.js';
import { silentLogger } from './core/index.js';
import { createTestApp, type TestApp } from './testing/test-app.js';

/** Configurations an operator might write; the endpoints are never called by these tests. */
const configurations: Record<string, Record<string, string>> = {
  'the defaults (built-in drafting, no speech engine, no record system)': {},
  'an OpenAI-compatible language model and speech service, and a FHIR receiver': {
    REFERENT_LLM_ENGINE: 'openai',
    REFERENT_LLM_BASE_URL: 'http://127.0.0.1:9/v1',
    REFERENT_LLM_REGION: 'NO',
    REFERENT_LLM_MODEL: 'norsk-modell-7b',
    REFERENT_STT_ENGINE: 'openai',
    REFERENT_STT_BASE_URL: 'http://127.0.0.1:9/v1',
    REFERENT_STT_REGION: 'NO',
    REFERENT_STT_MODEL: 'nb-whisper-large',
    REFERENT_FHIR_BASE_URL: 'http://127.0.0.1:9/fhir',
    REFERENT_FHIR_REGION: 'NO',
  },
  'built-in drafting with a speech service': {
    REFERENT_STT_ENGINE: 'openai',
    REFERENT_STT_BASE_URL: 'http://127.0.0.1:9/v1',
    REFERENT_STT_REGION: 'EU',
    REFERENT_STT_MODEL: 'whisper-1',
  },
};

describe('the server and the CLI pick the same engines for the same configuration (issue 15)', () => {
  let test: TestApp | undefined;
  afterEach(async () => {
    await test?.close();
    test = undefined;
  });

  for (const [name, env] of Object.entries(configurations)) {
    it(`for ${name}`, async () => {
      test = await createTestApp({ env, capabilities: 'configured' });
      const token = await test.login('lege-e', 'clinician');
      const report = (
        await test.app.server.inject({
          method: 'GET',
          url: '/api/v1/capabilities',
          headers: { authorization: `Bearer ${token}` },
        })
      ).json<{
        speechToText: { engine: string };
        drafting: { engine: string };
        fhirSend: { available: boolean };
      }>();
      const server = {
        drafting: report.drafting.engine,
        speechToText: report.speechToText.engine,
        fhirSend: report.fhirSend.available,
      };

      // What the CLI's draft, transcribe and verify commands build.
      const config = loadConfig({ REFERENT_DATA_DIR: test.dataDir, ...env });
      const cli = await createCapabilities(config, { logger: silentLogger });
      const picked = {
        drafting: cli.drafting?.drafter.info.kind,
        speechToText: cli.transcriber?.info.kind ?? 'none',
        fhirSend: cli.exporting?.send !== undefined,
      };

      const described = describeEngines(config);
      expect(server).toEqual(picked);
      expect(server).toEqual({
        drafting: described.drafting.engine,
        speechToText: described.speechToText.engine,
        fhirSend: described.fhirSend,
      });
    });
  }

  it('drafts with the engine the server reports, from the console command', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'referent-engine-choice-'));
    try {
      const input = join(scratch, 'samtale.json');
      writeFileSync(
        input,
        JSON.stringify({
          segments: [
            { speaker: 'lege', text: 'Hva kan jeg hjelpe deg med?' },
            { speaker: 'pasient', text: 'Jeg har vondt i skulderen når jeg løfter armen.' },
          ],
        }),
      );
      const run = await runCliInProcess(['draft', '--input', input], {
        env: { REFERENT_DATA_DIR: join(scratch, 'data') },
      });
      expect(run.code).toBe(0);
      const draft = JSON.parse(run.stdout) as { engine: { kind: string } };
      expect(draft.engine.kind).toBe(describeEngines(loadConfig({})).drafting.engine);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
