/*
 * A duration said on its own after the complaint belongs to the complaint. "Eg svir når eg
 * tissar. Sidan laurdag." and "Vondt i halsen. Siden mandag." tell when it began; read alone,
 * "Siden lørdag." says nothing clinical and went, and the note lost the onset.
 */
import type { SentenceSpan } from '../../../language/index.js';

import { loosen } from './classify.js';

const numberWord =
  '\\d+|en|ett|ei|eit|to|tre|fire|fem|seks|sju|syv|atte|ni|ti|et par|eit par|noen|nokre|nokon|ca\\.? \\d+';
const unit =
  'dager|dagar|dag|dogn|uker|uke|veker|veke|maneder|manader|maned|manad|ar|timer|time|timar|netter|natter';
const weekday = 'mandag|tirsdag|onsdag|torsdag|fredag|lordag|laurdag|sondag|sundag';
const pointInTime = `i gar|i forgars|i natt|i morges|i gar kveld|i helga|i helgen|forrige uke|forrige veke|for(?:rige)? helg|${weekday}|jul|nyttar|paske|i sommer|i haust|i host|i vinter|i var|sommeren|hosten`;

/** "Siden lørdag.", "Sidan i går.", "I tre dagar.", "Fra i går av." — a time and nothing else. */
const timeOnly = new RegExp(
  `^(?:(?:ja|nei),? )?(?:siden|sidan|sia|fra|fra og med|i|i snart|i over|i omtrent|i ca\\.?|i cirka)\\s+(?:${pointInTime}|(?:${numberWord})\\s+(?:${unit}))(?: av| sia| siden| tilbake)?\\s*[.!]?$`,
  'u',
);

/** Whether a sentence is only a time ("Siden lørdag."). Runs on the sentence text. */
export function isTimeOnly(sentence: string): boolean {
  return timeOnly.test(loosen(sentence.trim()));
}

/**
 * The sentences of a turn with each time-only sentence joined to the statement before it
 * ("Eg svir når eg tissar, sidan laurdag."), its span widened to cover both. A time after a
 * question, or first in the turn, stays as it was.
 */
export function joinTimeFragments(sentences: readonly SentenceSpan[]): SentenceSpan[] {
  const joined: SentenceSpan[] = [];
  for (const sentence of sentences) {
    const before = joined.at(-1);
    if (
      before !== undefined &&
      isTimeOnly(sentence.text) &&
      !/\?\s*$/u.test(before.text) &&
      !/^\s*(?:ja|nei|jo)\s*[.!]?\s*$/iu.test(before.text)
    ) {
      const time = sentence.text.trim().replace(/[.!]\s*$/u, '');
      joined[joined.length - 1] = {
        text: `${before.text.trim().replace(/[.!]\s*$/u, '')}, ${time.charAt(0).toLowerCase()}${time.slice(1)}.`,
        start: before.start,
        end: sentence.end,
      };
      continue;
    }
    joined.push(sentence);
  }
  return joined;
}
