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

const courseWord = `${unit}|uka|dagene|ukene|manedene|manadene|dognene|i gar|i forgars|natt|morges|kveld|helga|helgen|helg|jul|jula|nyttar|paske|sommer|sommeren|sommar|sommaren|host|hosten|haust|hausten|vinter|vinteren|lenge|minutter|minutt|januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|${weekday}`;
const hedgeEnd = '(?:,? (?:trur eg|tror jeg|trur e|tror e|kanskje|vel|omtrent|cirka))?\\s*[.!]?$';

/**
 * "Sidan august, trur eg.", "Gradvis, over en times tid.", "For to uker siden.", "Nei, han kom
 * gradvis.": when the complaint began or how it came, and nothing else.
 */
const courseAnswer = new RegExp(
  `^(?:(?:ja|nei|jo),? )?(?:(?:det|den|han|ho|hun|de|dei|dem|smertene|plagene) kom (?:gradvis|plutselig|bratt|snikende)|(?:siden|sidan|sia|etter|for|i|fra) (?:(?:${numberWord}) )?(?:${courseWord})(?: siden| sia| sidan| tilbake)?|(?:gradvis|plutselig|bratt|snikende)(?:,? over (?:${numberWord}) (?:times|timer|dager|dagar|uker|veker)(?: tid)?)?)${hedgeEnd}`,
  'u',
);

/** "Når begynte det?", "Hvor lenge har det vart?", "Kom det plutselig?": a question about the course. */
const courseQuestion =
  /(?<![a-z])(?:nar (?:begynte|startet|starta|byrja|kom|merket|merka|fikk|fekk|la)|(?:hvor|kor) lenge|plutselig|bratt|gradvis|siden nar|sidan nar)(?![a-z])/u;

/**
 * Whether a patient's sentence tells only when the complaint began or how long it has lasted,
 * as the answer to a question about the course ("Når begynte det?" — "Sidan august.", "Det kom
 * gradvis."; never "I juli." to "Når har du ferie?"). Runs on the sentence text.
 */
export function isCourseOfComplaint(sentence: string, question: string | undefined): boolean {
  const loose = loosen(sentence.trim());
  return (
    question !== undefined &&
    courseQuestion.test(loosen(question)) &&
    (courseAnswer.test(loose) ||
      (durationQuestion.test(loosen(question)) && bareDuration.test(loose)))
  );
}

/** "Hvor lenge har det vart?", "Kor lenge har du hatt det?": a question about how long. */
const durationQuestion = /(?<![a-z])(?:hvor|kor) lenge(?![a-z])/u;
const hedgeWord = '(?:ca\\.?|cirka|omtrent|rundt|snart|nesten|kanskje)';
/** "Et par måneder.", "Tre-fire uker, kanskje.", "Omtrent tre uker.": a length and nothing else. */
const bareDuration = new RegExp(
  `^(?:${hedgeWord} )?(?:${numberWord}|[a-z]+-[a-z]+|\\d+[-–]\\d+) (?:${unit})(?: na| no)?${hedgeEnd}`,
  'u',
);
/** "Siden jul.", "Sidan nyttår, trur eg.": when it began, and nothing else. */
const bareOnset = new RegExp(`^(?:siden|sidan|sia) (?:${pointInTime})${hedgeEnd}`, 'u');
const hedged = new RegExp(
  `^(?:ca\\.?|cirka|omtrent|rundt|kanskje) |,? (?:trur eg|tror jeg|trur e|tror e|kanskje|vel|omtrent|cirka)\\s*[.!]?$`,
  'u',
);

/**
 * Session 36n: the note's sentence for a bare duration or onset that answers "Hvor lenge har det
 * vart?" — "Et par måneder." is "Varighet et par måneder.", "Tre-fire uker, kanskje." is
 * "Varighet ca. 3–4 uker.", "Siden jul." is "Plager siden jul." — so it reads as the complaint's
 * course, not a time on its own. Undefined for any other sentence. `noteText` is the sentence
 * already in note language; `sentence` is what the patient said.
 */
export function toDurationOfComplaint(
  sentence: string,
  question: string | undefined,
  noteText: string,
): string | undefined {
  if (question === undefined || !durationQuestion.test(loosen(question))) return undefined;
  const loose = loosen(sentence.trim());
  const body = noteText
    .trim()
    .replace(/^(?:ca\.|cirka|omtrent|rundt)\s+/iu, '')
    .replace(/[.!]\s*$/u, '');
  const lower = `${body.charAt(0).toLowerCase()}${body.slice(1)}`;
  if (bareDuration.test(loose)) return `Varighet ${hedged.test(loose) ? 'ca. ' : ''}${lower}.`;
  if (bareOnset.test(loose)) return `Plager ${lower}.`;
  return undefined;
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
