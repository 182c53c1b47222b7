/*
 * A no that goes on to say one more thing the ordinary reading of a no loses or garbles (session
 * 36d, issue 12). Each reading returns the whole note line for the answer's first sentence:
 *
 * - someone else's habit after the no: "Røyker du?" — "Nei, men kona mi røyker inne." is
 *   "Røyker ikke. Kona røyker inne." (the patient's no is kept; the habit stays the relative's);
 * - a use given up: "Drikker du alkohol?" — "Nei, ikke lenger." is "Drikker ikke alkohol
 *   lenger." (never a lifelong no);
 * - a supplement after a no to medicines: "Bruker du noen medisiner?" — "Nei, bare omega-3 om
 *   vinteren." is "Ingen faste medisiner. Tar omega-3 om vinteren.";
 * - pain only at one moment: "Har du vondt hele tiden?" — "Nei, bare når jeg puster dypt." is
 *   "Smerter kun ved dyp inspirasjon." ("Smertene kommer bare når pas. …" for another moment).
 *
 * `undefined` for every other question and answer: the ordinary reading decides.
 */
import { relativeNouns } from '../../../language/index.js';
import { askedKinds } from './except-answer.js';
import { statementFromAnswer } from './question-answer.js';
import { toNoteLanguage } from './rewrite.js';

/** The no that opens the answer: "Nei,", "Næ.", "Nei da,". */
const noOpening = /^\s*(?:nei|næ|neida|nei da|nope)[,.!]?\s+/iu;

/** Possessives after a relative word ("kona mi", "mannen min", "faren hennes"). */
const possessive = '(?: (?:mi|min|mitt|mine|hennes|hans|vår|vår))?';

const relativeWords = [...relativeNouns, 'samboeren', 'samboer', 'sambuaren']
  .sort((first, second) => second.length - first.length)
  .map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
  .join('|');

/**
 * "men kona mi røyker …": a relative as the subject of what follows the no, with adverbials only
 * ("på verandaen", "inne", ", inne i stua"). A further clause ("…, og vi røyker sammen", "… og jeg tar en") may
 * be the patient's own habit: left to the ordinary reading.
 */
const relativeClause = new RegExp(
  `^(?:men |bare |berre )?((?:${relativeWords})${possessive} (?:røyker|røyk|snuser|drikker|drikk)(?![\\p{L}])(?:,(?= (?:inne|ute|i|på|om|hver|kvar|mest|helst)(?![\\p{L}]))| (?!(?:og|så|men|eller)(?![\\p{L}]))[\\p{L}\\d-]+)*)$`,
  'iu',
);

/** The patient speaking of themselves ("jeg tar av og til en", "vi røyker sammen"). */
const firstPerson = /(?<![\p{L}])(?:jeg|eg|æ|vi|me|oss|meg|selv|sjøl)(?![\p{L}])/iu;

/**
 * Words that ask for a change or an amount, not for use at all ("mer enn før", "mindre"). A
 * question asked in the negative ("Drikker du ikke alkohol?") asks for use as much as the plain
 * one does, and its no is read the same way (see `statementFromAnswer`).
 */
const amountQuestion = /(?<![\p{L}])(?:mer|meir|mye|mykje|mindre)(?![\p{L}])/iu;

/** A habit the relative's clause can be about; anything else is left to the ordinary reading. */
const habitQuestion =
  /^(?:og )?(?:(?:røyker|røyk|snuser|drikker|drikk) (?:du|dere)(?: (?:ikke|ikkje|itj))?|(?:du|dere) (?:røyker|røyk|snuser|drikker|drikk) (?:ikke|ikkje|itj))(?: (?:noe|noko|alkohol|fortsatt|framleis))?\??$/iu;

/** "Nei, ikke lenger.", "Nei, ikkje meir.", "Nei, jeg har slutta.": a use given up. */
const noLonger =
  /^(?:(?:ikke|ikkje|itj|ikkje no) (?:lenger|lengre|meir|mer)|(?:(?:jeg|eg|æ) )?(?:har )?(?:slutta|sluttet|kutta|kuttet)(?: (?:med det|helt|heilt))?)\s*[.!]?$/iu;

/** A question about a use one can give up (smoking, snus, alcohol). */
const useQuestion = /(?<![\p{L}])(?:røyker|røyk|snuser|snus|drikker|drikk)(?![\p{L}])/iu;

/** Supplements a patient names after a no to medicines: no drug the note should list as one. */
const supplement =
  /^(?:(tran|omega-3|omega 3|fiskeolje|multivitamin(?:er)?|vitaminer|vitamin [a-z](?![\p{L}\d])|[a-z]-vitamin|jerntilskudd|jerntablett(?:er)?|magnesium|kalktabletter|kalsium|kosttilskudd|tyttebærkapsler|probiotika)(?: (?:om|på|i|hver|kvar) [\p{L} ]{2,20})?)$/iu;

