/**
 * Format check of the thirteenth held-out drafter set (w01–w06, session 21); the checks are shared
 * by every set since v6 (`../held-out-set-checks.ts`), in all four templates: journalnotat,
 * epikrise, henvisning and pasientbrev.
 */
import { describeHeldOutDraftSet } from '../held-out-set-checks.js';

await describeHeldOutDraftSet({
  directory: import.meta.dirname,
  name: 'v13',
  idPrefix: 'w',
  count: 6,
  templates: ['journalnotat', 'epikrise', 'henvisning', 'pasientbrev'],
});
