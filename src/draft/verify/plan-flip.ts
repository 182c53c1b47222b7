import type { WordToken } from '../language/fold.js';
import type { Claims } from './read-claims.js';
import { perTranscript } from './per-transcript.js';
import type { TranscriptIndex } from './transcript-index.js';

/** What a plan does with a treatment: stops it or keeps it going. */
type PlanAction = 'stop' | 'continue';

/** Words (folded) that stop a treatment ("seponeres", "vi slutter med", "kutt ut"). */
const stopWord =
  /^(?:seponer\p{L}*|stopp\p{L}*|stans\p{L}*|avslutt\p{L}*|slutte|slutter|sluttar|slutta|sluta|kutt\p{L}*)$/u;
/** Words (folded) that keep a treatment going. */
const continueWord = /^(?:fortsett\p{L}*|fortset|fortsetj\p{L}*|behold\p{L}*|videref\p{L}*)$/u;
const negators = new Set(['ikke', 'ikkje', 'ikkj', 'itj', 'inkje', 'kje', 'aldri']);
/** Words between a cue and its object that name no treatment. */
const fillerWords = new Set([
  'med',
  'a',
  'ta',
  'bruke',
  'bruk',
  'du',
  'vi',
  'me',
  'de',
  'no',
  'na',
]);

/** Sections of a note that give the plan. */
const planSections = new Set(['tiltak', 'plan', 'oppfolging', 'medikamentendringer']);

/** Objects too general to tie a written plan to a spoken one ("dagens behandling"). */
const genericWord =
  /^(?:behandling\p{L}*|dose\p{L}*|dosen|medisin\p{L}*|medikament\p{L}*|tablett\p{L}*|dagens|samme|som|det|den|dette|denne|alt|alle|opp|her|der)$/u;

/** Tokens after a cue, at most, where the treatment it is said of may stand. */
const reach = 3;

function actionAt(tokens: readonly WordToken[], position: number): PlanAction | undefined {
  const folded = tokens[position]?.folded ?? '';
  let action: PlanAction | undefined;
  if (stopWord.test(folded)) action = 'stop';
  else if (continueWord.test(folded)) action = 'continue';
  if (action === undefined) return undefined;
  const denied = [-2, -1, 1].some((offset) =>
    negators.has(tokens[position + offset]?.folded ?? ''),
  );
  if (!denied) return action;
  return action === 'stop' ? 'continue' : 'stop';
}

/** Each action with the keys of the words it is said of ("slutte med p-pillene" → p-pille keys). */
function readPlanActions(
  tokens: readonly WordToken[],
  claims: Claims,
): { readonly action: PlanAction; readonly keys: ReadonlySet<string> }[] {
  const actions: { action: PlanAction; keys: Set<string> }[] = [];
  tokens.forEach((_token, position) => {
    const action = actionAt(tokens, position);
    if (action === undefined) return;
    const keys = new Set<string>();
    // The object is the first word after the verb ("Fortsetter p-piller", "slutte med
    // p-pillene") or, in a passive, the word before it ("P-piller seponeres").
    let after = position + 1;
    while (after <= position + reach && fillerWords.has(tokens[after]?.folded ?? '')) after += 1;
    const passive = /s$/u.test(tokens[position]?.folded ?? '');
    const objects = passive ? [after, position - 1] : [after];
    for (const object of objects) {
      const word = tokens[object];
      if (word === undefined || object > position + reach || genericWord.test(word.folded))
        continue;
      for (const key of claims.keys[object] ?? []) keys.add(key);
    }
    if (keys.size > 0) actions.push({ action, keys });
  });
  return actions;
}

function overlaps(first: ReadonlySet<string>, second: ReadonlySet<string>): boolean {
  for (const key of first) if (second.has(key)) return true;
  return false;
}

/**
 * What the clinician kept or stopped in the conversation, in order, read once per transcript. The
 * plan is the clinician's: what a patient says they stopped is history, not a plan.
 */
const clinicianPlanActions = perTranscript((index) =>
  index.units.flatMap((unit) =>
    unit.isQuestion || unit.isHypothetical || unit.speaker !== 'lege'
      ? []
      : readPlanActions(unit.tokens, unit.claims),
  ),
);

/**
 * A treatment the plan keeps or stops although the conversation only did the opposite with it
 * ("Fortsetter p-piller" where "du må slutte med p-pillene" was said): the written action, or
 * undefined. Drugs the lexicon names are read by the drug checks; this covers what it does not.
 * Only plan sections are read: elsewhere "fortsetter" and "slutter" tell the history.
 */
export function findFlippedPlanAction(options: {
  readonly tokens: readonly WordToken[];
  readonly claims: Claims;
  readonly index: TranscriptIndex;
  readonly section: string | undefined;
}): PlanAction | undefined {
  const { tokens, claims, index } = options;
  if (!planSections.has(options.section ?? '') || claims.drugMentions.length > 0) return undefined;
  for (const written of readPlanActions(tokens, claims)) {
    const said = new Set<PlanAction>();
    for (const spoken of clinicianPlanActions(index))
      if (overlaps(written.keys, spoken.keys)) said.add(spoken.action);
    if (!said.has(written.action) && said.size > 0) return written.action;
  }
  return undefined;
}
