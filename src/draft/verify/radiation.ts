import type { WordToken } from '../language/fold.js';
import { stemFolded } from '../language/stem.js';
import type { Claims } from './read-claims.js';
import type { TranscriptIndex } from './transcript-index.js';

/** "utstråling", "stråler", "stråle", "strålte" (folded: "å" is "a"). */
const radiationWord = /^(?:utstral\p{L}*|stral(?:er|e|te|a|ar|ing)?)$/u;

/** The note words without one of which {@link findContradictedRadiation} finds nothing: its cue. */
export function isRadiationWord(folded: string): boolean {
  return radiationWord.test(folded);
}
const denial =
  /^(?:ikke|ikkje|ikkj|itj|itte|inkje|ente|kje|kkje|ingen|inga|ingi|uten|utan|aldri)$/u;
/** Words after the radiation that say where to ("til armen", "mot kjeven", "ned i beinet"). */
const towards = /^(?:til|mot|ned|opp|ut|bak|i)$/u;
const notTarget = new Set([
  'til',
  'mot',
  'ned',
  'opp',
  'ut',
  'bak',
  'i',
  'eller',
  'og',
  'noe',
  'noen',
  'steder',
  'sted',
]);

type Radiation = 'radiates' | 'none';

/** The stems of the places named after a radiation word, in its clause. */
function targetsAfter(tokens: readonly WordToken[], from: number): string[] {
  const targets: string[] = [];
  for (let position = from + 1; position < Math.min(tokens.length, from + 7); position += 1) {
    const folded = tokens[position]?.folded ?? '';
    if (folded === 'men') break;
    if (!notTarget.has(folded) && folded.length >= 3 && !towards.test(folded))
      targets.push(stemFolded(folded).slice(0, 4));
  }
  return targets;
}

/**
 * True when a comma, a semicolon or "men" stands between two tokens: the denial before it ("Ingen
 * nummenhet, lett utstråling") belongs to another clause.
 */
function isOtherClause(
  tokens: readonly WordToken[],
  text: string,
  from: number,
  to: number,
): boolean {
  for (let position = from + 1; position < to; position += 1)
    if (tokens[position]?.folded === 'men') return true;
  const first = tokens[from];
  const last = tokens[to];
  return (
    first !== undefined && last !== undefined && /[,;]/u.test(text.slice(first.end, last.start))
  );
}

/**
 * A radiation word denied around it ("det stråle itj ut", "ingen utstråling"). With the sentence's
 * text, a denial in an earlier clause does not count.
 */
function isDenied(
  tokens: readonly WordToken[],
  negated: readonly boolean[],
  at: number,
  text?: string,
): boolean {
  if (negated[at] === true) return true;
  for (
    let position = Math.max(0, at - 3);
    position <= Math.min(tokens.length - 1, at + 2);
    position += 1
  )
    if (
      position !== at &&
      denial.test(tokens[position]?.folded ?? '') &&
      (text === undefined || position > at || !isOtherClause(tokens, text, position, at))
    )
      return true;
  return false;
}

/**
 * Pain said to radiate where the conversation said it did not, or the reverse ("Ingen utstråling"
 * after "Ja, det stråle bak i ryggen"; "Stråler ut mot kjeven" after "Nei, det stråle itj ut").
 * A denial towards a named place ("ingen utstråling til armen") is only contradicted by radiation
 * said towards that place. Returns the token of the sentence's radiation word, or undefined.
 */
export function findContradictedRadiation(options: {
  readonly tokens: readonly WordToken[];
  /** The sentence the tokens came from (to see its commas). */
  readonly text: string;
  readonly claims: Claims;
  readonly index: TranscriptIndex;
}): number | undefined {
  const { tokens, text, claims, index } = options;
  const at = tokens.findIndex((token) => radiationWord.test(token.folded));
  if (at < 0 || claims.aboutOther[at] === true) return undefined;
  const claimed: Radiation = isDenied(tokens, claims.negated, at, text) ? 'none' : 'radiates';
  const targets = claimed === 'none' ? targetsAfter(tokens, at) : [];
  const said = new Set<Radiation>();
  index.units.forEach((unit, unitIndex) => {
    const position = unit.tokens.findIndex((token) => radiationWord.test(token.folded));
    if (position < 0 || unit.claims.aboutOther[position] === true || unit.isHypothetical) return;
    let state: Radiation | undefined;
    if (unit.isQuestion) {
      const answer = index.answerTo(unitIndex);
      state = answer === 'yes' ? 'radiates' : answer === 'no' ? 'none' : undefined;
    } else state = isDenied(unit.tokens, unit.claims.negated, position) ? 'none' : 'radiates';
    if (state === undefined) return;
    if (state === 'radiates' && targets.length > 0) {
      // Radiation elsewhere does not contradict a denial towards a named place.
      const reply = unit.isQuestion ? index.units[unitIndex + 1] : unit;
      const saidTargets = new Set(
        (reply?.tokens ?? []).map((token) => stemFolded(token.folded).slice(0, 4)),
      );
      if (!targets.some((target) => saidTargets.has(target))) return;
    }
    said.add(state);
  });
  if (said.size !== 1 || said.has(claimed)) return undefined;
  return at;
}
