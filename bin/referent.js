#!/usr/bin/env node
// Entry point of the `referent` command. The TypeScript sources are compiled to dist/ by
// `npm run build`; when dist/ is missing (a fresh checkout), fall back to tsx so `npx referent`
// works from the repository without a build step.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// run-cli loads only the module of the command it runs (`deid`: the pseudonymizer alone).
const compiled = join(root, 'dist', 'cli', 'run-cli.js');
if (existsSync(compiled)) {
  const { runCli } = await import(compiled);
  process.exitCode = await runCli(process.argv.slice(2));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { runCli } = await import(join(root, 'src', 'cli', 'run-cli.ts'));
  process.exitCode = await runCli(process.argv.slice(2));
}
