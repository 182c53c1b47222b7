import { perSentence } from './sentence-context.js';
import { hypotheticalCue } from './transcript-index.js';

/**
 * Cues of a drafted sentence that several checks test before doing any work, each tested once per
 * sentence (issue 11: the checks of one sentence used to run the same patterns over its text one
 * after another). A check that needs a cue of its own adds it here when another check shares it.
 */

/** The sentence speaks of what may happen ("hvis", "ved behov", "kontakt lege ved …"). */
export const isHypotheticalSentence = perSentence(({ text }) => hypotheticalCue.test(text));
