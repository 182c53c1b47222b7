/**
 * Format check of the sixteenth held-out drafter set (r01–r06, session 24); the checks are shared
 * by every set since v6 (`../held-out-set-checks.ts`), in all four templates: journalnotat,
 * epikrise, henvisning and pasientbrev.
 */
import { describeHeldOutDraftSet } from '../held-out-set-checks.js';

await describeHeldOutDraftSet({
  directory: import.meta.dirname,
  name: 'v16',
  idPrefix: 'r',
  count: 6,
  templates: ['journalnotat', 'epikrise', 'henvisning', 'pasientbrev'],
});
