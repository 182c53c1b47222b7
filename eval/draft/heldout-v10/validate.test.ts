/**
 * Format check of the tenth held-out drafter set (z01–z08, session 17); the checks are shared
 * by every set since v6 (`../held-out-set-checks.ts`).
 */
import { describeHeldOutDraftSet } from '../held-out-set-checks.js';

await describeHeldOutDraftSet({
  directory: import.meta.dirname,
  name: 'v10',
  idPrefix: 'z',
  count: 8,
});
