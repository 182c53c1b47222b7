/*
 * "Vi var på hyttetur i helgen, ein gjeng fra jobben … Eg har sår hals og feber, og no har eg hatt
 * det i tre døgn." — a patient who opens with the story puts the complaint later in the same turn.
 * The first clinical statement of the opening answer became Kontaktårsak, so the note's first line
 * was the trip. A clinician heads the note with the complaint: «Sår hals og feber i 3 døgn.».
 *
 * When the reason for contact is the patient's (or relative's) and has no word of clinical
 * vocabulary (before a "…, men så …" that turns the story to the complaint), and a
 * later statement of the same turn does, that statement becomes the reason and the story goes to
 * the history (nothing is dropped; only the two swap kinds). A statement with a duration is
 * preferred. The chosen line is then written as a clinician heads a note: «Har X, og nå har pas.
 * hatt det i 3 døgn, …» → «X i 3 døgn.».
 */
import { isClinicalWord, isConflictWord } from '../../language/clinical-terms.js';
import { tokenize } from '../../language/fold.js';
import type { ConversationAnalysis, Statement } from './analyze-conversation.js';
import { relativeAsSubject } from './relative-subject.js';

/** Words of complaint the symptom vocabulary leaves out ("vondt", "klør", "smerter"). */
const complaintWord =
  /(?<![\p{L}])(?:vondt|vont|smerte\p{L}*|verk\p{L}*|klør|kløende|sår hals|sår i|hovne\p{L}*|plaget|plages)(?![\p{L}])/iu;

/** A time span or onset ("i 3 døgn", "siden søndag", "for 2 uker siden"). */
const duration =
  /(?<![\p{L}])(?:i|på) \d+(?:[,–-]\d+)? (?:døgn|dager|dag|uker|uke|måneder|måned|år)(?![\p{L}])|(?<![\p{L}])siden(?![\p{L}])/iu;

function namesComplaint(text: string): boolean {
  return (
    complaintWord.test(text) ||
    tokenize(text).some(
      // "blodsukkeret", "blodtrykket": a measure, not the symptom "blod".
      (token) => isConflictWord(token.folded) && !/^blod\p{L}{3,}/u.test(token.folded),
    )
  );
}

/** True when no word of the text is clinical vocabulary (a trip, a party, the gym). */
function isStory(text: string): boolean {
  return !tokenize(text).some((token) => isClinicalWord(token.folded));
}

/** Someone else in the patient's own words ("kona, hun holdt på å besvime"). */
const otherPerson =
  /(?<![\p{L}])(?:kona|mannen|samboer\p{L}*|mor|far|mamma|pappa|datter\p{L}*|sønn\p{L}*|bror\p{L}*|søster\p{L}*|hun|han|ho|hu|de)(?![\p{L}])/iu;

/** The story before "…, men så …" / "…, og så …", where the complaint comes only after it. */
const storyTurn = /, (?:men|og) så /u;

const turnOf = (statement: Statement): number | undefined => statement.evidence[0]?.segment;

/** A complaint line and what the sentence said after its duration, if anything. */
export interface ComplaintLine {
  /** «Sår hals og feber i 3 døgn.» */
  readonly line: string;
  /** «Har kastet opp i natt.»: the rest of the sentence after the duration, for the history. */
  readonly rest?: string;
}

/**
 * How a course said after a duration is written in a note: «og det blir bare verre» →
 * «Tiltagende plager.». «og det blir ikke bedre» adds nothing to a complaint still there after
 * its duration, so it goes (undefined); only these exact phrases, anything else is kept.
 */
const courseWordings: readonly (readonly [RegExp, string | undefined])[] = [
  [/^det (?:blir|har blitt|er) (?:ikke|ikkje|itj) (?:noe )?(?:bedre|betre)[.!]?$/iu, undefined],
  [/^det (?:går|gikk|vil) (?:ikke|ikkje|itj) (?:gå )?over[.!]?$/iu, undefined],
  [/^det (?:blir|har blitt) (?:bare )?verre(?: og verre)?[.!]?$/iu, 'Tiltagende plager.'],
];

