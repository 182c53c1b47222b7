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
    const verbToken = tokens[verb];
    if (verbToken === undefined) continue;
    let next = verb + 1;
    if (!stateVerbs.has(verbToken.folded)) {
      if (
        !perfectAuxiliaries.has(verbToken.folded) ||
        !perfectParticiples.has(tokens[verb + 1]?.folded ?? '')
      )
        continue;
      next += 1;
    }
    const part = tokens[verb - 1];
    if (part === undefined || hasPunctuationBetween(text, part, verbToken)) continue;
    const before = tokens[verb - 2];
    const opensClause =
      before === undefined ||
      hasPunctuationBetween(text, before, part) ||
      clauseStarters.has(before.folded);
    if (!opensClause) continue;
    while (degreeWords.has(tokens[next]?.folded ?? '') && next < verb + 4) next += 1;
    const state = tokens[next];
    if (state === undefined || !normalWords.has(state.folded)) continue;
    if (!endsClause(text, tokens, next)) continue;
    const concepts = tryGetFindingsOfPart(part.text);
    if (concepts.length > 0) states.push({ token: verb - 1, fine: next, concepts });
  }
  return states;
}
