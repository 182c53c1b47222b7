import { describe, expect, it } from 'vitest';
import { checkPortVersion, ConfigError } from './index.js';

describe('checkPortVersion', () => {
  it('accepts an adapter that states the version of the port this build speaks', () => {
    const adapter = { specificationVersion: 'v1', info: { kind: 'builtin' } };
    expect(checkPortVersion('drafter', adapter)).toBe(adapter);
  });

  it('refuses an adapter written for another version, or stating none, naming the port and both versions', () => {
    expect(() => checkPortVersion('transcriber', { specificationVersion: 'v2' })).toThrow(
      ConfigError,
    );
    expect(() => checkPortVersion('transcriber', { specificationVersion: 'v2' })).toThrow(
      'the transcriber adapter implements specification v2, but this version of Referent needs v1',
    );
    expect(() => checkPortVersion('store', {})).toThrow('implements specification (none)');
    expect(() => checkPortVersion('audit-log', { specificationVersion: 'v0' })).toThrow(
      'the audit-log adapter implements specification v0, but this version of Referent needs v1',
    );
  });
});
