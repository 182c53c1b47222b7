/**
 * `node dist/pseudonymize/write-lexicon-snapshot.js` (run by `npm run build`): writes the lexicon
 * snapshot beside the compiled pseudonymizer, so `referent deid` starts without parsing the
 * dictionary. The snapshot is derived from GPL-2.0 dictionary data, so it is built, not committed.
 */
import { defaultSnapshotPath, writeLexiconSnapshot } from './lexicon-snapshot.js';
import { defaultWordFormsSnapshotPath, writeWordFormsSnapshot } from './word-forms.js';

writeLexiconSnapshot(defaultSnapshotPath);
writeWordFormsSnapshot(defaultWordFormsSnapshotPath);
