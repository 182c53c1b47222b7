import { tokenize, type WordToken } from '../language/fold.js';
import { habitForm, stoppedPastWords } from './habit-words.js';
import { readClaims } from './read-claims.js';
import type { TranscriptIndex } from './transcript-index.js';

/** Habits a note says were never taken up (folded stems after "aldri"). */
const habitStem = /^(?:royk|snus|drukk|drikk)/u;
/** A habit said in the past tense, as taken up once (folded; dialect "røkte" too). */
const pastHabitWord = /^(?:roykte|royka|rokte|roykt|royket|snuste|snusa|snust|drakk)$/u;

/**
 * The note words without one of which {@link findNeverHabitContradicted},
 * {@link findNonSmokerContradicted} and {@link findFormerHabitNeverTaken} all find nothing ("aldri",
 * "ikke-røyker", a word of smoking or snus): their check's cue.
 */
export function isNeverHabitCue(folded: string): boolean {
  return (
    folded === 'aldri' ||
    /^ikke-?royk/u.test(folded) ||
    /^(?:royk|snus)/u.test(folded.replace(/^(?:eks|ex)-?/u, ''))
  );
}
let smokingKeyMemo: string | undefined;

/** The finding key of smoking ("røyker", "røykte", "røyking"), read as any note word is. */
function smokingKey(): string {
  smokingKeyMemo ??=
    readClaims({ text: 'røyker', tokens: tokenize('røyker') }).findingKey[0] ?? 'royk';
  return smokingKeyMemo;
}
const deniers = /^(?:aldri|aldrig|ikke|ikkje|itj|itte|inkje|ente|kje|ingen|nei)$/u;

/**
 * "Aldri røykt" where the patient said they smoked once ("Æ røkte på fest før, men ikke no på et
 * år"): the token of the habit word the note denies ever having, or undefined. A statement that
 * denies the habit itself ("eg har aldri røykt") is no such statement.
 */
export function findNeverHabitContradicted(options: {
  readonly tokens: readonly WordToken[];
  readonly index: TranscriptIndex;
}): number | undefined {
  const { tokens, index } = options;
  const never = tokens.findIndex((token) => token.folded === 'aldri');
  if (never < 0) return undefined;
  const habit = tokens.findIndex(
    (token, position) => position > never && position <= never + 2 && habitStem.test(token.folded),
  );
  if (habit < 0) return undefined;
  const stem = (tokens[habit]?.folded ?? '').slice(0, 3);
  const said = index.units.some(
    (unit) =>
      !unit.isQuestion &&
      !unit.isHypothetical &&
      unit.speaker !== 'lege' &&
      unit.tokens.some(
        (token, position) =>
          pastHabitWord.test(token.folded) &&
          token.folded.startsWith(stem === 'dru' || stem === 'dri' ? 'dr' : stem.slice(0, 2)) &&
          unit.claims.aboutOther[position] !== true &&
          !unit.tokens
            .slice(Math.max(0, position - 3), position)
            .some((before) => deniers.test(before.folded)),
      ),
  );
  return said ? habit : undefined;
}

/**
 * "Ikke-røyker" where the patient said they smoke (the habit said present, never denied): the
 * token of the compound, or undefined.
 */
export function findNonSmokerContradicted(options: {
  readonly tokens: readonly WordToken[];
  readonly index: TranscriptIndex;
}): number | undefined {
  const at = options.tokens.findIndex((token) => /^ikke-?royk/u.test(token.folded));
  if (at < 0) return undefined;
  const { present, absent } = options.index.polarityEverywhere(smokingKey());
  return present > 0 && absent === 0 ? at : undefined;
}

/** Words that place a habit before now in a note ("tidligere røyker", "eks-røyker"). */
const formerWords = /^(?:tidligere|tidlegare|tidl|eks|ex)$/u;
/** A habit given up, as said ("slutta", "sluttet", "slutte", "kutta ut"). */
function isStoppedWord(folded: string): boolean {
  return folded === 'slutte' || stoppedPastWords.test(folded);
}

/**
 * "Aldri røykt sigaretter", "aldri røykt, men hadde pipe i tjue år": the denial names one form of
 * the habit (an object after the habit word), or a "men …" clause tells of another form.
 */
function deniesOnlyOneForm(tokens: readonly WordToken[], position: number): boolean {
  if (habitForm.test(tokens[position + 1]?.folded ?? '')) return true;
  const but = tokens.findIndex((token, at) => at > position && token.folded === 'men');
  return but >= 0 && tokens.slice(but + 1).some((token) => habitForm.test(token.folded));
}

/**
 * "Tidligere røyker" where the patient said they never smoked ("Nei, jeg har aldri røykt. Far min
 * røykte …"): the token of the habit word, or undefined. Not when the conversation says the habit
 * was taken up or given up by the patient ("eg slutta for fem år sidan").
 */
export function findFormerHabitNeverTaken(options: {
  readonly tokens: readonly WordToken[];
  readonly index: TranscriptIndex;
}): number | undefined {
  const { tokens, index } = options;
  const habit = tokens.findIndex(
    (token, position) =>
      /^(?:royk|snus)/u.test(token.folded.replace(/^(?:eks|ex)-?/u, '')) &&
      (/^(?:eks|ex)-?royk|^(?:eks|ex)-?snus/u.test(token.folded) ||
        formerWords.test(tokens[position - 1]?.folded ?? '')),
  );
  if (habit < 0) return undefined;
  const stem = (tokens[habit]?.folded ?? '').replace(/^(?:eks|ex)-?/u, '').slice(0, 3);
  let never = false;
  for (const unit of index.units) {
    if (unit.isQuestion || unit.isHypothetical || unit.speaker === 'lege') continue;
    for (let position = 0; position < unit.tokens.length; position += 1) {
      const folded = unit.tokens[position]?.folded ?? '';
      if (isStoppedWord(folded)) return undefined;
      if (!folded.startsWith(stem) || unit.claims.aboutOther[position] === true) continue;
      const before = unit.tokens.slice(Math.max(0, position - 3), position);
      if (before.some((word) => word.folded === 'aldri')) {
        // "Aldri røykt sigaretter, men hadde pipe i tjue år": a partial denial, never "never".
        if (deniesOnlyOneForm(unit.tokens, position)) return undefined;
        never = true;
      } else if (!before.some((word) => deniers.test(word.folded)) && pastHabitWord.test(folded))
        return undefined;
    }
  }
  return never ? habit : undefined;
}
