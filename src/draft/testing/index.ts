/**
 * Test support of the draft module, for tests in other modules (never production code): what the
 * registered memos of words hold, by count and by key, never their contents.
 */
export { countWordMemoEntries, isWordInWordMemos } from '../../language/index.js';
