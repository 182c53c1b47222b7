import type { WordToken } from './fold.js';
import { tryGetFindingsOfPart } from './clinical-lexicon.js';

/** A part of the body or a function said to be fine ("pusten går greit"), and what that denies. */
export interface NormalState {
  /** Index of the word for the part ("pusten"). */
  readonly token: number;
  /** Index of the word that says it is fine ("greit"). */
  readonly fine: number;
  /** The findings and diagnoses of that part it denies (lexicon concept indices). */
  readonly concepts: readonly number[];
}

/** Verbs that say how a part is ("er", dialect "e", "æ", "går", "kjennes"), folded. */
const stateVerbs = new Set([
  'er',
  'e',
  'ae',
  'var',
  'va',
  'gar',
  'gikk',
  'gjekk',
  'kjennes',
  'kjenns',
  'foles',
  'virker',
]);
/** "har vært", "har vore", "ha vøri": the perfect of "er". */
const perfectAuxiliaries = new Set(['har', 'ha', 'hadde']);
const perfectParticiples = new Set(['vaert', 'vore', 'vori', 'vorti', 'vaeri']);
/** Words that say a part is as it should be, folded ("fin", "greit", "normal", "bra"). */
const normalWords = new Set([
  'fin',
  'fint',
  'fine',
  'grei',
  'greit',
  'greie',
  'bra',
  'normal',
  'normalt',
  'normale',
  'god',
  'godt',
  'gode',
  'ok',
  'okei',
  'uproblematisk',
]);
/** Adverbs between the verb and the word for fine ("går heilt fint", "er jo fin"). */
const degreeWords = new Set(['heilt', 'helt', 'ganske', 'jo', 'egentlig', 'eigentleg', 'sa']);
/** Words that may follow the state before its clause ends ("pusten går greit no"). */
const trailingWords = new Set(['no', 'na', 'igjen', 'att', 'da', 'altsa']);
/** Words before the part that leave it at the start of its clause ("men pusten går greit"). */
const clauseStarters = new Set(['og', 'men', 'sa', 'ja', 'nei', 'jo', 'nae', 'naei', 'neida']);

function hasPunctuationBetween(text: string, left: WordToken, right: WordToken): boolean {
  return /[.,;:!?]/.test(text.slice(left.end, right.start));
}

/** True when the clause ends after `at`, but for words that add nothing ("greit no", "fint, og"). */
function endsClause(text: string, tokens: readonly WordToken[], at: number): boolean {
  for (let index = at + 1; index < tokens.length; index += 1) {
    const previous = tokens[index - 1];
    const token = tokens[index];
    if (previous === undefined || token === undefined) return true;
    if (hasPunctuationBetween(text, previous, token) || token.folded === 'og') return true;
    if (!trailingWords.has(token.folded)) return false;
  }
  return true;
}

/**
 * Parts of the body or functions a speaker says are fine, at the start of a clause that says
 * nothing more ("Pusten går greit", "Nakken er fin.", "Men vannlatinga har vore heilt normal"):
 * each denies the findings the lexicon names by a phrase ending in that word ("tung i pusten",
 * "stiv nakke"). A part said fine with more after it ("pusten går greit i ro, men …") denies
 * nothing here.
 */
export function findNormalStates(text: string, tokens: readonly WordToken[]): NormalState[] {
  const states: NormalState[] = [];
  for (let verb = 1; verb < tokens.length; verb += 1) {
    const state = normalStateAt(text, tokens, verb) ?? doneFineAt(text, tokens, verb);
    if (state !== undefined) states.push(state);
  }
  return states;
}

/** True when `at` opens a clause: first, after punctuation, or after "og", "men", "ja", "nei". */
function opensClause(text: string, tokens: readonly WordToken[], at: number): boolean {
  const before = tokens[at - 1];
  const token = tokens[at];
  return (
    before === undefined ||
    token === undefined ||
    hasPunctuationBetween(text, before, token) ||
    clauseStarters.has(before.folded)
  );
}

/** The word for fine after `from` (past "heilt", "jo"), when it ends its clause. */
function fineAfter(text: string, tokens: readonly WordToken[], from: number): number | undefined {
  let next = from;
  while (degreeWords.has(tokens[next]?.folded ?? '') && next < from + 3) next += 1;
  const state = tokens[next];
  if (state === undefined || !normalWords.has(state.folded)) return undefined;
  return endsClause(text, tokens, next) ? next : undefined;
}

/** "Pusten går greit", "nakken er fin": a part, a verb of being, and fine. */
function normalStateAt(
  text: string,
  tokens: readonly WordToken[],
  verb: number,
): NormalState | undefined {
  const verbToken = tokens[verb];
  const part = tokens[verb - 1];
  if (verbToken === undefined || part === undefined) return undefined;
  let next = verb + 1;
  if (!stateVerbs.has(verbToken.folded)) {
    if (
      !perfectAuxiliaries.has(verbToken.folded) ||
      !perfectParticiples.has(tokens[verb + 1]?.folded ?? '')
    )
      return undefined;
    next += 1;
  }
  if (hasPunctuationBetween(text, part, verbToken) || !opensClause(text, tokens, verb - 1))
    return undefined;
  const fine = fineAfter(text, tokens, next);
  if (fine === undefined) return undefined;
  const concepts = tryGetFindingsOfPart(part.text);
  return concepts.length > 0 ? { token: verb - 1, fine, concepts } : undefined;
}

/** Who a function done fine is said of ("eg puster fint", "han tisser greit"). */
const subjects = new Set(['jeg', 'eg', 'je', 'ae', 'i', 'du', 'han', 'hun', 'ho', 'hu']);

/** Verbs of being able that put the function after them ("får puste", "klarer å gå"). */
const abilityVerbs = new Set(['far', 'fikk', 'kan', 'klarer', 'klarar', 'greier', 'greiar']);

/** "Eg puster heilt fint", "han tisser greit": a function done fine denies its findings. */
function doneFineAt(
  text: string,
  tokens: readonly WordToken[],
  verb: number,
): NormalState | undefined {
  const verbToken = tokens[verb];
  const subject = tokens[verb - 1];
  if (verbToken === undefined || subject === undefined || !subjects.has(subject.folded))
    return undefined;
  if (stateVerbs.has(verbToken.folded) || !opensClause(text, tokens, verb - 1)) return undefined;
  // "eg får puste fint", "ho klarer å gå fint": the function follows an ability verb.
  let done = verb;
  if (abilityVerbs.has(verbToken.folded)) done += tokens[verb + 1]?.folded === 'a' ? 2 : 1;
  const doneToken = tokens[done];
  if (doneToken === undefined) return undefined;
  const fine = fineAfter(text, tokens, done + 1);
  if (fine === undefined) return undefined;
  const concepts = tryGetFindingsOfPart(doneToken.text);
  return concepts.length > 0 ? { token: done, fine, concepts } : undefined;
}
