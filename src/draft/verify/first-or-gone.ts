import type { WordToken } from '../language/fold.js';
import type { Claims } from './read-claims.js';
import type { TranscriptIndex } from './transcript-index.js';

/**
 * Two ways a finding the conversation denied is still rightly written present (issue 11, false
 * flags on correct sentences):
 *
 * - "Første episode med ørebetennelse" where "Har han hatt ørebetennelse før?" was answered "Nei,
 *   dette er første gang": the answer denies earlier episodes, which the sentence itself says.
 * - "Feber de to første dagene, nå feberfri" where the parent said "Han hadde feber de to første
 *   dagene, men nå er han feberfri": the denial is limited to now, the finding was said before it.
 */

/**
 * A sentence saying this is the first time ("Første episode", "første gang", "Første otitt",
 * "førstegangs"); "de første dagene" and other first stretches of time say nothing of that.
 */
const firstTimeCue =
  /(?<![\p{L}])(?:første|fyrste)(?:gangs\p{L}*)? (?!(?:døgn|døgnet|døgnene|døgna|dag|dagen|dagene|dagane|dagar|uke|uka|uken|ukene|veke|veka|vekene|natt|natta|natten|netter|netta|time|timen|timene|timane|måned|måneden|månad|månaden|halvår|året|år|leveår|levemåned|levemånad)(?![\p{L}]))\p{L}/iu;

/** "førstegangs…" anywhere. (Module level: `tsx` compiles a literal with `\p{…}` outside a class
 * into a `new RegExp` where it stands, so inside a function it was built on every call; issue 11.) */
const firstTimeWord = /(?<![\p{L}])førstegangs\p{L}*/iu;

/** True when the sentence says this is the first time ("Første episode med ørebetennelse"). */
export function saysFirstTime(text: string): boolean {
  return firstTimeCue.test(text) || firstTimeWord.test(text);
}

/** A reply saying this is the first time: "dette er første gang", "fyrste gongen". */
export function isFirstTimeReply(tokens: readonly WordToken[]): boolean {
  return tokens.some(
    (token, position) =>
      (token.folded === 'forste' || token.folded === 'fyrste') &&
      /^(?:gang|gangen|gong|gongen|episode|episoden|gongjen)$/u.test(
        tokens[position + 1]?.folded ?? '',
      ),
  );
}

/**
 * True when a question's denial is about earlier episodes because its reply says this is the first
 * time ("Har ho hatt mange øyrebetennelsar?" "Nei, dette er første gongen.").
 */
export function isAnsweredFirstTime(unitIndex: number, index: TranscriptIndex): boolean {
  const unit = index.units[unitIndex];
  if (unit === undefined || !unit.isQuestion) return false;
  const reply = index.replyTo(unitIndex);
  return reply !== undefined && isFirstTimeReply(index.units[reply]?.tokens ?? []);
}

/** Words (folded) that limit a denial to now ("nå", "no", "i dag", "lenger"). */
// (Swedish too: "Nu har jag inte feber längre".)
const nowWords = new Set([
  'na',
  'naa',
  'no',
  'idag',
  'lenger',
  'lengre',
  'meir',
  'mer',
  'nu',
  'langre',
  'laengre',
]);

/** True when the unit's tokens limit what it says to now ("nå", "i dag", "ikke lenger"). */
function saysNow(tokens: readonly WordToken[]): boolean {
  return tokens.some(
    (token, position) =>
      nowWords.has(token.folded) ||
      (token.folded === 'dag' && tokens[position - 1]?.folded === 'i'),
  );
}

/** Sections that speak of the time of the consultation: the examination and the assessment. */
const nowSections: ReadonlySet<string> = new Set(['funn', 'vurdering', 'diagnoser']);

/** Words (folded) that say it goes on ("fortsatt feber", "framleis febril"). */
const stillWords = new Set([
  'fortsatt',
  'fortsatte',
  'fremdeles',
  'framleis',
  'enna',
  'enno',
  'stadig',
]);

/** Words (folded) that take back what was just said ("jo", "vent", "unnskyld"). */
const takingBackWords = new Set(['jo', 'joda', 'vent', 'unnskyld', 'forresten']);

/**
 * True when the finding the sentence states present at `tokenIndex` was denied in the conversation
 * only for now, and said present before that denial: every unit denying it limits the denial to now
 * ("nå", "i dag", "lenger"), some statement about the patient (or a question answered yes) says it
 * present, no word taking an answer back is involved, and the sentence's own clause does not place
 * the finding now ("Feber i dag" is still contradicted).
 */
