/**
 * `npm run screenshots`: runs the browser end-to-end tests with screenshots going to
 * docs/screenshots/ (an ordinary `npm test` writes them to a temporary folder instead).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './support.js';

const result = spawnSync(
  process.execPath,
  [join(repoRoot, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'e2e'],
  {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, REFERENT_SCREENSHOT_DIR: join(repoRoot, 'docs', 'screenshots') },
  },
);
process.exit(result.status ?? 1);
