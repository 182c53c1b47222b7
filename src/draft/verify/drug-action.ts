import type { DrugMention } from '../language/drug-names.js';
import type { WordToken } from '../language/fold.js';
import { perTranscript } from './per-transcript.js';
import type { TranscriptIndex } from './transcript-index.js';

/**
 * What a sentence or the conversation does with a drug: stops, keeps or starts it (a `DrugAction`)
 * or moves its dose up or down (a `DoseDirection`). One mechanism for both: cue words near a drug
 * mention (within `reach` words), read in the sentence and, once per transcript and drug, in what
 * was said of the drug (`spokenOf`).
 */

/**
 * What a sentence does with a drug it names: stops it ("Enalapril seponeres", "vi slutter med
 * Enalapril"), keeps it ("Furix fortsetter uendret", "fortsett med Furix som før") or starts it
 * ("vi starter med Kloramfenikol").
 */
export type DrugAction = 'stop' | 'continue' | 'start';

/** Words (folded) that stop a drug, in speech and in notes. */
const stopWord =
  /^(?:seponer\p{L}*|stopp\p{L}*|stans\p{L}*|avslutt\p{L}*|slutt\p{L}*|sluta|pause|pauser\p{L}*|kutt\p{L}*|dropp\p{L}*)$/u;
/** Words (folded) that keep a drug going. */
const continueWord =
  /^(?:fortsett\p{L}*|fortset|fortsetj\p{L}*|uendret|uendra|behold\p{L}*|videref\p{L}*)$/u;
/** Words (folded) that start a drug. */
const startWord = /^(?:start\p{L}*|begynn\p{L}*|byrj\p{L}*|gjenoppt\p{L}*|oppstart\p{L}*)$/u;
/** Verbs that stop a drug together with "ut" or "bort" ("setter ut", "ta bort"). */
const awayVerb = /^(?:sett\p{L}*|satt|ta|tar|tek|tas|fjern\p{L}*)$/u;
const negators = new Set(['ikke', 'ikkje', 'ikkj', 'itj', 'inkje', 'aldri']);

/** Tokens between a cue and the drug it is said of, at most ("Furix fortsetter du med som før"). */
const reach = 4;

function cueAt(tokens: readonly WordToken[], position: number): DrugAction | undefined {
  const folded = tokens[position]?.folded ?? '';
  const next = tokens[position + 1]?.folded ?? '';
  let action: DrugAction | undefined;
  if (stopWord.test(folded)) action = 'stop';
  else if (continueWord.test(folded)) action = 'continue';
  else if (startWord.test(folded)) action = 'start';
  else if (awayVerb.test(folded) && (next === 'ut' || next === 'bort')) action = 'stop';
  if (action === undefined || action === 'start') return action;
  // "Du skal ikke slutte med Furix" keeps it; "ikke fortsett med Ibux" stops it.
  const denied = [1, 2].some((back) => negators.has(tokens[position - back]?.folded ?? ''));
  if (!denied) return action;
  return action === 'stop' ? 'continue' : 'stop';
}

