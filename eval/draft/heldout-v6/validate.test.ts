/**
 * Format check of the sixth held-out drafter set (s01–s06, session 8); the checks are shared
 * by every set since v6 (`../held-out-set-checks.ts`).
 */
import { describeHeldOutDraftSet } from '../held-out-set-checks.js';

await describeHeldOutDraftSet({
  directory: import.meta.dirname,
  name: 'v6',
  idPrefix: 's',
  count: 6,
});
