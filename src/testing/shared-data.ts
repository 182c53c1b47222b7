import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is `src/testing/shared-data.ts`). */
const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The shared project folder (design.md, conventions.md, `data/consultations`): the
 * `REFERENT_SHARED_DIR` environment variable when set, else `../shared` beside the repository.
 * The one place tests, evaluations and benchmarks find it.
 */
export function getSharedDirectory(env: NodeJS.ProcessEnv = process.env): string {
  const override = env['REFERENT_SHARED_DIR'];
  return override !== undefined && override !== ''
    ? override
    : join(repositoryRoot, '..', 'shared');
}

/** The shared synthetic consultations d01–d06 (`<shared>/data/consultations`). */
export function getSharedConsultationsDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return join(getSharedDirectory(env), 'data', 'consultations');
}
