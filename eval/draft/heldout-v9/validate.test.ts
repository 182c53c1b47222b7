/**
 * Format check of the ninth held-out drafter set (x01–x08, session 14); the checks are shared
 * by every set since v6 (`../held-out-set-checks.ts`).
 */
import { describeHeldOutDraftSet } from '../held-out-set-checks.js';

await describeHeldOutDraftSet({
  directory: import.meta.dirname,
  name: 'v9',
  idPrefix: 'x',
  count: 8,
});