/**
 * «Har sår hals og feber, og nå har pas. hatt det i 3 døgn, …» → «Sår hals og feber i 3 døgn.».
 * What the sentence says after the duration («… i 3 døgn og har kastet opp i natt») is kept as
 * `rest`, never dropped.
 */
export function toComplaintLine(text: string): ComplaintLine {
  const match =
    /^(?:Har |Pas\. har )?(?:hatt )?([^,]{3,60}), og (?:nå|no) har (?:pas\. )?(?:hatt )?(?:det|dette) ((?:i|på) \d+(?:[,–-]\d+)? (?:døgn|dager|dag|uker|uke|måneder|måned|år))(?![\p{L}])/u.exec(
      text,
    );
  if (match?.[1] === undefined || match[2] === undefined) return { line: text };
  const complaint = match[1];
  const line = `${complaint.charAt(0).toUpperCase()}${complaint.slice(1)} ${match[2]}.`;
  const remainder = text
    .slice(match[0].length)
    .replace(/^\s*[,;]?\s*(?:(?:og|men) (?:så )?)?/u, '')
    .replace(/^pas\. (?=\p{L})/u, '')
    .trim();
  if (!/\p{L}{2,}/u.test(remainder)) return { line };
  const course = courseWordings.find(([pattern]) => pattern.test(remainder));
  if (course !== undefined) return course[1] === undefined ? { line } : { line, rest: course[1] };
  const end = /[.!?]$/u.test(remainder) ? '' : '.';
  return { line, rest: `${remainder.charAt(0).toUpperCase()}${remainder.slice(1)}${end}` };
}

/** How many turns after the opening answer the patient's own complaint is looked for. */
const ownComplaintTurns = 2;

/** The complaint, not the story before it, as the reason for contact (see above). */
export function reasonFromComplaint(analysis: ConversationAnalysis): ConversationAnalysis {
  const index = analysis.statements.findIndex((statement) => statement.kind === 'reason');
  const reason = analysis.statements[index];
  if (reason === undefined || (reason.speaker !== 'pasient' && reason.speaker !== 'pårørende'))
    return analysis;
  const aboutRelative = reason.speaker === 'pasient' && relativeAsSubject.test(reason.text);
  if (!aboutRelative && !isStory(reason.text.split(storyTurn)[0] ?? reason.text)) return analysis;
  const turn = turnOf(reason);
  const lastTurn = (turn ?? 0) + (aboutRelative ? ownComplaintTurns : 0);
  const candidates: number[] = [];
  for (let next = index + 1; next < analysis.statements.length; next += 1) {
    const statement = analysis.statements[next];
    const at = statement === undefined ? undefined : turnOf(statement);
    if (statement === undefined || at === undefined || turn === undefined) break;
    if (at > lastTurn || (!aboutRelative && at !== turn)) break;
    if (
      statement.kind === 'history' &&
      statement.speaker === reason.speaker &&
      statement.byRelative !== true &&
      !/^(?:ikke|ingen|aldri)(?![\p{L}])/iu.test(statement.text) &&
      !(statement.speaker === 'pasient' && otherPerson.test(statement.text)) &&
      namesComplaint(statement.text)
    )
      candidates.push(next);
  }
  const chosen =
    candidates.find((candidate) => duration.test(analysis.statements[candidate]?.text ?? '')) ??
    candidates[0];
  const complaint = chosen === undefined ? undefined : analysis.statements[chosen];
  if (chosen === undefined || complaint === undefined) return analysis;
  const statements = [...analysis.statements];
  statements[index] = { ...reason, kind: 'history' };
  const { line, rest } = toComplaintLine(complaint.text);
  statements.splice(
    chosen,
    1,
    { ...complaint, kind: 'reason', text: line },
    ...(rest === undefined ? [] : [{ ...complaint, kind: 'history' as const, text: rest }]),
  );
  return { ...analysis, statements };
}
