/**
 * Format check of the seventh held-out drafter set (t01–t06, session 9); the checks are shared
 * by every set since v6 (`../held-out-set-checks.ts`).
 */
import { describeHeldOutDraftSet } from '../held-out-set-checks.js';

await describeHeldOutDraftSet({
  directory: import.meta.dirname,
  name: 'v7',
  idPrefix: 't',
  count: 6,
});
