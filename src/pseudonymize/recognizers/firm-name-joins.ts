import { tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import type { TokenAnalysis } from './token-analysis.js';

/** Words that join the parts of one firm's name: "Brød og Sånt", "Solberg & Dahl". */
const joiners = new Set(['og', '&']);

/**
 * "Bakeriet Brød og Sånt", "Sunnfjord Sag og Høvleri", "Advokatfirmaet Lie og Berg", "Solberg &
 * Dahl Regnskap": a workplace or organisation already found, of two words or more, runs on over
 * "og" or "&" and one or two capitalised words. Runs over the candidates of the other recognizers
 * and adds the longer span beside the shorter one, so overlap resolution prefers it. A given name
 * after "og" is a person ("på Rema og Kari jobber …"), and a word that opens another institution
 * ("Bryn legesenter og Ullevål sykehus") keeps its own span unless "&" joins the two.
 */
export function joinFirmNames(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  const institutionStarts = new Map<number, number>();
  const firms: Candidate[] = [];
  const reach = new Map<number, number>();
  for (const candidate of out) {
    reach.set(candidate.start, Math.max(reach.get(candidate.start) ?? 0, candidate.end));
    if (candidate.type !== 'WORKPLACE' && candidate.type !== 'ORGANIZATION') continue;
    firms.push(candidate);
    const known = institutionStarts.get(candidate.start) ?? 0;
    institutionStarts.set(candidate.start, Math.max(known, candidate.end));
  }
  // Most texts name no firm: the token index below is built only for those that do.
  if (firms.length === 0) return;
  const tokenEndingAt = new Map<number, number>();
  for (let index = 0; index < tokens.length; index++) {
    const token = tokenAt(tokens, index);
    if (token !== undefined) tokenEndingAt.set(token.end, index);
  }
  for (const firm of firms) {
    const last = tokenEndingAt.get(firm.end);
    if (last === undefined) continue;
    const end = joinedEnd(words, text, tokens, last, firm, institutionStarts);
    if (end === undefined || reachesBeyond(tokens, last + 2, end, reach)) continue;
    out.push({ ...firm, end });
  }
}

/** The end of the name run on over "og"/"&" after token `last`, or undefined. */
function joinedEnd(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  last: number,
  firm: Candidate,
  institutionStarts: ReadonlyMap<number, number>,
): number | undefined {
  const joiner = tokenAt(tokens, last + 1);
  const first = tokenAt(tokens, last + 2);
  const lastWord = tokenAt(tokens, last);
  if (joiner === undefined || first === undefined || lastWord === undefined) return undefined;
  if (!joiners.has(joiner.lower) || !isNamePart(words, first)) return undefined;
  const next = institutionStarts.get(first.start);
  // "Solberg & Dahl Regnskap": "&" joins two found parts into one firm.
  if (next !== undefined) return joiner.lower === '&' ? next : undefined;
  // "og" joins only a name of two words or more ("Bakeriet Brød"); "&" joins any ("Solberg &").
  if (joiner.lower === 'og' && !text.slice(firm.start, firm.end).includes(' ')) return undefined;
  if (!isSpaceBetween(text, lastWord.end, joiner.start)) return undefined;
  if (!isSpaceBetween(text, joiner.end, first.start)) return undefined;
  const second = tokenAt(tokens, last + 3);
  if (
    second !== undefined &&
    isNamePart(words, second) &&
    isSpaceBetween(text, first.end, second.start)
  )
    return second.end;
  return first.end;
}

/** A capitalised word mid-sentence that is no given name: "Sånt", "Høvleri", "Berg". */
function isNamePart(words: TokenAnalysis, token: Token): boolean {
  if (token.kind !== 'word' || token.sentenceStart || !(token.capitalised || token.allCaps))
    return false;
  const analysis = words.analyseToken(token);
  return !analysis.firstName || analysis.surname;
}

/**
 * True when another candidate starts on a joined word and runs past `end` ("og Kari Hansen
 * Olsen"): the longer span stays whole rather than losing its tail to the joined firm.
 */
function reachesBeyond(
  tokens: readonly Token[],
  firstJoined: number,
  end: number,
  reach: ReadonlyMap<number, number>,
): boolean {
  for (let index = firstJoined; index < tokens.length; index++) {
    const token = tokenAt(tokens, index);
    if (token === undefined || token.start >= end) return false;
    if ((reach.get(token.start) ?? 0) > end) return true;
  }
  return false;
}
