import type { DrugMention } from '../language/drug-names.js';
import type { WordToken } from '../language/fold.js';
import { perTranscript } from './per-transcript.js';
import type { TranscriptIndex } from './transcript-index.js';

/** Which way a sentence moves a drug's dose: up ("Øker Metformin") or down ("vi reduserer Furix"). */
export type DoseDirection = 'increase' | 'decrease';

/** Words (folded, so "øker" reads "oker") that raise a dose, in bokmål, nynorsk and dialect. */
const increaseWord = /^(?:ok(?:e|er|es|te|t)|auk\p{L}*|opptrapp\p{L}*|dobl\p{L}*|dobbl\p{L}*)$/u;
/** Words (folded) that lower a dose. */
const decreaseWord = /^(?:reduser\p{L}*|halver\p{L}*|nedtrapp\p{L}*|senk\p{L}*|minsk\p{L}*)$/u;
/** "trapper opp" / "trapper ned", "sette ned dosen". */
const particleVerb = /^(?:trapp\p{L}*|sett\p{L}*|set|sat|satt)$/u;
const negators = new Set(['ikke', 'ikkje', 'ikkj', 'itj', 'inkje', 'kje', 'aldri']);
/** Words (folded) that speak of the patient's drugs without naming one ("medisinane", "dosen"). */
const genericDrugWord = /^(?:medisin\p{L}*|medikament\p{L}*|dose\p{L}*|dosen|tablett\p{L}*)$/u;

/** Tokens between a cue and the drug it is said of, at most. */
const reach = 4;

interface DirectionCue {
  readonly position: number;
  readonly direction: DoseDirection;
  readonly denied: boolean;
}

function cueAt(tokens: readonly WordToken[], position: number): DirectionCue | undefined {
  const folded = tokens[position]?.folded ?? '';
  const next = tokens[position + 1]?.folded ?? '';
  let direction: DoseDirection | undefined;
  if (increaseWord.test(folded)) direction = 'increase';
  else if (decreaseWord.test(folded)) direction = 'decrease';
  else if (particleVerb.test(folded) && next === 'opp' && folded.startsWith('trapp'))
    direction = 'increase';
  else if (particleVerb.test(folded) && next === 'ned') direction = 'decrease';
  if (direction === undefined) return undefined;
  // "vi aukar ikkje medisinane", "vi skal ikke øke": the move is denied, not made.
  const denied = [-2, -1, 1, 2].some((offset) =>
    negators.has(tokens[position + offset]?.folded ?? ''),
  );
  return { position, direction, denied };
}

function cuesOf(tokens: readonly WordToken[]): DirectionCue[] {
  return tokens.flatMap((_token, position) => cueAt(tokens, position) ?? []);
}

function tokenRange(
  tokens: readonly WordToken[],
  mention: DrugMention,
): { readonly first: number; readonly last: number } | undefined {
  const inside = tokens
    .map((token, position) => ({ token, position }))
    .filter(({ token }) => token.start >= mention.start && token.end <= mention.end);
  const first = inside[0]?.position;
  const last = inside[inside.length - 1]?.position;
  return first === undefined || last === undefined ? undefined : { first, last };
}

function isNear(cue: DirectionCue, range: { readonly first: number; readonly last: number }) {
  const distance =
    cue.position < range.first ? range.first - cue.position : cue.position - range.last;
  return distance <= reach;
}

interface SpokenMoves {
  readonly made: ReadonlySet<DoseDirection>;
  readonly denied: ReadonlySet<DoseDirection>;
}

/** Each transcript's moves by substance, read the first time a sentence asks. */
const movesBySubstance = perTranscript(() => new Map<string, SpokenMoves>());

/** What the conversation said about moving a drug's dose: made moves and denied moves. */
function spokenMoves(substance: string, index: TranscriptIndex): SpokenMoves {
  const known = movesBySubstance(index).get(substance);
  if (known !== undefined) return known;
  const moves = readSpokenMoves(substance, index);
  movesBySubstance(index).set(substance, moves);
  return moves;
}

function readSpokenMoves(substance: string, index: TranscriptIndex): SpokenMoves {
  const made = new Set<DoseDirection>();
  const denied = new Set<DoseDirection>();
  const named = new Set(index.unitsWithSubstance(substance));
  index.units.forEach((unit, unitIndex) => {
    if (unit.isQuestion || unit.isHypothetical) return;
    const mentions = unit.claims.drugMentions.filter((mention) => mention.substance === substance);
    const ranges = named.has(unitIndex)
      ? mentions.flatMap((mention) => tokenRange(unit.tokens, mention) ?? [])
      : [];
    // A generic word counts only in a unit that names no other drug ("vi aukar ikkje medisinane").
    if (unit.claims.drugMentions.length === 0)
      unit.tokens.forEach((token, position) => {
        if (genericDrugWord.test(token.folded)) ranges.push({ first: position, last: position });
      });
    for (const cue of cuesOf(unit.tokens))
      if (ranges.some((range) => isNear(cue, range)))
        (cue.denied ? denied : made).add(cue.direction);
  });
  return { made, denied };
}

/**
 * A drug whose dose the sentence moves one way although the conversation moved it the other way
 * or said it would not be moved ("Øker Metformin" where "vi aukar ikkje medisinane no" or "vi
 * reduserer Metformin" was said): the drug's mention and the written direction, or undefined.
 * A sentence that itself denies the move ("Øker ikke Metformin") says nothing here.
 */
export function findContradictedDoseDirection(options: {
  readonly tokens: readonly WordToken[];
  readonly mentions: readonly DrugMention[];
  readonly index: TranscriptIndex;
}): { readonly mention: DrugMention; readonly direction: DoseDirection } | undefined {
  const { tokens, mentions, index } = options;
  const written = cuesOf(tokens).filter((cue) => !cue.denied);
  for (const mention of mentions) {
    const range = tokenRange(tokens, mention);
    if (range === undefined) continue;
    for (const cue of written) {
      if (!isNear(cue, range)) continue;
      const { made, denied } = spokenMoves(mention.substance, index);
      if (made.has(cue.direction)) continue;
      const opposite: DoseDirection = cue.direction === 'increase' ? 'decrease' : 'increase';
      if (made.has(opposite) || denied.has(cue.direction))
        return { mention, direction: cue.direction };
    }
  }
  return undefined;
}
