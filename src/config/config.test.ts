import { describe, expect, it } from 'vitest';
import { ConfigError } from '../core/index.js';
import { loadConfig } from './config.js';

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration', () => {
  it('starts on embedded defaults: loopback, SQLite, builtin drafter, no speech engine, 12 h retention', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 8080,
      dataDir: './data',
      retentionHours: 12,
    });
    expect(config.llm.engine).toBe('builtin');
    expect(config.stt.engine).toBe('none');
  });

  it('gives each compute worker a heap ceiling sized to the largest transcript accepted', () => {
    expect(loadConfig({}).compute.heapMib).toBe(256 + 80 * 8);
    expect(
      loadConfig({ REFERENT_MAX_TRANSCRIPT_BYTES: String(2 * 1_048_576) }).compute.heapMib,
    ).toBe(256 + 80 * 2);
    expect(loadConfig({ REFERENT_COMPUTE_WORKER_HEAP_MIB: '1536' }).compute.heapMib).toBe(1536);
    // Below what a worker needs before its first job, it would die and restart for ever.
    expect(problemsOf({ REFERENT_COMPUTE_WORKER_HEAP_MIB: '128' }).join()).toMatch(
      /REFERENT_COMPUTE_WORKER_HEAP_MIB/,
    );
  });

  it('lets drafting yield the CPU to requests unless the operator says otherwise', () => {
    expect(loadConfig({}).compute.nice).toBe(10);
    expect(loadConfig({ REFERENT_COMPUTE_WORKER_NICE: '0' }).compute.nice).toBe(0);
    // Beyond 19 the system has no lower priority; a negative value would need privileges.
    expect(problemsOf({ REFERENT_COMPUTE_WORKER_NICE: '20' }).join()).toMatch(
      /REFERENT_COMPUTE_WORKER_NICE/,
    );
    expect(problemsOf({ REFERENT_COMPUTE_WORKER_NICE: '-5' }).join()).toMatch(
      /REFERENT_COMPUTE_WORKER_NICE/,
    );
  });

  it('caps retention at 24 hours', () => {
    expect(problemsOf({ REFERENT_RETENTION_HOURS: '48' }).join()).toMatch(/at most 24/);
  });

  it('refuses an endpoint outside Norway/EU and one without a declared jurisdiction', () => {
    const us = problemsOf({
      REFERENT_LLM_ENGINE: 'openai',
      REFERENT_LLM_BASE_URL: 'https://api.example.com/v1',
      REFERENT_LLM_MODEL: 'm',
      REFERENT_LLM_REGION: 'US',
    });
    expect(us.join()).toMatch(/US is not an allowed region/);
    const undeclared = problemsOf({
      REFERENT_LLM_ENGINE: 'openai',
      REFERENT_LLM_BASE_URL: 'https://llm.example.no/v1',
      REFERENT_LLM_MODEL: 'm',
    });
    expect(undeclared.join()).toMatch(/REFERENT_LLM_REGION is required/);
  });

  it('accepts a declared Norwegian endpoint and a local one without a region', () => {
    const remote = loadConfig({
      REFERENT_LLM_ENGINE: 'openai',
      REFERENT_LLM_BASE_URL: 'https://llm.example.no/v1',
      REFERENT_LLM_MODEL: 'm',
      REFERENT_LLM_REGION: 'no',
    });
    expect(remote.llm).toMatchObject({ engine: 'openai', region: 'NO' });
    const local = loadConfig({
      REFERENT_STT_ENGINE: 'openai',
      REFERENT_STT_BASE_URL: 'http://127.0.0.1:9000/v1',
    });
    expect(local.stt).toMatchObject({ engine: 'openai', region: 'LOCAL' });
  });

  it('reports every problem at once, without echoing secrets', () => {
    const problems = problemsOf({
      REFERENT_PORT: 'abc',
      REFERENT_MASTER_KEY: 'not-a-key-SECRET',
      REFERENT_STT_ENGINE: 'whisper',
    });
    expect(problems.length).toBeGreaterThanOrEqual(2);
    expect(problems.join('\n')).not.toContain('SECRET');
  });

  it('lets the environment win over the config file', () => {
    const config = loadConfig(
      { REFERENT_CONFIG: '/etc/referent.json', REFERENT_PORT: '9000' },
      { readFile: () => JSON.stringify({ REFERENT_PORT: 8000, REFERENT_RETENTION_HOURS: 6 }) },
    );
    expect(config.port).toBe(9000);
    expect(config.retentionHours).toBe(6);
  });

  it('refuses DATABASE_URL plainly, since this build ships SQLite only', () => {
    expect(problemsOf({ DATABASE_URL: 'postgres://x' }).join()).toMatch(/SQLite/);
  });

  it('trusts X-Forwarded-For only from the listed proxies, and checks the list', () => {
    expect(loadConfig({}).trustedProxies).toEqual([]);
    expect(loadConfig({ REFERENT_BEHIND_TLS_PROXY: 'true' }).trustedProxies).toEqual([
      '127.0.0.1',
      '::1',
    ]);
    expect(
      loadConfig({ REFERENT_TRUSTED_PROXIES: '10.0.0.0/8, 192.0.2.7' }).trustedProxies,
    ).toEqual(['10.0.0.0/8', '192.0.2.7']);
    expect(problemsOf({ REFERENT_TRUSTED_PROXIES: 'proxy.example' }).join()).toMatch(
      /REFERENT_TRUSTED_PROXIES/,
    );
  });
});
