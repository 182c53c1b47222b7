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
    question !== undefined && courseQuestion.test(loosen(question)) && courseAnswer.test(loose)
  );
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

const month = 'januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember';

/**
 * "Det startet i august.", "Det begynte rundt 20. september, når eg var på sjøen.", "Plagene kom i
 * juli.": when the complaint began, told in a sentence of its own with a month (loose text). A
 * month names no symptom, so the sentence read alone said nothing clinical and went (session 38j).
 */
const toldOnset = new RegExp(
  `^(?:(?:og|men|ja|jo|nei),? )?(?:det|dette|det hele|plagene|plagane|smertene|smertane|han|ho|hun) (?:startet|starta|begynte|byrja|byrjet|kom)(?: (?:vel|nok|liksom|egentlig|eigentleg|visst))? (?:(?:i|rundt|omkring|sist i|tidlig i|tidleg i|midt i|i slutten av|i begynnelsen av|i starten av|pa|fra|etter|sia|siden|sidan|ca\\.?|cirka|omtrent) )+(?:den )?(?:[0-9.]+ |[a-z]+(?:ende|dje|ste) )?(?:${month})(?![a-z])`,
  'u',
);

/** Whether a patient's sentence tells the month the complaint began. Runs on the sentence text. */
export function isToldOnset(sentence: string): boolean {
  return toldOnset.test(loosen(sentence.trim()));
}

/** "Hvor lenge har du hatt det?", "Kor lenge har det vart?": a question of how long. */
const durationQuestion = /(?<![a-z])(?:hvor|kor|ka|hvur|kossen) lenge(?![a-z])/u;

/**
 * "Et par måneder.", "Tre uker.", "Det har vart i et par måneder nå.", "I snart to år, trur eg.":
 * how long, and nothing else; the group is the length ("et par maneder", on loose text).
 */
const durationAnswer = new RegExp(
  `^(?:(?:ja|jo|nei|tja|mm),? )?(?:(?:det|den|han|ho|hun|de|dei|plagene|smertene|hosten|verken) (?:har |hev )?(?:vart|vara|varet|holdt pa|halde pa|holde pa|hald pa|pagatt|vore sann|vert sann|vaert sann) )?(?:i |i snart |i over |i omtrent |i ca\\.? |i cirka |snart |over |omtrent |ca\\.? |cirka |rundt )?((?:${numberWord}) (?:${unit}))(?: na| no| sann| omtrent| cirka| eller sann| eller no sant)?${hedgeEnd}`,
  'u',
);

/**
 * The length of the complaint in the answer to "Hvor lenge …?" ("i et par måneder", "i tre
 * uker"), in the sentence's own words, when the sentence says that and nothing else; `undefined`
 * otherwise. The caller joins it to the complaint («Vondt i korsryggen i et par måneder.»), so the
 * note says it in the complaint's sentence rather than dropping it or adding one of its own.
 */
export function complaintDuration(sentence: string, question: string): string | undefined {
  const asked = loosen(question);
  // "Hvor lenge er det siden du var her sist?": how long ago, never how long the complaint lasted.
  if (!durationQuestion.test(asked) || /lenge er det (?:siden|sidan|sia)/u.test(asked))
    return undefined;
  const text = sentence.trim();
  const match = durationAnswer.exec(loosen(text));
  const length = match?.[1];
  if (match === null || length === undefined) return undefined;
  const start = match[0].indexOf(length);
  return `i ${text.slice(start, start + length.length).toLowerCase()}`;
}

/** Whether a complaint already says when it began or how long it has lasted ("i 3 uker", "siden lørdag"). */
export function saysCourse(text: string): boolean {
  return new RegExp(`(?<![a-z])(?:siden|sidan|sia|${courseWord})(?![a-z])|\\d`, 'u').test(
    loosen(text),
  );
}
