import type { WordToken } from '../language/fold.js';
import { isContentWord, stemFolded } from '../language/stem.js';
import type { TranscriptIndex, TranscriptUnit } from './transcript-index.js';

/**
 * Words that call a test, a function or an organ abnormal or normal, folded. A note that says
 * "nedsatt kraft" or "positiv graviditetstest" where the conversation said "krafta er normal" or
 * "testen var negativ" contradicts it, whatever words sit around them.
 */
const abnormalWords = new Set([
  'positiv',
  'positive',
  'positivt',
  'nedsatt',
  'nedsatte',
  'nedsette',
  // nynorsk "rørsla er nedsett"
  'nedsett',
  'ustabil',
  // "uregelmessig rytme" against "regelmessig rytme"
  'uregelmessig',
  'uregelmessige',
  'ustabilt',
  'ustabile',
  'redusert',
  'reduserte',
  'svekket',
  'svekka',
  'patologisk',
  'patologiske',
  'unormal',
  'unormale',
  'unormalt',
  'avvikende',
  'forhoyet',
  'forhoyede',
  // Nynorsk and dialect: "D-dimer er forhøgd".
  'forhogd',
  'forhogde',
  // "sover dårlig" against "Sover godt"; "ulike pupiller" against "pupillene er like".
  'darlig',
  'darleg',
  'ulike',
  'forverret',
  'forverra',
  'forstorret',
  'forstorrede',
  'svekkede',
  'svake',
  // A lab value called raised in nynorsk or plain words ("CRP er 28, auka") against "CRP normal".
  // ("lav"/"lavt" are left out: they say more than a lab's state and raised false flags.)
  'auka',
  'okt',
]);
const normalWords = new Set([
  'negativ',
  'negative',
  'negativt',
  'normal',
  'normale',
  'normalt',
  'upafallende',
  'ua',
  // "pulsene er gode" against "svekkede perifere pulser"
  'god',
  'gode',
  // "kneet er stabilt" against "ustabilt kne"
  'stabil',
  'regelmessig',
  'regelmessige',
  'stabilt',
  'stabile',
  'godt',
  'like',
  'uendret',
  'uendra',
]);
/** A denial near a state word turns it round; such clauses are left to the negation checks. */
const denials = new Set(['ikke', 'ikkje', 'itj', 'ingen', 'inga', 'uten', 'utan', 'ikkj', 'ente']);

type State = 'abnormal' | 'normal';

function stateOf(folded: string): State | undefined {
  if (abnormalWords.has(folded)) return 'abnormal';
  if (normalWords.has(folded)) return 'normal';
  return undefined;
}

/** Whether any word is a state word: without one, no clause gives a state. */
function hasStateWord(tokens: readonly WordToken[]): boolean {
  for (const token of tokens) if (stateOf(token.folded) !== undefined) return true;
  return false;
}

/**
 * Lab tests known by a short abbreviation (folded): too short to be a stem by length, but the
 * subject of "CRP er 87, altså klart forhøyet" and "CRP normal".
 */
const shortLabNames = new Set(['crp', 'sr', 'hb', 'inr', 'tsh', 'ck', 'ldh', 'psa', 'alp', 'gt']);

/** Words of degree that leave a bare state clause bare ("…, altså klart forhøyet"). */
const degreeWords = new Set([
  'klart',
  'tydelig',
  'tydeleg',
  'lett',
  'moderat',
  'markert',
  'svaert',
]);

/** The stems a clause speaks of (hyphenated words also by their parts: "Strep A-hurtigtest"). */
function stemsOf(tokens: readonly WordToken[]): Set<string> {
  const stems = new Set<string>();
  for (const token of tokens) {
    if (
      stateOf(token.folded) !== undefined ||
      !isContentWord(token.folded) ||
      degreeWords.has(token.folded)
    )
      continue;
    for (const part of [token.folded, ...token.folded.split('-')])
      if (shortLabNames.has(part)) stems.add(part);
      else if (part.length >= 4 && !/\d/.test(part)) stems.add(stemFolded(part));
  }
  return stems;
}

/** Stems of one word, allowing for the stemmer's uneven endings ("sensibilit", "sensibilitet"). */
function sameStem(left: string, right: string): boolean {
  if (left === right) return true;
  const [short, long] = left.length <= right.length ? [left, right] : [right, left];
  if (short.length >= 5 && long.startsWith(short) && long.length - short.length <= 3) return true;
  // Two derivations of one word ("bevegelighet", "bevegelsen"): seven letters in common.
  return short.length >= 7 && long.startsWith(short.slice(0, 7)) && short.slice(0, 7) !== short;
}

interface Clause {
  readonly tokens: readonly WordToken[];
  readonly first: number;
  /** Joined to the clause before it by "og" (not by punctuation or "men"). */
  readonly joinedByAnd?: boolean;
}

/** The most words a bare coordinated subject has ("Kraft og kjensle … er normal"). */
const maxCoordinatedSubject = 3;

/**
 * Splits a sentence's tokens into clauses at "men", "og" and punctuation, seen as more than one
 * character between two words (a transcript unit keeps its tokens' offsets, not its text).
 */
