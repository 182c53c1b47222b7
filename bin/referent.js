#!/usr/bin/env node
// Entry point of the `referent` command. The TypeScript sources are compiled to dist/ by
// `npm run build`; when dist/ is missing (a fresh checkout), fall back to tsx so `npx referent`
// works from the repository without a build step.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const compiled = join(root, 'dist', 'cli', 'main.js');
if (existsSync(compiled)) {
  const { main } = await import(compiled);
  process.exitCode = await main(process.argv.slice(2));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import(join(root, 'src', 'cli', 'main.ts'));
  process.exitCode = await main(process.argv.slice(2));
}
