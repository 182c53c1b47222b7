#!/usr/bin/env node
// Entry point of the `referent` command. The TypeScript sources are compiled to dist/ by
// `npm run build`; when dist/ is missing (a fresh checkout), fall back to tsx so `npx referent`
// works from the repository without a build step.
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// run-cli loads only the module of the command it runs (`deid`: the pseudonymizer alone).
const compiled = join(root, 'dist', 'cli', 'run-cli.js');
// `deid` from its one-file bundle (src/cli/write-deid-bundle.ts) when the build wrote one after
// the compiled modules it was made from: loading one file starts faster than loading seventy.
const deidBundle = join(root, 'dist', 'pseudonymize', 'deid-command.bundle.js');
const isFreshBundle = (bundle) =>
  existsSync(bundle) &&
  existsSync(compiled) &&
  statSync(bundle).mtimeMs >= statSync(compiled).mtimeMs;
if (process.argv[2] === 'deid' && isFreshBundle(deidBundle)) {
  const { runDeidCli } = await import(deidBundle);
  process.exitCode = await runDeidCli(process.argv.slice(3), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  });
} else if (existsSync(compiled)) {
  const { runCli } = await import(compiled);
  process.exitCode = await runCli(process.argv.slice(2));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { runCli } = await import(join(root, 'src', 'cli', 'run-cli.ts'));
  process.exitCode = await runCli(process.argv.slice(2));
}