function clausesOf(tokens: readonly WordToken[]): Clause[] {
  const clauses: Clause[] = [];
  let current: WordToken[] = [];
  let first = 0;
  let joinedByAnd = false;
  tokens.forEach((token, tokenIndex) => {
    const previous = tokens[tokenIndex - 1];
    const joins = token.folded === 'men' || token.folded === 'og';
    if (joins || (previous !== undefined && token.start - previous.end > 1)) {
      if (current.length > 0) clauses.push({ tokens: current, first, joinedByAnd });
      current = [];
      first = joins ? tokenIndex + 1 : tokenIndex;
      joinedByAnd =
        token.folded === 'og' && previous !== undefined && token.start - previous.end <= 1;
    }
    if (!joins) current.push(token);
  });
  if (current.length > 0) clauses.push({ tokens: current, first, joinedByAnd });
  return clauses;
}

/**
 * The stems of a clause, or, for a clause that is a bare state word after a comma ("Puls 78,
 * uregelmessig"), the stems of the clause before it when that one gives no state of its own.
 */
function subjectStemsOf(clauses: readonly Clause[], clauseIndex: number): string[] {
  const clause = clauses[clauseIndex];
  if (clause === undefined) return [];
  const own = [...stemsOf(clause.tokens)];
  if (own.length > 0) return own;
  const previous = clauses[clauseIndex - 1];
  const bare = clause.tokens.every(
    (token) =>
      stateOf(token.folded) !== undefined ||
      !isContentWord(token.folded) ||
      degreeWords.has(token.folded),
  );
  if (!bare || previous === undefined || clause.joinedByAnd === true) return own;
  if (previous.tokens.some((token) => stateOf(token.folded) !== undefined)) return own;
  return [...stemsOf(previous.tokens)];
}

/** The one state a clause gives, when it gives exactly one and no denial turns it round. */
function clauseState(tokens: readonly WordToken[]): State | undefined {
  if (tokens.some((token) => denials.has(token.folded))) return undefined;
  const states = new Set(tokens.flatMap((token) => stateOf(token.folded) ?? []));
  return states.size === 1 ? [...states][0] : undefined;
}

/** Denials that turn a state word straight after them round ("ikke forhøyet" is normal). */
const stateDenials = new Set(['ikke', 'ikkje', 'itj', 'ikkj']);

/**
 * The state of a written clause whose one state word is denied right before it ("CRP ikke
 * forhøyet": normal; "ikke normal": abnormal), when no other denial is in the clause. Read on the
 * note's side only: spoken denials are left to the negation checks.
 */
function deniedClauseState(tokens: readonly WordToken[]): State | undefined {
  const denied = tokens.filter((token) => denials.has(token.folded));
  const stated = tokens.flatMap((token, position) =>
    stateOf(token.folded) === undefined ? [] : [position],
  );
  const position = stated[0];
  if (denied.length !== 1 || stated.length !== 1 || position === undefined) return undefined;
  if (!stateDenials.has(tokens[position - 1]?.folded ?? '')) return undefined;
  return stateOf(tokens[position]?.folded ?? '') === 'normal' ? 'abnormal' : 'normal';
}

/**
 * A thing the sentence calls abnormal (or normal, positive, negative) that the evidence or its
 * neighbourhood called the opposite, in a clause about the same thing ("nedsatt sensibilitet" ←
 * "sensibiliteten er normal"; "graviditetstest positiv" ← "testen var negativ"). Returns the token
 * of the sentence's state word and the word said (and, for a denied state word, the denial and
 * the word as written: "ikke forhøyet"), or undefined.
 */
export function findContradictedState(options: {
  readonly tokens: readonly WordToken[];
  readonly units: Iterable<number>;
  readonly index: TranscriptIndex;
}): { readonly token: number; readonly said: string; readonly written?: string } | undefined {
  const { tokens, index } = options;
  if (!hasStateWord(tokens)) return undefined;
  let near: readonly number[] | undefined;
  const clauses = clausesOf(tokens);
  for (const [clauseIndex, clause] of clauses.entries()) {
    const plain = clauseState(clause.tokens);
    const claimed = plain ?? deniedClauseState(clause.tokens);
    if (claimed === undefined) continue;
    const stems = subjectStemsOf(clauses, clauseIndex);
    if (stems.length === 0) continue;
    near ??= [...options.units];
    // The evidence and its neighbourhood first; the whole conversation when they say nothing of it.
    for (const units of [near, 'everywhere'] as const) {
      const found = compareClause({ ...clause, claimed, stems }, units, index);
      if (found === 'same') break;
      if (found === undefined) continue;
      if (plain !== undefined) return found;
      // The denial and its state word, as written ("ikke forhøyet").
      const written = tokens
        .slice(found.token - 1, found.token + 1)
        .map((token) => token.text)
        .join(' ');
      return { ...found, written };
    }
  }
  return undefined;
}

/** A clause of a transcript unit that gives a state, read once per unit. */
interface SaidClause {
  readonly stems: readonly string[];
  readonly state: State;
  /** The clause's first state word, as said. */
  readonly stateWord: string | undefined;
}

