/**
 * Format check of the fourteenth held-out drafter set (q01–q06, session 22); the checks are shared
 * by every set since v6 (`../held-out-set-checks.ts`), in all four templates: journalnotat,
 * epikrise, henvisning and pasientbrev.
 */
import { describeHeldOutDraftSet } from '../held-out-set-checks.js';

await describeHeldOutDraftSet({
  directory: import.meta.dirname,
  name: 'v14',
  idPrefix: 'q',
  count: 6,
  templates: ['journalnotat', 'epikrise', 'henvisning', 'pasientbrev'],
});
