import type { Claims } from './read-claims.js';
import type { TranscriptIndex } from './transcript-index.js';

/** "av og til", "av og te", "innimellom", "nå og da", "iblant" (folded words, in order). */
const occasionalPhrases: readonly (readonly string[])[] = [
  ['av', 'og', 'til'],
  ['av', 'og', 'te'],
  ['av', 'og', 'tel'],
  ['innimellom'],
  ['inniblant'],
  ['iblant'],
  ['na', 'og', 'da'],
  ['no', 'og', 'da'],
];

/** A complaint said to be there all the time ("hele tiden", "konstant"). */
const constantCue =
  /(?<![\p{L}])(?:hele tiden|heile tida|konstant\p{L}*|kontinuerlig\p{L}*|stadig\p{L}*|hver dag|kvar dag)(?![\p{L}])/iu;

function saysOccasionally(folded: readonly string[]): boolean {
  return occasionalPhrases.some((phrase) =>
    folded.some((_word, start) => phrase.every((word, offset) => folded[start + offset] === word)),
  );
}

/**
 * A complaint the sentence says happens daily or all the time ("Utstråling til venstre arm
 * daglig", "klør hele tiden") where the passages it rests on said only "av og til": true when the
 * evidence and its neighbourhood say the complaint comes now and then and never daily. Drugs are
 * left to the dosing checks.
 */
export function isOccasionalSaidDaily(options: {
  readonly text: string;
  readonly claims: Claims;
  readonly units: Iterable<number>;
  readonly index: TranscriptIndex;
}): boolean {
  const { text, claims, units, index } = options;
  if (claims.substances.size > 0) return false;
  const claimsDaily = claims.frequencies.includes('daily') || constantCue.test(text);
  if (!claimsDaily) return false;
  let occasional = false;
  for (const unitIndex of units) {
    const unit = index.units[unitIndex];
    if (unit === undefined || unit.isHypothetical || unit.claims.substances.size > 0) continue;
    const saidText = unit.tokens.map((token) => token.text).join(' ');
    if (unit.claims.frequencies.includes('daily') || constantCue.test(saidText)) return false;
    if (!unit.isQuestion && saysOccasionally(unit.tokens.map((token) => token.folded)))
      occasional = true;
  }
  return occasional;
}
