/**
 * `node dist/pseudonymize/write-lexicon-snapshot.js` (run by `npm run build`): writes the lexicon
 * snapshot beside the compiled pseudonymizer, so `referent deid` starts without parsing the
 * dictionary, and the surrogate name lists filtered from it. The snapshots are derived from
 * GPL-2.0 dictionary data, so they are built, not committed.
 */
import { defaultSnapshotPath, writeLexiconSnapshot } from './lexicon-snapshot.js';
import { createLexicon } from './lexicon.js';
import {
  defaultSurrogateSourceSnapshotPath,
  writeSurrogateSourceSnapshot,
} from './surrogate-source.js';
import { defaultWordFormsSnapshotPath, writeWordFormsSnapshot } from './word-forms.js';

writeLexiconSnapshot(defaultSnapshotPath);
writeWordFormsSnapshot(defaultWordFormsSnapshotPath);
// Filtered with the lexicon just written, as `referent deid` will load it.
writeSurrogateSourceSnapshot(defaultSurrogateSourceSnapshotPath, createLexicon());