/** The tokens a drug mention spans, first and last; undefined when it spans none. */
function spanOf(
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

/** The token range of each drug mention. */
function mentionSpans(
  tokens: readonly WordToken[],
  mentions: readonly DrugMention[],
): { readonly substance: string; readonly first: number; readonly last: number }[] {
  return mentions.flatMap((mention) => {
    const span = spanOf(tokens, mention);
    return span === undefined ? [] : [{ substance: mention.substance, ...span }];
  });
}

/**
 * Each action a sentence takes, with the drug it is said of: every cue goes to the nearest drug
 * mention within a few words ("vi slutter med Enalapril og halverer Amlodipin": Enalapril stops,
 * Amlodipin has no cue), the later one on a tie.
 */
export function readDrugActions(
  tokens: readonly WordToken[],
  mentions: readonly DrugMention[],
): { readonly substance: string; readonly action: DrugAction }[] {
  if (mentions.length === 0) return [];
  const spans = mentionSpans(tokens, mentions);
  const actions: { substance: string; action: DrugAction }[] = [];
  tokens.forEach((_token, position) => {
    if (spans.some((span) => position >= span.first && position <= span.last)) return;
    const action = cueAt(tokens, position);
    if (action === undefined) return;
    let nearest: { substance: string; distance: number } | undefined;
    for (const span of spans) {
      const distance = position < span.first ? span.first - position : position - span.last;
      if (distance > reach) continue;
      if (nearest === undefined || distance <= nearest.distance)
        nearest = { substance: span.substance, distance };
    }
    if (nearest !== undefined) actions.push({ substance: nearest.substance, action });
  });
  return actions;
}

/**
 * A drug the sentence stops or keeps although the conversation only ever did the opposite with it
 * ("Enalapril fortsetter" where the clinician said "vi slutter med Enalapril"; "Furix seponeres"
 * where "Furix fortsetter du med som før"): the drug's mention and what was said, or undefined.
 * Questions and hypothetical sentences of the conversation say nothing here.
 */
export function findContradictedDrugAction(options: {
  readonly tokens: readonly WordToken[];
  readonly mentions: readonly DrugMention[];
  readonly index: TranscriptIndex;
}): { readonly mention: DrugMention; readonly said: DrugAction } | undefined {
  const { tokens, mentions, index } = options;
  const written = readDrugActions(tokens, mentions);
  for (const { substance, action } of written) {
    if (action === 'start') continue;
    const said = spokenOf(substance, index).actions;
    if (said.has(action)) continue;
    const contradicted =
      action === 'continue' ? said.has('stop') && !said.has('start') : said.has('continue');
    const mention = mentions.find((candidate) => candidate.substance === substance);
    if (contradicted && mention !== undefined)
      return {
        mention,
        said: action === 'continue' ? 'stop' : said.has('continue') ? 'continue' : 'start',
      };
  }
  return undefined;
}

/**
 * A drug the sentence starts although the conversation only ever stopped it ("Oppstart Celebra"
 * where "Celebra har vi seponert"; "Startet med Marevan i fjor" where "Marevan ble seponert i
 * fjor"), also where the stop was the reply to a question naming the drug ("Og Arcoxiaen?" "Den
 * slutta eg med i september."): the drug's mention, or undefined. A sentence that also stops the
 * drug or denies something says nothing here.
 */
export function findStoppedDrugStarted(options: {
  readonly tokens: readonly WordToken[];
  readonly mentions: readonly DrugMention[];
  readonly index: TranscriptIndex;
}): DrugMention | undefined {
  const { tokens, mentions, index } = options;
  if (mentions.length === 0) return undefined;
  if (tokens.some((token) => negators.has(token.folded))) return undefined;
  const written = readDrugActions(tokens, mentions);
  for (const substance of writtenStarts(tokens, mentions)) {
    if (written.some((entry) => entry.substance === substance && entry.action !== 'start'))
      continue;
    const said = new Set(spokenOf(substance, index).actions);
    for (const action of repliedActions(substance, index)) said.add(action);
    if (!said.has('stop') || said.has('start') || said.has('continue')) continue;
    // A drug also said to be taken or begun ("begynte på Enalapril for tre uker siden", "Æ fikk
    // det i går") may be written as started then, before it was stopped.
    if (isSaidTakenOrBegun(substance, index)) continue;
    const mention = mentions.find((candidate) => candidate.substance === substance);
    if (mention !== undefined) return mention;
  }
  return undefined;
}

/**
 * Words (folded) that say a drug was taken or begun in the past ("begynte på", "fikk", "tok"); a
 * present "tar"/"brukar" says nothing about when it began, and "tatt" counts only after "har"/"hadde".
 */
const takenWord = /^(?:begynt\p{L}*|byrja\p{L}*|fikk|fekk|tok|startet|starta|gjenoppt\p{L}*)$/u;
const perfectAuxiliary = /^(?:har|hadde|ha)$/u;
const perfectTaken = /^(?:tatt|fatt|fått)$/u;

function saysTakenOrBegun(tokens: readonly WordToken[]): boolean {
  return tokens.some((token, position) => {
    if (takenWord.test(token.folded) || startWord.test(token.folded)) return true;
    if (!perfectTaken.test(token.folded)) return false;
    return tokens
      .slice(Math.max(0, position - 3), position)
      .some((before) => perfectAuxiliary.test(before.folded));
  });
}

/**
 * True when a statement naming the drug, or the next sentence of the same turn ("Apocillin, nei
 * vent, det var Kåvepenin. Æ fikk det for halsen i går."), says it was taken or begun, or starts it
 * anywhere in the sentence ("Metforminen, som vi stoppa ved innkomst, kan du starte igjen"). A
 * question ("Tar du Celebra?") says neither.
 */
function isSaidTakenOrBegun(substance: string, index: TranscriptIndex): boolean {
  return index.unitsWithSubstance(substance).some((unitIndex) => {
    const unit = index.units[unitIndex];
    if (unit === undefined || unit.isQuestion) return false;
    const next = index.units[unitIndex + 1];
    const sameTurn = next !== undefined && next.segment === unit.segment ? [next] : [];
    return [unit, ...sameTurn].some((candidate) => saysTakenOrBegun(candidate.tokens));
  });
}

/**
 * What the replies to questions naming a drug (and no other) do with it, when the reply names no
 * drug itself ("Og Arcoxiaen?" "Den slutta eg med i september." stops it).
 */
function repliedActions(substance: string, index: TranscriptIndex): Set<DrugAction> {
  const actions = new Set<DrugAction>();
  for (const unitIndex of index.unitsWithSubstance(substance)) {
    const question = index.units[unitIndex];
    if (question?.isQuestion !== true) continue;
    if (question.claims.drugMentions.some((mention) => mention.substance !== substance)) continue;
    const reply = index.replyTo(unitIndex) ?? nextTurnOf(unitIndex, index);
    const answer = reply === undefined ? undefined : index.units[reply];
    if (answer === undefined || answer.claims.drugMentions.length > 0) continue;
    answer.tokens.forEach((_token, position) => {
      const action = cueAt(answer.tokens, position);
      if (action !== undefined) actions.add(action);
    });
  }
  return actions;
}

/** Words (folded) that weigh a drug in speech: "vi vurderte å gi Klacid", "vi snakka om sertralin". */
const consideredWord =
  /^(?:vurder\p{L}*|diskuter\p{L}*|snakk\p{L}*|tenkte|tenkt|overveid\p{L}*|drofta|droftet)$/u;
/** Words (folded) a note starts a drug with besides the start verbs ("ordinert", "gis"). */
const writtenStartWord =
  /^(?:start\p{L}*|oppstart\p{L}*|igangsatt|igangsettes|ordinert|ordineres|forskrevet|foreskrevet|gis|gitt)$/u;

/** True when a spoken unit weighs a drug and turns it down ("…, men det trengs ikke"). */
function weighsAndRejects(tokens: readonly WordToken[]): boolean {
  const considered = tokens.findIndex((token) => consideredWord.test(token.folded));
  if (considered < 0) return false;
  const but = tokens.findIndex(
    (token, position) =>
      position > considered && (token.folded === 'men' || token.folded === 'mens'),
  );
  return (
    but > considered &&
    tokens.some((token, position) => position > but && negators.has(token.folded))
  );
}

/** The drugs a sentence starts ("Oppstart Celebra", "Startet med Marevan", "Zyloric ordinert"). */
function writtenStarts(
  tokens: readonly WordToken[],
  mentions: readonly DrugMention[],
): Set<string> {
  const spans = mentionSpans(tokens, mentions);
  const started = new Set(
    readDrugActions(tokens, mentions)
      .filter(({ action }) => action === 'start')
      .map(({ substance }) => substance),
  );
  tokens.forEach((token, position) => {
    if (!writtenStartWord.test(token.folded)) return;
    for (const span of spans)
      if (Math.min(Math.abs(position - span.first), Math.abs(position - span.last)) <= reach)
        started.add(span.substance);
  });
  return started;
}

/**
 * A reply that turns a proposal down: "Nei, det vil eg ikkje", "det vil æ itj ha", "Det vil vi
 * helst vente med".
 */
function refusesProposal(tokens: readonly WordToken[]): boolean {
  const folded = tokens.map((token) => token.folded);
  const wants = folded.findIndex((word) => word === 'vil');
  if (wants < 0) return false;
  const rest = folded.slice(wants + 1, wants + 5);
  return (
    rest.some((word) => negators.has(word)) ||
    (rest.includes('vente') && folded.slice(wants + 1).includes('med'))
  );
}

/** The first sentence of the next turn when that turn is by somebody else. */
function nextTurnOf(unitIndex: number, index: TranscriptIndex): number | undefined {
  const unit = index.units[unitIndex];
  if (unit === undefined) return undefined;
  for (let next = unitIndex + 1; next < index.units.length; next += 1) {
    const candidate = index.units[next];
    if (candidate === undefined || candidate.segment > unit.segment + 1) return undefined;
    if (candidate.segment === unit.segment) continue;
    return candidate.speaker === unit.speaker ? undefined : next;
  }
  return undefined;
}

/**
 * The first sentence of the next turn when it is by somebody else and turns the statement's
 * proposal down ("Vi legger til Ramipril." "Nei, eg fikk så hoste av det, det vil eg ikkje.").
 */
function isTurnedDownByReply(unitIndex: number, index: TranscriptIndex): boolean {
  const unit = index.units[unitIndex];
  if (unit === undefined) return false;
  for (let next = unitIndex + 1; next < index.units.length; next += 1) {
    const candidate = index.units[next];
    if (candidate === undefined || candidate.segment > unit.segment + 1) return false;
    if (candidate.segment === unit.segment) continue;
    // (The reply's whole first turn: "Nei, eg fikk så hoste av det da eg prøvde, det vil eg ikkje.")
    if (candidate.speaker === unit.speaker) return false;
    if (candidate.claims.drugMentions.length > 0) return false;
    if (refusesProposal(candidate.tokens)) return true;
  }
  return false;
}

/**
 * A drug the sentence starts although the conversation only weighed it and turned it down ("Vi
 * vurderte å gi Klacid i tillegg, men det trengs ikke" → "Klacid startet i tillegg"), or only
 * proposed it and heard it refused ("Jeg foreslo å prøve Atarax." "Nei, det vil eg ikkje." →
 * "Atarax startet"): the drug's mention, or undefined. A sentence that itself weighs or declines
 * the drug says nothing here.
 */
export function findRejectedDrugStarted(options: {
  readonly tokens: readonly WordToken[];
  readonly mentions: readonly DrugMention[];
  readonly index: TranscriptIndex;
}): DrugMention | undefined {
  const { tokens, mentions, index } = options;
  if (mentions.length === 0) return undefined;
  if (tokens.some((token) => consideredWord.test(token.folded) || negators.has(token.folded)))
    return undefined;
  const started = writtenStarts(tokens, mentions);
  for (const substance of started) {
    const units = index.unitsWithSubstance(substance);
    if (units.length === 0) continue;
    const onlyRejected = units.every((unitIndex) => {
      const unit = index.units[unitIndex];
      return (
        unit !== undefined &&
        !unit.isQuestion &&
        (weighsAndRejects(unit.tokens) || isTurnedDownByReply(unitIndex, index))
      );
    });
    const mention = mentions.find((candidate) => candidate.substance === substance);
    if (onlyRejected && mention !== undefined) return mention;
  }
  return undefined;
}

/** Which way a sentence moves a drug's dose: up ("Øker Metformin") or down ("vi reduserer Furix"). */
export type DoseDirection = 'increase' | 'decrease';

/** Words (folded, so "øker" reads "oker") that raise a dose, in bokmål, nynorsk and dialect. */
const increaseWord = /^(?:ok(?:e|er|es|te|t)|auk\p{L}*|opptrapp\p{L}*|dobl\p{L}*|dobbl\p{L}*)$/u;
/** Words (folded) that lower a dose. */
const decreaseWord = /^(?:reduser\p{L}*|halver\p{L}*|nedtrapp\p{L}*|senk\p{L}*|minsk\p{L}*)$/u;
/** "trapper opp" / "trapper ned", "sette ned dosen". */
const particleVerb = /^(?:trapp\p{L}*|sett\p{L}*|set|sat|satt)$/u;
/** (Dose moves read "kje" as a denial too.) */
const doseNegators = new Set(['ikke', 'ikkje', 'ikkj', 'itj', 'inkje', 'kje', 'aldri']);
/** Words (folded) that speak of the patient's drugs without naming one ("medisinane", "dosen"). */
const genericDrugWord = /^(?:medisin\p{L}*|medikament\p{L}*|dose\p{L}*|dosen|tablett\p{L}*)$/u;

interface DirectionCue {
  readonly position: number;
  readonly direction: DoseDirection;
  readonly denied: boolean;
}

function doseCueAt(tokens: readonly WordToken[], position: number): DirectionCue | undefined {
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
    doseNegators.has(tokens[position + offset]?.folded ?? ''),
  );
  return { position, direction, denied };
}