/** "Har du vondt hele tiden?", "Er smertene der hele tida?": pain asked as constant. */
const constantPainQuestion =
  /^(?:og )?(?:har du (?:vondt|vont|smerter)|er (?:smertene|smerten|det vondt|det vont) (?:der )?|kjenner du (?:det|smertene) ) ?hele (?:tiden|tida)\??$/iu;

/** "Nei, bare når jeg puster dypt.": the one moment the pain comes. */
const onlyWhen = /^(?:bare|berre|kun) (?:når|nå|når eg|når æ) (.+?)[.!]?$/iu;

/** Deep breathing said in words: the note's "dyp inspirasjon". */
const deepBreath =
  /^(?:jeg|eg|æ|e) (?:puster|pustar|puste|trekker pusten|trekk pusten|pust) (?:dypt|djupt|godt) inn(?: igjen)?$|^(?:jeg|eg|æ|e) (?:puster|pustar|puste) (?:inn )?(?:dypt|djupt)$|^(?:jeg|eg|æ|e) (?:trekker|trekk|drar) (?:pusten )?(?:dypt|djupt|godt)(?: inn)?$/iu;

/** "Omega-3" → "omega-3", but "D-vitamin" and "B12" keep their capital. */
function lowerFirst(text: string): string {
  return /^\p{L}\p{Ll}/u.test(text) ? `${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
}

function firstSentence(answer: string): string {
  return (answer.trim().split(/(?<=[.!?])\s+/u)[0] ?? '').trim();
}

/** The denial a plain no to the question gives ("Røyker ikke."), or `undefined`. */
function plainDenial(question: string): string | undefined {
  return statementFromAnswer(question, 'no', 'Nei.');
}

function relativeHabit(question: string, rest: string, answer: string): string | undefined {
  if (!habitQuestion.test(question.trim())) return undefined;
  const clause = relativeClause.exec(rest.replace(/[.!]+$/u, ''))?.[1];
  if (clause === undefined) return undefined;
  // "… kona mi røyker. Jeg tar meg en av og til.": the patient's own habit after the relative's.
  const afterRelative = answer.slice(answer.indexOf(clause) + clause.length);
  if (firstPerson.test(afterRelative)) return undefined;
  const denial = plainDenial(question);
  const theirs = toNoteLanguage(clause, { speaker: 'pasient', voice: 'note' });
  if (denial === undefined || theirs === undefined || /(?<![\p{L}])pas\./u.test(theirs))
    return undefined;
  return `${denial} ${theirs}`;
}

function givenUp(question: string, rest: string): string | undefined {
  if (!useQuestion.test(question) || !noLonger.test(rest) || amountQuestion.test(question))
    return undefined;
  // "Røyker du fortsatt?": "Røyker ikke lenger.", never "ikke fortsatt lenger".
  const denial = plainDenial(question)?.replace(
    / (?:fortsatt|framleis|fremdeles)(?![\p{L}])/giu,
    '',
  );
  // One denial of one use ("Drikker ikke alkohol.", "Røyker ikke."): "lenger" closes it.
  if (
    denial === undefined ||
    !/^[^.]+\.$/u.test(denial) ||
    !/ikke/u.test(denial) ||
    /(?<![\p{L}])ikke ikke(?![\p{L}])/iu.test(denial)
  )
    return undefined;
  return denial.replace(/\.$/u, ' lenger.');
}

function supplementAfterNo(question: string, rest: string): string | undefined {
  const asked = askedKinds(question);
  if (asked.length !== 1 || asked[0] !== 'medicine') return undefined;
  const named = /^(?:bare|berre|kun) (.+?)[.!]?$/iu.exec(rest)?.[1]?.trim();
  if (named === undefined || !supplement.test(named)) return undefined;
  return `Ingen faste medisiner. Tar ${lowerFirst(named)}.`;
}

function painOnlyWhen(question: string, rest: string): string | undefined {
  if (!constantPainQuestion.test(question.trim())) return undefined;
  const moment = onlyWhen.exec(rest)?.[1]?.trim();
  if (moment === undefined) return undefined;
  if (deepBreath.test(moment)) return 'Smerter kun ved dyp inspirasjon.';
  const written = toNoteLanguage(`når jeg ${moment.replace(/^(?:jeg|eg|æ|e) /iu, '')}`, {
    speaker: 'pasient',
    voice: 'note',
  });
  if (written === undefined || written.split(/\s+/u).length > 8) return undefined;
  return `Smertene kommer bare ${lowerFirst(written)}`;
}

/**
 * The note line for a no that says one more thing (see the file comment), or `undefined`. Reads
 * the answer's first sentence (a later sentence is read as said); the whole answer only to see
 * whether the patient goes on about their own habit.
 */
export function readNoWithDetail(question: string, answer: string): string | undefined {
  const said = firstSentence(answer);
  if (!noOpening.test(said)) return undefined;
  const rest = said.replace(noOpening, '').trim();
  if (rest.length === 0) return undefined;
  return (
    relativeHabit(question, rest, answer) ??
    givenUp(question, rest) ??
    supplementAfterNo(question, rest) ??
    painOnlyWhen(question, rest)
  );
}
