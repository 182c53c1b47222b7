/**
 * Format check of the fifteenth held-out drafter set (p01–p06, session 23); the checks are shared
 * by every set since v6 (`../held-out-set-checks.ts`), in all four templates: journalnotat,
 * epikrise, henvisning and pasientbrev.
 */
import { describeHeldOutDraftSet } from '../held-out-set-checks.js';

await describeHeldOutDraftSet({
  directory: import.meta.dirname,
  name: 'v15',
  idPrefix: 'p',
  count: 6,
  templates: ['journalnotat', 'epikrise', 'henvisning', 'pasientbrev'],
});
