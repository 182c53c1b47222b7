import type { WordToken } from '../language/fold.js';
import { tokenize } from '../language/fold.js';
import { deniedOnlyUnderCondition } from '../language/negation.js';
import { isContentWord } from '../language/stem.js';
import type { TranscriptIndex } from './transcript-index.js';

/**
 * Kinds of condition, each a set of words one of which in the note repeats another: rest ("i ro"
 * for "i hvile"), exertion ("ved anstrengelse" for "når du går i bakker"), lying ("ortopné" for
 * "når jeg ligger flatt"), night ("som vekker ham"), morning, meals ("postprandiale") and breathing
 * ("respirasjonsavhengige").
 */
const conditionKinds: readonly RegExp[] = [
  /^(?:hvil|kvil|ro$|roe$|rolig)/u,
  /^(?:anstreng|gar$|gaa|gang|bakk|motbakk|trapp|aktivit|belast|trening|trene|lop|jogg|sykl|fysisk|nyha)/u,
  /^(?:ligg|flat|ortopn|sideleie|ryggleie|mageleie|leie$|sengeleie)/u,
  /^(?:natt|nett|nokturn|kveld|vekke|vekker$|vakn|vaakn)/u,
  /^(?:morgen|morgon)/u,
  /^(?:et$|ete$|eter$|spis|mat$|maten$|maaltid|maltid|postprandi)/u,
  /^(?:respirasjon|inspirasjon|ekspirasjon|pust$|puste$|puster$|pusting|innpust|innand|utand)/u,
];

/** Words that make a finding hang on a condition the kinds above may not know ("kuldeutløst"). */
const conditionAdjective = /(?:avhengig|utlost|relatert|indusert|provoser|betinget|assosiert)/u;

/** Words that carry a condition on from one before ("ved gange, og når han ligger"). */
const conditionContinuer = /^(?:og|ogsa|samt|eller)$/u;

/**
 * Words a note may write beside a finding without naming any condition: how long, how bad, what it
 * feels like, how it runs and that it is denied ("Tungpust siste uker", "Stikkende brystsmerter").
 */
const plainFindingWord =
  /^(?:\d.*|en$|ett$|ei$|to$|tre$|fire$|fem$|seks$|sju$|syv$|atte$|ni$|ti$|flere$|fleire$|noen$|siste$|sist$|forrige$|uke|veke|vike|dag|dogn|maned|manad|ar$|arene$|aret$|time|timer|minutt|periode|tid$|tiden$|lenge$|siden$|sidan$|ca$|omkring$|rundt$|gradvis|okende|tiltakende|avtakende|avtagende|progred|konstant|vedvarende|intermitt|tidvis|periodevis|episod|anfall|lett$|lette$|lettere$|mild|moderat|kraftig|sterk|uttalt|betydelig|markert|noe$|litt$|mye$|akutt|kronisk|stikkende|trykkende|brennende|verkende|dunkende|skarp|sviende|murrende|krampe|klemmende|pressende|diffus|subakutt|innsettende|debut|varighet|fortsatt|fremdeles|framleis|igjen$|ingen$|ikke$|ikkje$|neg$|negativ|nekter|benekter|avkrefter)/u;

/**
 * Words that put a finding under a condition ("ved", "når", "etter"); "i" and "på" are left out,
 * as they more often name a place ("smerter i brystet").
 */
const conditionIntroducer = /^(?:ved|nar|naar|under|etter|hvis|viss|dersom)$/u;

/** Whether a note word names a condition of some kind ("nattlig", "liggende", "kuldeutløst"). */
function isConditionWord(folded: string): boolean {
  return conditionKinds.some((kind) => kind.test(folded)) || conditionAdjective.test(folded);
}

/**
 * The condition-like phrases of a note sentence: the words after each "ved", "når", "under",
 * "etter" … up to the next such word, and after an "og"/"også" that follows one of them.
 */
function conditionPhrases(tokens: readonly WordToken[]): WordToken[][] {
  const phrases: WordToken[][] = [];
  let current: WordToken[] | undefined;
  for (const token of tokens) {
    if (conditionIntroducer.test(token.folded)) {
      current = [];
      phrases.push(current);
    } else if (conditionContinuer.test(token.folded)) {
      if (current !== undefined) {
        current = [];
        phrases.push(current);
      }
    } else current?.push(token);
  }
  return phrases.filter((phrase) => phrase.some((token) => isContentWord(token.folded)));
}