const saidClauseMemo = new WeakMap<TranscriptUnit, readonly SaidClause[]>();

/**
 * The clauses of a unit that give one state, about the patient (clauses with a word about someone
 * else are left out); questions and hypothetical sentences give none. Units never change once
 * indexed, so this is worked out once per unit.
 */
function saidClausesOf(unit: TranscriptUnit): readonly SaidClause[] {
  const known = saidClauseMemo.get(unit);
  if (known !== undefined) return known;
  const said: SaidClause[] = [];
  // (A unit without a state word has no clause that gives one: most units are done here.)
  if (!unit.isQuestion && !unit.isHypothetical && hasStateWord(unit.tokens)) {
    const clauses = clausesOf(unit.tokens);
    clauses.forEach((clause, clauseIndex) => {
      if (
        clause.tokens.some(
          (_token, offset) => unit.claims.aboutOther[clause.first + offset] === true,
        )
      )
        return;
      // A clause without a state can neither agree nor disagree, unless it is a bare subject
      // coordinated with the next clause's ("Kraft og kjensle i armane er normal").
      const state = clauseState(clause.tokens) ?? coordinatedState(clauses, clauseIndex);
      if (state === undefined) return;
      said.push({
        stems: subjectStemsOf(clauses, clauseIndex),
        state,
        stateWord:
          clause.tokens.find((token) => stateOf(token.folded) !== undefined)?.text ??
          clauses
            .slice(clauseIndex + 1)
            .flatMap((next) => next.tokens)
            .find((token) => stateOf(token.folded) !== undefined)?.text,
      });
    });
  }
  saidClauseMemo.set(unit, said);
  return said;
}

/**
 * The state a bare subject takes from the clauses it is joined to by "og" ("Kraft og kjensle i
 * armar og bein er normal": "Kraft" and "kjensle i armar" are normal too), if they give one.
 */
function coordinatedState(clauses: readonly Clause[], clauseIndex: number): State | undefined {
  const clause = clauses[clauseIndex];
  const next = clauses[clauseIndex + 1];
  if (clause === undefined || next?.joinedByAnd !== true) return undefined;
  if (clause.tokens.length > maxCoordinatedSubject) return undefined;
  if (clause.tokens.some((token) => denials.has(token.folded))) return undefined;
  return clauseState(next.tokens) ?? coordinatedState(clauses, clauseIndex + 1);
}

/** Per index: the units (ascending) with a clause that gives a state. */
const statedUnitsMemo = new WeakMap<TranscriptIndex, readonly number[]>();

function statedUnits(index: TranscriptIndex): readonly number[] {
  const known = statedUnitsMemo.get(index);
  if (known !== undefined) return known;
  const found: number[] = [];
  index.units.forEach((unit, unitIndex) => {
    if (saidClausesOf(unit).length > 0) found.push(unitIndex);
  });
  statedUnitsMemo.set(index, found);
  return found;
}

/** Words that take up a test named just before ("Nå er den normal"). */
const pronounSubjects = new Set(['den', 'det', 'han', 'ho', 'hun']);

/**
 * True when a short lab name said in one state is taken up right after in the other by a pronoun
 * ("Ved forrige kontroll var CRP forhøyet, 55. Nå er den normal."): the test has changed, and a
 * note saying either now may be right. Longer names were never read so; left as they were.
 */
function isTurnedByPronoun(
  compared: {
    readonly said: SaidClause;
    readonly claimed: State;
    readonly stems: readonly string[];
  },
  unitIndex: number,
  index: TranscriptIndex,
): boolean {
  const { said, claimed, stems } = compared;
  // Only a match by the short lab name alone.
  const matched = stems.filter((own) => said.stems.some((stem) => sameStem(own, stem)));
  if (!matched.every((stem) => shortLabNames.has(stem))) return false;
  return [unitIndex, unitIndex + 1].some((near) => {
    const unit = index.units[near];
    if (unit === undefined || !unit.tokens.some((token) => pronounSubjects.has(token.folded)))
      return false;
    return saidClausesOf(unit).some((other) => other.state === claimed && other.stems.length === 0);
  });
}

function compareClause(
  clause: Clause & { readonly claimed: State; readonly stems: readonly string[] },
  units: readonly number[] | 'everywhere',
  index: TranscriptIndex,
): { readonly token: number; readonly said: string } | 'same' | undefined {
  const { claimed, stems } = clause;
  let opposite: string | undefined;
  let same = false;
  for (const unitIndex of units === 'everywhere' ? statedUnits(index) : units) {
    const unit = index.units[unitIndex];
    if (unit === undefined) continue;
    for (const said of saidClausesOf(unit)) {
      if (!said.stems.some((stem) => stems.some((own) => sameStem(own, stem)))) continue;
      if (said.state === claimed) same = true;
      else if (!isTurnedByPronoun({ said, claimed, stems }, unitIndex, index))
        opposite ??= said.stateWord;
    }
  }
  if (same) return 'same';
  if (opposite === undefined) return undefined;
  const offset = clause.tokens.findIndex((candidate) => stateOf(candidate.folded) !== undefined);
  return { token: clause.first + Math.max(0, offset), said: opposite };
}
