import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from './main.js';

async function run(args: readonly string[], env: Record<string, string>) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const stdin = new PassThrough();
  stdin.end('');
  const code = await main(args, { stdin, stdout, stderr, env });
  return {
    code,
    stdout: Buffer.concat(out).toString('utf8'),
    stderr: Buffer.concat(err).toString('utf8'),
  };
}

describe('referent audit verify on a data directory that does not exist (issue 15)', () => {
  let scratch: string;
  beforeEach(() => {
    scratch = mkdtempSync(join(tmpdir(), 'referent-verify-typo-'));
  });
  afterEach(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  it('refuses a mistyped --data instead of creating a key and an empty log and calling it intact', async () => {
    const typo = join(scratch, 'dta');
    const result = await run(['audit', 'verify', '--data', typo], { REFERENT_DEMO: 'off' });
    expect(result.code).toBe(1);
    expect(result.stdout).not.toMatch(/intact/i);
    expect(result.stderr).toContain('does not exist');
    // Nothing was created where the auditor mistyped.
    expect(existsSync(typo)).toBe(false);
  });

  it('refuses a data directory that holds no database', async () => {
    const result = await run(['audit', 'verify', '--data', scratch], { REFERENT_DEMO: 'off' });
    expect(result.code).toBe(1);
    expect(result.stdout).not.toMatch(/intact/i);
    expect(existsSync(join(scratch, 'master.key'))).toBe(false);
    expect(existsSync(join(scratch, 'referent.db'))).toBe(false);
  });
});
