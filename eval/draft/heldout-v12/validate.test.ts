/**
 * Format check of the twelfth held-out drafter set (v01–v08, session 19); the checks are shared
 * by every set since v6 (`../held-out-set-checks.ts`). This set is the first written for all four
 * templates: journalnotat, epikrise, henvisning and pasientbrev.
 */
import { describeHeldOutDraftSet } from '../held-out-set-checks.js';

await describeHeldOutDraftSet({
  directory: import.meta.dirname,
  name: 'v12',
  idPrefix: 'v',
  count: 8,
  templates: ['journalnotat', 'epikrise', 'henvisning', 'pasientbrev'],
});
