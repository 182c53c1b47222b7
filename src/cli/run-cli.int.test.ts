import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `referent <args>` through `runCli` in a fresh Node; reports which packages it loaded. */
function runAndListPackages(args: readonly string[], stdin: string) {
  const script = `
    import { createRequire } from 'node:module';
    import { runCli } from './src/cli/run-cli.ts';
    const code = await runCli(${JSON.stringify(args)});
    const loaded = Object.keys(createRequire(import.meta.url).cache)
      .map((path) => /node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//.exec(path)?.[1])
      .filter((name) => name !== undefined);
    process.stderr.write('\\n' + JSON.stringify({ code, packages: [...new Set(loaded)] }) + '\\n');
  `;
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    {
      cwd: root,
      input: stdin,
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  const report = result.stderr.trim().split('\n').pop() ?? '{}';
  return {
    stdout: result.stdout,
    ...(JSON.parse(report) as { code: number; packages: string[] }),
  };
}

describe('runCli', () => {
  it('runs deid without loading the server, the database or the model engines', () => {
    const line = JSON.stringify({ id: 'x', text: 'Pasienten Synnøve Aasland ringer 41 52 63 74.' });
    const result = runAndListPackages(['deid'], `${line}\n`);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('Aasland');
    expect(result.stdout).toContain('"id":"x"');
    for (const heavy of ['fastify', 'better-sqlite3', 'node-llama-cpp', 'openai', 'kysely'])
      expect(result.packages).not.toContain(heavy);
  }, 150_000);

  it('runs every other command through main, which loads the application', () => {
    const result = runAndListPackages(['users', 'add'], '');
    expect(result.code).toBe(1);
    expect(result.packages).toContain('fastify');
  }, 150_000);
});
