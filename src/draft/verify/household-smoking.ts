import type { WordToken } from '../language/fold.js';
import type { Claims } from './read-claims.js';
import type { TranscriptIndex, TranscriptUnit } from './transcript-index.js';

/** A word of smoking (folded: "røyker", "røyking", "røkte"). */
const smokingWord = /^(?:royk|rok)\p{L}*$/u;
/**
 * The note words without one of which {@link isHouseholdSmokingDenied} is false (a word of
 * smoking): its check's cue.
 */
export function isSmokingWord(folded: string): boolean {
  return smokingWord.test(folded);
}
/** Smoking said as a habit now (folded present tense), not "røykte" long ago. */
const smokingNowWord = /^(?:royker|roykar|royke|roker|rokar|roke)$/u;
/** The home in a note or question (folded: "i hjemmet", "innendørs", "heime"). */
const homeWord = /^(?:hjemme|hjemmet|heime|heimen|innendors|inne|huset|hjem)$/u;
/** Household members a note names as smoking (folded). */
const householdWord =
  /^(?:mor|mora|moren|far|faren|foreldre|foreldrene|foreldra|pappa|mamma|stefar|stemor|samboer|samboeren)$/u;
/** Words (folded) that deny, in the note sentence itself. */
const deniers = /^(?:ingen|ikke|ikkje|itj|aldri|uten|utan|nei)$/u;

/** True when the note says a household member smokes or smoking goes on in the home. */
function saysHouseholdSmokes(tokens: readonly WordToken[], claims: Claims): boolean {
  if (tokens.some((token) => deniers.test(token.folded))) return false;
  const smokes = tokens.some(
    (token, position) => smokingWord.test(token.folded) && claims.negated[position] !== true,
  );
  return (
    smokes &&
    tokens.some((token) => homeWord.test(token.folded) || householdWord.test(token.folded))
  );
}

/** "Ingen av oss røyker", "ingen røyker": smoking denied for everyone, the word within three. */
function deniesForEveryone(unit: TranscriptUnit): boolean {
  return unit.tokens.some(
    (token, position) =>
      token.folded === 'ingen' &&
      unit.tokens.slice(position + 1, position + 4).some((next) => smokingWord.test(next.folded)),
  );
}

/** A question about smoking in the home ("Røyker noen hjemme?"). */
function asksHomeSmoking(unit: TranscriptUnit): boolean {
  return (
    unit.isQuestion &&
    unit.tokens.some((token) => smokingWord.test(token.folded)) &&
    unit.tokens.some((token) => homeWord.test(token.folded) || token.folded === 'noen')
  );
}

/**
 * "Mor røyker i hjemmet" where the household denied any smoking ("Røyker noen hjemme?" "Nei,
 * ingen av oss røyker."): true when the conversation denies smoking in the home and nobody in it
 * says they smoke now (a grandfather who "røykte" is another matter).
 */
export function isHouseholdSmokingDenied(options: {
  readonly tokens: readonly WordToken[];
  readonly claims: Claims;
  readonly index: TranscriptIndex;
}): boolean {
  const { tokens, claims, index } = options;
  if (!saysHouseholdSmokes(tokens, claims)) return false;
  let denied = false;
  for (let unitIndex = 0; unitIndex < index.units.length; unitIndex += 1) {
    const unit = index.units[unitIndex];
    if (unit === undefined) continue;
    if (asksHomeSmoking(unit)) {
      const answer = index.answerTo(unitIndex);
      if (answer === 'yes') return false;
      if (answer === 'no') denied = true;
      continue;
    }
    if (unit.isQuestion) continue;
    if (deniesForEveryone(unit)) {
      denied = true;
      continue;
    }
    const smokesNow = unit.tokens.some(
      (token, position) =>
        smokingNowWord.test(token.folded) && unit.claims.negated[position] !== true,
    );
    if (smokesNow) return false;
  }
  return denied;
}
