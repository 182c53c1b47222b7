import type { WordToken } from '../language/fold.js';
import { stemFolded } from '../language/stem.js';
import { relativeNouns } from '../../language/index.js';
import { saysBefore } from './denied-statements.js';
import type { TranscriptIndex, TranscriptUnit } from './transcript-index.js';

/**
 * A note's denial of the time before now against the answer to "Har du hatt dette før?": "Ingen
 * tidligere episoder" or "Første episode" where the patient said "Ja, to ganger før" (or took a
 * "nei" back: "Nei. Eller jo, vent, i fjor").
 *
 * (The reverse, "Tidligere depressive episoder" where the answer was "Nei, aldri", was tried in
 * session 32 and dropped: it raised a held-out false-flag count; dev case v508 keeps those misses.)
 */

/** Words (folded) that deny what follows in their clause. */
const denialWords = new Set(['ingen', 'inga', 'intet', 'ikke', 'ikkje', 'aldri']);
/** "tidligere", "tidlegare" (folded). */
const earlierWords = new Set(['tidligere', 'tidlegare']);
/** "første", "fyrste" (folded) before an episode word: "Første episode", "første gongen". */
const firstWords = new Set(['forste', 'fyrste']);

/**
 * The note words without one of which {@link findDeniedEarlierEpisode} finds nothing ("første",
 * "tidligere", "før" — folded "for", so "for" too): its check's cue.
 */
export function isEarlierEpisodeCue(folded: string): boolean {
  return firstWords.has(folded) || earlierWords.has(folded) || folded === 'for';
}

/**
 * Words (folded) that name today's complaint happening again without naming it ("episoder",
 * "anfall", "tilsvarende", "dette"): a question's "dette" or "det slik" can only mean these.
 */
const episodeWord =
  /^(?:episod\p{L}*|\p{L}*anfal\p{L}*|tilfel\p{L}*|tilsvar\p{L}*|lign\p{L}*|likn\p{L}*|period\p{L}*|slik\p{L}*|sann\p{L}*|dette|gang\p{L}*|gong\p{L}*)$/u;

/** A question's words that stand for today's complaint ("dette", "det slik", "noe", "sånt"). */
const anaphors = new Set([
  'dette',
  'det',
  'detta',
  'sann',
  'sanne',
  'sant',
  'slik',
  'slikt',
  'slike',
  'noe',
  'noko',
  'nokon',
]);

/**
 * Words (folded) of a before-question that name no particular complaint: verbs of having and
 * happening, pronouns, and words for pain or trouble in general ("vondt", "plager", "skadet").
 */
