import { describeHeldOutDraftSet } from '../held-out-set-checks.js';

await describeHeldOutDraftSet({
  directory: import.meta.dirname,
  name: 'v32',
  idPrefix: 'e',
  count: 6,
  templates: ['journalnotat', 'epikrise', 'henvisning', 'pasientbrev'],
});