export function isGoneOnlyNow(options: {
  readonly tokens: readonly WordToken[];
  readonly claims: Claims;
  readonly tokenIndex: number;
  readonly key: string;
  readonly index: TranscriptIndex;
  readonly section: string | undefined;
}): boolean {
  const { tokens, claims, tokenIndex, key, index, section } = options;
  // (An examination or assessment speaks of now: "Pipelyder over begge lunger" is contradicted by
  // today's "inga piping", whatever was told of the days before.)
  if (section !== undefined && nowSections.has(section)) return false;
  // Every mention of it in the sentence is read ("Feber i går, fortsatt feber i dag").
  for (let position = tokenIndex; position < tokens.length; position += 1)
    if (claims.findingKey[position] === key && isPlacedNow(tokens, claims, position)) return false;
  // The sentence itself says it is gone now ("afebril i dag"), or places it before now ("i
  // forgårs", "de første dagene"): a bare "Feber." is still read against today's denial.
  const deniedInSentence = tokens.some(
    (_token, position) =>
      position > tokenIndex &&
      claims.findingKey[position] === key &&
      claims.negated[position] === true,
  );
  if (!deniedInSentence && !pastCue.test(clauseText(tokens, tokenIndex))) return false;
  let denials = 0;
  let saidPresent = false;
  for (const unitIndex of index.unitsStating(key)) {
    const unit = index.units[unitIndex];
    if (unit === undefined) continue;
    if (unit.tokens.some((token) => takingBackWords.has(token.folded))) return false;
    const { absent } = index.polarityIn(key, [unitIndex]);
    if (absent === 0) continue;
    // (A question answered no denies it for the time the question and its reply speak of.)
    const reply = unit.isQuestion ? index.replyTo(unitIndex) : undefined;
    const replyTokens = reply === undefined ? [] : (index.units[reply]?.tokens ?? []);
    if (unit.isQuestion && index.answerTo(unitIndex) === 'yes') continue;
    if (!saysNow(unit.tokens) && !saysNow(replyTokens)) return false;
    denials += 1;
  }
  for (const occurrence of index.occurrencesOf(key)) {
    const unit = index.units[occurrence.unit];
    if (unit === undefined || occurrence.aboutOther) continue;
    if (unit.tokens.some((token) => takingBackWords.has(token.folded))) return false;
    // (Only a statement about the patient says it was there: not the clinician's advice "Ring
    // hvis du får feber", nor "Mange får feber av denne vaksinen" about people in general.)
    if (occurrence.advised || unit.isHypothetical || isAboutPeopleInGeneral(unit.tokens)) continue;
    if (unit.isQuestion) {
      if (index.answerTo(occurrence.unit) === 'yes') saidPresent = true;
      continue;
    }
    if (
      unit.claims.negated[occurrence.token] !== true &&
      !isPlacedNow(unit.tokens, unit.claims, occurrence.token)
    )
      saidPresent = true;
  }
  return denials > 0 && saidPresent;
}

/** Words (folded) that speak of people in general ("mange", "de fleste", "vanlig", "ofte"). */
const generalWords = new Set(['mange', 'vanlig', 'vanleg', 'ofte', 'folk', 'alle']);

/** True when the unit speaks of people in general ("Mange får feber", "de fleste får det"). */
function isAboutPeopleInGeneral(tokens: readonly WordToken[]): boolean {
  return tokens.some(
    (token, position) =>
      generalWords.has(token.folded) ||
      (token.folded === 'fleste' && tokens[position - 1]?.folded === 'de'),
  );
}

/** A time before now in a clause ("i går", "i forgårs", "de første dagene", "for to dager siden"). */
const pastCue =
  /(?<![\p{L}])(?:i går|i gar|i forgårs|i forgars|i natt|i helga|i helgen|første|fyrste|forrige|førre|sist|for \p{L}+ \p{L}+ si(?:den|dan)|på (?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tysdag|laurdag|sundag))(?![\p{L}])/iu;

/** The words of the clause holding the token, joined by spaces. */
function clauseText(tokens: readonly WordToken[], tokenIndex: number): string {
  const [first, last] = clauseBounds(tokens, tokenIndex);
  return tokens
    .slice(first, last + 1)
    .map((token) => token.text)
    .join(' ');
}

/** The first and last token of the clause holding the token (between punctuation or "men"). */
function clauseBounds(tokens: readonly WordToken[], tokenIndex: number): readonly [number, number] {
  let first = tokenIndex;
  while (first > 0) {
    const previous = tokens[first - 1];
    const current = tokens[first];
    if (previous === undefined || current === undefined) break;
    if (current.start - previous.end > 1 || current.folded === 'men') break;
    first -= 1;
  }
  let last = tokenIndex;
  while (last < tokens.length - 1) {
    const current = tokens[last];
    const next = tokens[last + 1];
    if (current === undefined || next === undefined) break;
    if (next.start - current.end > 1 || next.folded === 'men') break;
    last += 1;
  }
  return [first, last];
}

/**
 * True when the clause holding the token places it now ("Feber i dag", "nå feber"): the clause runs
 * between punctuation marks or "men".
 */
function isPlacedNow(tokens: readonly WordToken[], claims: Claims, tokenIndex: number): boolean {
  const [first, last] = clauseBounds(tokens, tokenIndex);
  const clause = tokens.slice(first, last + 1);
  // (A clause that denies it now, "afebril i dag", does not place the finding now.)
  return (
    (saysNow(clause) || clause.some((token) => stillWords.has(token.folded))) &&
    claims.negated[tokenIndex] !== true
  );
}
