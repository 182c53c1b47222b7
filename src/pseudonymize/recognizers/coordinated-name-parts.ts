import { finiteVerbs, neverNames, personVerbs } from '../gazetteers/context-words.js';
import { tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import type { TokenAnalysis } from './token-analysis.js';

/** Words and marks that join two people: "Qerim og Drita Berisha", "Galsan, Ruiz". */
const joiners = new Set(['og', 'eller', '&', ',']);

/** Below this a one-word place is a guess from its frame ("ved Galsan"), not a listed place. */
const guessedPlaceConfidence = 0.7;

/**
 * "Qerim og Drita Berisha", "Jóhanna og Sindri", "ved Galsan og Ruiz": a capitalised word that no
 * dictionary, place or term list knows, joined by "og", "eller", "&" or a comma to a PERSON span
 * right beside it, is a person too; a one-word place guessed from its frame alone there is
 * retyped as that person. Listed places and ordinary words stay as they are ("Hansen og Sønn"
 * never reaches here: "sønn" is a word). `accepted` must be sorted and free of overlaps; so is
 * the result.
 */
export function withCoordinatedNameParts(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  accepted: readonly Candidate[],
): Candidate[] {
  if (!accepted.some((candidate) => candidate.type === 'PERSON')) return [...accepted];
  const byStart = new Map<number, Candidate>();
  const byEnd = new Map<number, Candidate>();
  for (const candidate of accepted) {
    byStart.set(candidate.start, candidate);
    byEnd.set(candidate.end, candidate);
  }
  const retyped = new Map<Candidate, Candidate>();
  const added: Candidate[] = [];
  let cursor = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokenAt(tokens, index);
    if (!isCandidateWord(words, token)) continue;
    while (cursor < accepted.length && (accepted[cursor]?.end ?? 0) <= token.start) cursor++;
    const covering = accepted[cursor];
    const isCovered = covering !== undefined && covering.start < token.end;
    if (
      isCovered &&
      !(
        covering.type === 'LOCATION' &&
        covering.start === token.start &&
        covering.end === token.end &&
        covering.confidence < guessedPlaceConfidence &&
        !words.analyseToken(token).place
      )
    )
      continue;
    const partner = joinedPerson(text, tokens, index, byStart, byEnd);
    if (
      partner === undefined ||
      !isPersonFrame(tokens, Math.min(token.start, partner.start), Math.max(token.end, partner.end))
    )
      continue;
    const person: Candidate = {
      start: token.start,
      end: token.end,
      type: 'PERSON',
      confidence: 0.75,
    };
    if (isCovered) retyped.set(covering, person);
    else added.push(person);
  }
  if (retyped.size === 0 && added.length === 0) return [...accepted];
  return [...accepted.map((candidate) => retyped.get(candidate) ?? candidate), ...added].sort(
    (left, right) => left.start - right.start,
  );
}

/** A capitalised word of three letters or more that no word, place or term list knows. */
function isCandidateWord(words: TokenAnalysis, token: Token | undefined): token is Token {
  if (token?.kind !== 'word' || !token.capitalised || token.allCaps || token.text.length < 3)
    return false;
  if (neverNames.has(token.lower) || !words.isChainPart(token)) return false;
  // Listed given names that are words too ("Storm og regn") are left to the name rules.
  const analysis = words.analyseToken(token);
  return !analysis.common && !analysis.entry;
}

/** Prepositions before a pair of people, not of products: "Besøk av …", "ved …", "hos …". */
const personPrepositions = new Set(['av', 'ved', 'hos', 'mellom']);

/**
 * True when the pair of people from `start` to `end` stands where people do: after "av", "ved",
 * "hos" or "mellom", or opening a sentence (or following a colon) before a finite verb ("Qerim og
 * Drita Berisha kom"). Lists of products ("med Redon og Jackson-Pratt") have no such frame.
 */
function isPersonFrame(tokens: readonly Token[], start: number, end: number): boolean {
  let from = 0;
  while (from < tokens.length && (tokenAt(tokens, from)?.start ?? Infinity) < start) from++;
  let to = from;
  while (to < tokens.length && (tokenAt(tokens, to)?.start ?? Infinity) < end) to++;
  const before = tokenAt(tokens, from - 1);
  if (before !== undefined && personPrepositions.has(before.lower)) return true;
  const opens = tokenAt(tokens, from)?.sentenceStart === true || before?.text === ':';
  const after = tokenAt(tokens, to)?.lower ?? '';
  return opens && (finiteVerbs.has(after) || personVerbs.has(after));
}

/** The PERSON span a joiner links the word at `index` to, right after or before it, or undefined. */
function joinedPerson(
  text: string,
  tokens: readonly Token[],
  index: number,
  byStart: ReadonlyMap<number, Candidate>,
  byEnd: ReadonlyMap<number, Candidate>,
): Candidate | undefined {
  const token = tokenAt(tokens, index);
  if (token === undefined) return undefined;
  const after = tokenAt(tokens, index + 1);
  const afterNext = tokenAt(tokens, index + 2);
  if (
    after !== undefined &&
    afterNext !== undefined &&
    joiners.has(after.lower) &&
    isSpaceBetween(text, after.end, afterNext.start) &&
    (after.text === ','
      ? after.start === token.end
      : isSpaceBetween(text, token.end, after.start)) &&
    byStart.get(afterNext.start)?.type === 'PERSON'
  )
    return byStart.get(afterNext.start);
  const before = tokenAt(tokens, index - 1);
  const beforePrevious = tokenAt(tokens, index - 2);
  if (
    before !== undefined &&
    beforePrevious !== undefined &&
    joiners.has(before.lower) &&
    isSpaceBetween(text, before.end, token.start) &&
    (before.text === ','
      ? before.start === beforePrevious.end
      : isSpaceBetween(text, beforePrevious.end, before.start)) &&
    byEnd.get(beforePrevious.end)?.type === 'PERSON'
  )
    return byEnd.get(beforePrevious.end);
  return undefined;
}
