/**
 * Consistency of the eighteenth held-out set (`eval/deid/heldout-v18`, session 26): the JSON is what
 * the marked-up sources build to, every annotation is sound (the runner's own loader refuses a
 * broken one), the set keeps its size (250 mentions, 3,000 clean words), every PHI type and kind,
 * its spread over the weak-spot categories and its typed fødselsnumre, and its identifier-free texts
 * hold none of its names or places. Failures name files and counts only, never the held-out text.
 */
import * as path from 'node:path';

import { readSourceDocuments } from './build-data.js';
import { HELDOUT_V18_DATA_DIRECTORY, HELDOUT_V18_SOURCE_DIRECTORY } from './build-heldout.js';
import { describeLaterHeldoutSet, LATER_HELDOUT_CATEGORIES } from './describe-later-heldout-set.js';
import { loadCleanCorpus, loadEvalDocuments } from './load-eval-set.js';

describeLaterHeldoutSet({
  name: 'v18',
  dataDirectory: HELDOUT_V18_DATA_DIRECTORY,
  documents: await loadEvalDocuments(HELDOUT_V18_DATA_DIRECTORY),
  sources: await readSourceDocuments(HELDOUT_V18_SOURCE_DIRECTORY),
  clean: await loadCleanCorpus(path.join(import.meta.dirname, 'heldout-v18-clean')),
  minMentions: 250,
  minKinds: 8,
  categories: [...LATER_HELDOUT_CATEGORIES, 'other'],
});
