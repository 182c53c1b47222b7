/**
 * Format check of the eleventh held-out drafter set (w01–w08, session 18); the checks are shared
 * by every set since v6 (`../held-out-set-checks.ts`).
 */
import { describeHeldOutDraftSet } from '../held-out-set-checks.js';

await describeHeldOutDraftSet({
  directory: import.meta.dirname,
  name: 'v11',
  idPrefix: 'w',
  count: 8,
});