function cuesOf(tokens: readonly WordToken[]): DirectionCue[] {
  return tokens.flatMap((_token, position) => doseCueAt(tokens, position) ?? []);
}

function isNear(cue: DirectionCue, range: { readonly first: number; readonly last: number }) {
  const distance =
    cue.position < range.first ? range.first - cue.position : cue.position - range.last;
  return distance <= reach;
}

/** What the conversation did with one drug, read once per transcript and drug. */
interface SpokenDrug {
  /** Stopped, kept or started, in statements naming it. */
  readonly actions: ReadonlySet<DrugAction>;
  /** Dose moves made of it (or of "the medicines" in a statement naming no drug). */
  readonly made: ReadonlySet<DoseDirection>;
  /** Dose moves said not to be made. */
  readonly denied: ReadonlySet<DoseDirection>;
}

/** Moves of one statement's cues near the given token ranges, added to `made` or `denied`. */
function addMoves(
  tokens: readonly WordToken[],
  ranges: readonly { readonly first: number; readonly last: number }[],
  moves: { readonly made: Set<DoseDirection>; readonly denied: Set<DoseDirection> },
): void {
  if (ranges.length === 0) return;
  for (const cue of cuesOf(tokens))
    if (ranges.some((range) => isNear(cue, range)))
      (cue.denied ? moves.denied : moves.made).add(cue.direction);
}