const generalQuestionWords = new Set(
  `har hatt hadde ha vore vaert vert du han hun ho hu dere de dei den denne dette det noe noko
  nokon for tidligere tidlegare fatt fått fekk fikk gjort gjort skjedd skjedde hendt hendte med i
  pa på av sann sanne slik slikt slike mye mykje litt vondt vont plage plager plaga problem
  problemer problemar skadet skada skadd skade smerter smerte smertar noen kjent kjenne ogsa
  også nokon gong gang gonger ganger liknande lignende tilsvarende tilsvarande`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

/** Breaking a bone said as a verb ("brakk", "brukket", "braut") names a "brudd". */
const breakingWord = /^(?:brekk|brakk|brukk|brekt|braut|brot|brotn|brudd|fraktur)/u;

/** Words (folded) that take back an answer just given ("jo", "vent", "unnskyld", "forresten"). */
const takingBackWords = new Set(['jo', 'joda', 'vent', 'unnskyld', 'forresten', 'faktisk']);

/**
 * A time before today's complaint in a reply ("i fjor", "for fem år siden", "to ganger før"). A bare
 * count ("tatt Paracet tre ganger", "kastet opp to ganger i dag") dates nothing before now.
 */
const timeBeforeCue =
  /(?<![\p{L}])(?:i fjor|i fjol|(?:for|fer) \p{L}+ (?:år|måneder|månader|uker|veker) si(?:den|dan|a)|(?:en|én|ein|ei|to|tre|fire|fem|noen|nokre|flere|fleire) (?:gang|gong)(?:er|ar|e)? før|samme fot|samma fot|same fot)(?![\p{L}])/iu;

/** Pronouns (folded) that make a reply about somebody else ("Det var kona mi", "han hadde"). */
const otherPeople = new Set(['han', 'hun', 'ho', 'hu', 'dei', 'de', 'ham', 'henne', 'mi', 'min']);

/** Words (folded) that begin a new clause ("men", "og"). */
const clauseWords = new Set(['men', 'og', 'mens']);

/** True when a clause ends between two neighbouring tokens (a punctuation mark or "men"). */
function isClauseBreak(left: WordToken | undefined, right: WordToken | undefined): boolean {
  return (
    left === undefined ||
    right === undefined ||
    right.start - left.end > 1 ||
    clauseWords.has(right.folded)
  );
}

/** The words (folded) of the clause around a token ("aldri hatt helvetesild tidligere"). */
function clauseWordsAround(tokens: readonly WordToken[], position: number): string[] {
  let start = position;
  while (start > 0 && !isClauseBreak(tokens[start - 1], tokens[start])) start -= 1;
  let end = position;
  while (end < tokens.length - 1 && !isClauseBreak(tokens[end], tokens[end + 1])) end += 1;
  return tokens.slice(start, end + 1).map((token) => token.folded);
}

/**
 * The token of a sentence that denies an earlier episode ("Ingen tidligere brudd", "Første
 * episode", "Aldri hatt dette før"): "tidligere", "før" or "første".
 */
function findEarlierDenial(tokens: readonly WordToken[]): number | undefined {
  // "Første episode", "første gongen".
  for (let position = 0; position < tokens.length; position += 1)
    if (
      firstWords.has(tokens[position]?.folded ?? '') &&
      episodeWord.test(tokens[position + 1]?.folded ?? '')
    )
      return position;
  const before = tokens.findIndex(
    (token, position) =>
      earlierWords.has(token.folded) ||
      (token.text.toLowerCase() === 'før' &&
        saysBefore([token, ...tokens.slice(position + 1, position + 2)])),
  );
  if (before < 0) return undefined;
  // "tidligere i dag", "som tidligere": a time today or a comparison, not a history.
  const next = tokens[before + 1]?.folded ?? '';
  const previous = tokens[before - 1]?.folded ?? '';
  if (previous === 'som' || next === 'i' || next === 'samme' || next === 'same') return undefined;
  // A denial in the same clause ("Ingen tidligere brudd", "Ikke skadet ankelen tidligere").
  let clauseStart = before;
  while (clauseStart > 0 && !isClauseBreak(tokens[clauseStart - 1], tokens[clauseStart]))
    clauseStart -= 1;
  const denied = tokens.slice(clauseStart, before).some((token) => denialWords.has(token.folded));
  return denied ? before : undefined;
}

/** True when a question's word names something the sentence names ("ankelen" and "ankelskader"). */
function namesSame(questionWord: string, sentenceWords: readonly string[]): boolean {
  const questionStem = stemFolded(questionWord);
  if (breakingWord.test(questionWord)) return sentenceWords.some((word) => breakingWord.test(word));
  return sentenceWords.some((word) => {
    if (word.length < 3 || generalQuestionWords.has(word)) return false;
    if (questionStem.length >= 4 && word.includes(questionStem)) return true;
    if (questionStem.length >= 3 && word.startsWith(questionStem)) return true;
    let common = 0;
    while (common < word.length && word[common] === questionWord[common]) common += 1;
    return common >= 5;
  });
}

/** How a before-question bears on the sentence: by naming the same complaint, or by "dette". */
function isAbout(question: TranscriptUnit, sentenceWords: readonly string[]): boolean {
  const specific = question.tokens
    .map((token) => token.folded)
    .filter((word) => word.length >= 3 && !generalQuestionWords.has(word) && !anaphors.has(word));
  if (specific.length > 0) return specific.some((word) => namesSame(word, sentenceWords));
  return (
    question.tokens.some((token) => anaphors.has(token.folded)) &&
    sentenceWords.some((word) => episodeWord.test(word))
  );
}

/** The units of the reply's turn (the reply and the rest of the same segment). */
function replyTurn(index: TranscriptIndex, reply: number): TranscriptUnit[] {
  const first = index.units[reply];
  if (first === undefined) return [];
  return index.units.filter(
    (unit, unitIndex) => unitIndex >= reply && unit.segment === first.segment,
  );
}

/** The first unit of the turn after a question's (when the index found no yes or no in it). */
function nextTurn(index: TranscriptIndex, question: number): number | undefined {
  const asked = index.units[question];
  if (asked === undefined) return undefined;
  const next = index.units.findIndex(
    (unit, unitIndex) => unitIndex > question && unit.segment !== asked.segment,
  );
  return next >= 0 && index.units[next]?.segment === asked.segment + 1 ? next : undefined;
}

/**
 * What the patient's side finally said to a before-question: `yes` for a yes, for a statement that
 * dates it before now ("Eg brakk handleddet for ti år siden"), or for a "nei" taken back with a
 * time ("Nei. Eller jo, vent, i fjor"); `no` for a "nei" left standing; undefined when unclear or
 * about somebody else.
 */
function finalAnswer(index: TranscriptIndex, question: number): 'yes' | 'no' | undefined {
  const reply = index.replyTo(question) ?? nextTurn(index, question);
  if (reply === undefined) return undefined;
  const turn = replyTurn(index, reply);
  if (turn.some((unit) => unit.speaker === 'lege' || unit.speaker === 'sykepleier'))
    return undefined;
  const tokens = turn.flatMap((unit) => unit.tokens);
  const aboutOther = (words: readonly WordToken[]): boolean =>
    words.some(
      (token) => otherPeople.has(token.folded) || relativeNouns.has(token.text.toLowerCase()),
    );
  const answer = index.answerTo(question);
  const takenBack = tokens.findIndex((token) => takingBackWords.has(token.folded));
  if (answer !== 'yes' && takenBack > 0) {
    const after = tokens.slice(takenBack + 1);
    const afterText = after.map((token) => token.text).join(' ');
    if (aboutOther(after) || after.some((token) => denialWords.has(token.folded))) return undefined;
    return timeBeforeCue.test(afterText) ? 'yes' : undefined;
  }
  if (answer === 'yes') return aboutOther(tokens) ? undefined : 'yes';
  if (answer === 'no') return 'no';
  const text = tokens.map((token) => token.text).join(' ');
  if (
    !aboutOther(tokens) &&
    !tokens.some((token) => denialWords.has(token.folded) || token.folded === 'nei') &&
    timeBeforeCue.test(text)
  )
    return 'yes';
  return undefined;
}

/**
 * The token of a sentence that denies an earlier episode ("Ingen tidligere episoder") where a
 * before-question about it was answered yes, and never no.
 */
export function findDeniedEarlierEpisode(options: {
  readonly tokens: readonly WordToken[];
  readonly index: TranscriptIndex;
}): number | undefined {
  const { tokens, index } = options;
  const denial = findEarlierDenial(tokens);
  if (denial === undefined) return undefined;
  const sentenceWords = clauseWordsAround(tokens, denial);
  const answers = new Set<'yes' | 'no'>();
  index.units.forEach((unit, unitIndex) => {
    if (!unit.isQuestion || (unit.speaker !== 'lege' && unit.speaker !== 'sykepleier')) return;
    if (!saysBefore(unit.tokens) || !isAbout(unit, sentenceWords)) return;
    const answer = finalAnswer(index, unitIndex);
    if (answer !== undefined) answers.add(answer);
  });
  return answers.size === 1 && answers.has('yes') ? denial : undefined;
}
