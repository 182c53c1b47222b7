import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCliScratch, runCliInProcess, type CliScratch } from './testing/index.js';

describe('referent audit verify on a data directory that does not exist (issue 15)', () => {
  let scratch: CliScratch;
  beforeEach(() => {
    scratch = createCliScratch('referent-verify-typo-');
  });
  afterEach(() => {
    scratch.remove();
  });

  it('refuses a mistyped --data instead of creating a key and an empty log and calling it intact', async () => {
    const typo = join(scratch.path, 'dta');
    const result = await runCliInProcess(['audit', 'verify', '--data', typo], {
      env: { REFERENT_DEMO: 'off' },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).not.toMatch(/intact/i);
    expect(result.stderr).toContain('does not exist');
    // Nothing was created where the auditor mistyped.
    expect(existsSync(typo)).toBe(false);
  });

  it('refuses a data directory that holds no database', async () => {
    const result = await runCliInProcess(['audit', 'verify', '--data', scratch.path], {
      env: { REFERENT_DEMO: 'off' },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).not.toMatch(/intact/i);
    expect(existsSync(join(scratch.path, 'master.key'))).toBe(false);
    expect(existsSync(join(scratch.path, 'referent.db'))).toBe(false);
  });
});
