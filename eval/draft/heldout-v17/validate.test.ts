/**
 * Format check of the seventeenth held-out drafter set (m01–m06, session 25); the checks are
 * shared by every set since v6 (`../held-out-set-checks.ts`), in all four templates: journalnotat,
 * epikrise, henvisning and pasientbrev.
 */
import { describeHeldOutDraftSet } from '../held-out-set-checks.js';

await describeHeldOutDraftSet({
  directory: import.meta.dirname,
  name: 'v17',
  idPrefix: 'm',
  count: 6,
  templates: ['journalnotat', 'epikrise', 'henvisning', 'pasientbrev'],
});
