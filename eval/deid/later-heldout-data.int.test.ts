/**
 * Consistency of every later held-out set (`LATER_HELDOUT_SETS`): the JSON is what the marked-up
 * sources build to, every annotation is sound (the runner's own loader refuses a broken one), the
 * set keeps its size, every PHI type and kind, its spread over the weak-spot categories and its
 * typed fødselsnumre, and its identifier-free texts hold none of its names or places. Failures name
 * files and counts only, never the held-out text.
 */
import { readSourceDocuments } from './build-data.js';
import { describeLaterHeldoutSet, LATER_HELDOUT_CATEGORIES } from './describe-later-heldout-set.js';
import { loadCleanCorpus, loadEvalDocuments } from './load-eval-set.js';
import { LATER_HELDOUT_SETS, laterHeldoutDirectories } from './later-heldout-sets.js';

for (const set of LATER_HELDOUT_SETS) {
  const directories = laterHeldoutDirectories(set.name);
  describeLaterHeldoutSet({
    name: set.name,
    dataDirectory: directories.data,
    documents: await loadEvalDocuments(directories.data),
    sources: await readSourceDocuments(directories.source),
    clean: await loadCleanCorpus(directories.clean),
    minMentions: set.consistency.minMentions,
    minKinds: set.consistency.minKinds,
    categories: set.consistency.otherCategory
      ? [...LATER_HELDOUT_CATEGORIES, 'other']
      : LATER_HELDOUT_CATEGORIES,
  });
}