/** Whether a note word names the same condition as one of the condition words. */
function repeatsCondition(noteWord: string, conditionWords: readonly string[]): boolean {
  return conditionWords.some(
    (word) =>
      conditionKinds.some((kind) => kind.test(word) && kind.test(noteWord)) ||
      (word.length >= 4 ? noteWord.startsWith(word.slice(0, 4)) : noteWord === word),
  );
}

/** The condition words of every denial of a finding, when each is a condition-limited no. */
interface DenialConditions {
  /** Words of the conditions asked about, under which the finding was denied. */
  readonly asked: readonly string[];
  /** Words of the conditions the replies name, under which the finding is there. */
  readonly said: readonly string[];
}

/**
 * The content words of a condition, less the words naming the finding itself: the spoken words
 * that carry a finding key in the question or the reply ("andpusten" in "når du sykler, blir du
 * andpusten?"), matched word for word, not the keys themselves.
 */
function conditionWordsOf(condition: string, findingWords: ReadonlySet<string>): string[] {
  return tokenize(condition)
    .map((token) => token.folded)
    .filter((word) => isContentWord(word) && !findingWords.has(word));
}

/** The folded words of the units that name the finding `key` (carry that finding key). */
function findingWordsOf(
  key: string,
  units: readonly (TranscriptIndex['units'][number] | undefined)[],
): Set<string> {
  const words = new Set<string>();
  for (const unit of units)
    unit?.tokens.forEach((token, position) => {
      // "om natta" in "vondt om natta" carries the key of night pain but is the condition.
      if (unit.claims.findingKey[position] === key && !isConditionWord(token.folded))
        words.add(token.folded);
    });
  return words;
}

/**
 * The conditions of the finding's denials among the given units when every denial is a question
 * under one condition answered "nei, bare når …" another; undefined when any denial is plain.
 */
function tryGetDenialConditions(
  key: string,
  units: Iterable<number> | 'everywhere',
  index: TranscriptIndex,
): DenialConditions | undefined {
  const level = units === 'everywhere' ? undefined : new Set(units);
  const denying = index
    .unitsStating(key)
    .filter(
      (unitIndex) =>
        (level === undefined || level.has(unitIndex)) &&
        index.polarityIn(key, [unitIndex]).absent > 0,
    );
  if (denying.length === 0) return undefined;
  const asked: string[] = [];
  const said: string[] = [];
  for (const unitIndex of denying) {
    const conditions = conditionsOfLimitedNo(key, unitIndex, index);
    if (conditions === undefined) return undefined;
    asked.push(...conditions.asked);
    said.push(...conditions.said);
  }
  return { asked, said };
}

/**
 * The condition words of a question answered «nei, bare når …» ("Hostar du om natta?" "Nei,
 * berre når eg et."): those the question asked about and those the reply names, without the
 * words naming the finding `key` itself; undefined when the unit is no such question and answer.
 */
function conditionsOfLimitedNo(
  key: string,
  unitIndex: number,
  index: TranscriptIndex,
): { readonly asked: string[]; readonly said: string[] } | undefined {
  const unit = index.units[unitIndex];
  const reply = index.replyTo(unitIndex);
  const replyUnit = reply === undefined ? undefined : index.units[reply];
  if (unit === undefined || !unit.isQuestion || replyUnit === undefined) return undefined;
  if (index.answerTo(unitIndex) !== 'no') return undefined;
  const conditions = deniedOnlyUnderCondition(
    replyUnit.tokens.map((token) => token.text).join(' '),
    unit.tokens.map((token) => token.text).join(' '),
  );
  if (conditions === undefined) return undefined;
  const findingWords = findingWordsOf(key, [unit, replyUnit]);
  return {
    asked: conditionWordsOf(conditions.asked, findingWords),
    said: conditionWordsOf(conditions.said, findingWords),
  };
}