/**
 * Dose moves said of the patient's drugs without naming one ("vi aukar ikkje medisinane"): a
 * generic word counts only in a statement that names no drug. The same for every drug.
 */
const genericMoves = perTranscript((index) => {
  const moves = { made: new Set<DoseDirection>(), denied: new Set<DoseDirection>() };
  for (const unit of index.units) {
    if (unit.isQuestion || unit.isHypothetical || unit.claims.drugMentions.length > 0) continue;
    const ranges: { first: number; last: number }[] = [];
    unit.tokens.forEach((token, position) => {
      if (genericDrugWord.test(token.folded)) ranges.push({ first: position, last: position });
    });
    addMoves(unit.tokens, ranges, moves);
  }
  return moves;
});

/** Each transcript's drugs, by substance, read the first time a sentence asks. */
const spokenBySubstance = perTranscript(() => new Map<string, SpokenDrug>());

/** What the conversation did with a drug: its actions and its dose moves. */
function spokenOf(substance: string, index: TranscriptIndex): SpokenDrug {
  const known = spokenBySubstance(index).get(substance);
  if (known !== undefined) return known;
  const generic = genericMoves(index);
  const actions = new Set<DrugAction>();
  const moves = { made: new Set(generic.made), denied: new Set(generic.denied) };
  for (const unitIndex of index.unitsWithSubstance(substance)) {
    const unit = index.units[unitIndex];
    if (unit === undefined || unit.isQuestion || unit.isHypothetical) continue;
    for (const spoken of readDrugActions(unit.tokens, unit.claims.drugMentions))
      if (spoken.substance === substance) actions.add(spoken.action);
    const mentions = unit.claims.drugMentions.filter((mention) => mention.substance === substance);
    addMoves(
      unit.tokens,
      mentions.flatMap((mention) => spanOf(unit.tokens, mention) ?? []),
      moves,
    );
  }
  const spoken = { actions, ...moves };
  spokenBySubstance(index).set(substance, spoken);
  return spoken;
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
  // (Most sentences name no drug: their words are not read for a direction.)
  if (mentions.length === 0) return undefined;
  const written = cuesOf(tokens).filter((cue) => !cue.denied);
  for (const mention of mentions) {
    const range = spanOf(tokens, mention);
    if (range === undefined) continue;
    for (const cue of written) {
      if (!isNear(cue, range)) continue;
      const { made, denied } = spokenOf(mention.substance, index);
      if (made.has(cue.direction)) continue;
      const opposite: DoseDirection = cue.direction === 'increase' ? 'decrease' : 'increase';
      if (made.has(opposite) || denied.has(cue.direction))
        return { mention, direction: cue.direction };
    }
  }
  return undefined;
}