/**
 * "Blir du tungpusten når du anstrenger deg?" "Nei, bare når jeg ligger flatt": the finding was
 * denied under the condition asked about and is there only under the one the reply names. True
 * when every denial of the finding among the given units is such an answer and the note sentence
 * repeats the reply's condition and no other ("Ortopné", "Dyspné i flatt leie") or names no
 * condition at all ("Dyspné", "Tungpust siste uker"); a note under any other condition ("Dyspné ved
 * fysisk arbeid", "Respirasjonsavhengige brystsmerter") stays contradicted.
 */
export function isDeniedOnlyUnderOtherCondition(
  key: string,
  tokens: readonly WordToken[],
  findingKeys: readonly (string | undefined)[],
  units: Iterable<number> | 'everywhere',
  index: TranscriptIndex,
): boolean {
  return namesReplyConditionOrNone(key, tokens, findingKeys, units, index);
}

/**
 * The same answers read against a note that denies the finding: true when the note denies it under
 * the reply's condition ("Ingen dyspné i liggende stilling") or under no condition at all ("Ingen
 * dyspné"), where the patient said it is there. A denial under the condition asked about ("Ingen
 * dyspné ved fysisk arbeid") agrees with the patient.
 */
export function isDeniedWhereSaidPresent(
  key: string,
  tokens: readonly WordToken[],
  findingKeys: readonly (string | undefined)[],
  units: Iterable<number> | 'everywhere',
  index: TranscriptIndex,
): boolean {
  return namesReplyConditionOrNone(key, tokens, findingKeys, units, index);
}

/**
 * Shared by both readings above: the finding was denied only under the condition asked about
 * ("nei, bare når …"), and the note names the reply's condition and no other, or no condition at
 * all and nothing but the finding and how long or how bad it is. Safety first: every condition
 * word and every condition phrase must repeat the reply's condition; a word the kinds do not know
 * beside the finding ("Hoste som vekker ham" before "vekker" was known) keeps the flag.
 */
function namesReplyConditionOrNone(
  key: string,
  tokens: readonly WordToken[],
  findingKeys: readonly (string | undefined)[],
  units: Iterable<number> | 'everywhere',
  index: TranscriptIndex,
): boolean {
  const conditions = tryGetDenialConditions(key, units, index);
  if (conditions === undefined) return false;
  if (tokens.some((token) => repeatsCondition(token.folded, conditions.asked))) return false;
  const isFinding = (position: number): boolean => findingKeys[position] !== undefined;
  const repeatsSaid = (token: WordToken): boolean =>
    repeatsCondition(token.folded, conditions.said);
  const conditionWords = tokens.filter(
    (token, position) => !isFinding(position) && isConditionWord(token.folded),
  );
  if (!conditionWords.every(repeatsSaid)) return false;
  const phrases = conditionPhrases(tokens);
  if (!phrases.every((phrase) => phrase.some(repeatsSaid))) return false;
  if (conditionWords.length > 0 || phrases.length > 0) return true;
  return tokens.every(
    (token, position) =>
      isFinding(position) || !isContentWord(token.folded) || plainFindingWord.test(token.folded),
  );
}

/** Whether a note word names the same kind of condition as one of the condition words. */
function isOfConditionKind(noteWord: string, conditionWords: readonly string[]): boolean {
  return conditionWords.some((word) =>
    conditionKinds.some((kind) => kind.test(word) && kind.test(noteWord)),
  );
}

/**
 * "Hostar du om natta?" "Nei, berre når eg et.": a note writing the finding under the condition
 * asked about ("Nattlig hoste") says what the patient denied, even where the finding itself was
 * said present ("Eg har hosta i tre veker"). True when some question naming the finding was
 * answered so and the note repeats the kind of condition asked about and not the one the reply
 * names.
 */
export function isWrittenUnderDeniedCondition(
  key: string,
  tokens: readonly WordToken[],
  index: TranscriptIndex,
): boolean {
  return index.unitsStating(key).some((unitIndex) => {
    const conditions = conditionsOfLimitedNo(key, unitIndex, index);
    return (
      conditions !== undefined &&
      tokens.some((token) => isOfConditionKind(token.folded, conditions.asked)) &&
      !tokens.some((token) => repeatsCondition(token.folded, conditions.said))
    );
  });
}
