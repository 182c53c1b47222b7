import { introducers, personVerbs, possessives, relations } from '../gazetteers/context-words.js';
import { monthNames } from '../../language/index.js';
import { textAt, lowerAt, tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import type { TokenAnalysis } from './token-analysis.js';

const months: ReadonlySet<string> = new Set(monthNames);

/** Verbs of calling before the one called: "ring heller yasmin", "ringte til Yasmin". */
const callVerbs = new Set(['ring', 'ringe', 'ringte', 'ringer', 'ringde', 'ringa', 'ringje']);
/** Greetings and sign-offs before a name: "Hei Yasmin", "Hilsen Yasmin", "mvh yasmin". */
const greetingWords = new Set(['hei', 'hallo', 'heisann', 'hilsen', 'helsing', 'mvh', 'vh']);

/**
 * Given names that are also a drug or a month the term lists hold ("Yasmin", "Diane", "Mai"):
 * the token analysis reads them as terms, so no other recognizer sees them. They are persons only
 * in a frame no drug stands in: after "heter" or a relation word ("kona mi, yasmin", "datteren
 * Yasmin"), in "det var yasmin som …", before a surname ("Yasmin Haddad"), as the subject of a
 * verb only a person does at a sentence or turn start ("Yasmin ringte"), after a verb of calling
 * ("ring heller yasmin på …") or a greeting or sign-off. "bruker Yasmin", "Yasmin og andre
 * p-piller", "Yasmin er en p-pille" and "i mai" stay terms.
 */
export function recognizeBrandGivenNames(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 0; index < tokens.length; index++) {
    const token = tokenAt(tokens, index);
    if (token === undefined || token.kind !== 'word' || token.text.length < 3) continue;
    const analysis = words.analyseToken(token);
    if (!analysis.term || !(analysis.firstName || analysis.international)) continue;
    if (analysis.region || analysis.compoundTerm) continue;
    // A term in the international list only ("Diane", but also "Glasgow", "Tena") needs a
    // relation word or a surname; a listed given name ("Yasmin", "Mai") any person frame.
    const inFrame = analysis.firstName
      ? isInPersonFrame(words, text, tokens, index)
      : followsRelation(tokens, index) || isSurnameAfter(words, text, tokens, index);
    if (!inFrame) continue;
    const next = tokenAt(tokens, index + 1);
    const end =
      next !== undefined && isSurnameAfter(words, text, tokens, index) ? next.end : token.end;
    out.push({ start: token.start, end, type: 'PERSON', confidence: 0.8 });
  }
}

function isInPersonFrame(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  index: number,
): boolean {
  const token = tokenAt(tokens, index);
  if (token === undefined) return false;
  const previous = lowerAt(tokens, index - 1);
  // "kona mi, yasmin": skip the comma of an apposition.
  const at = previous === ',' ? index - 2 : index - 1;
  const before = lowerAt(tokens, at);
  if (introducers.has(previous)) return true;
  if (followsRelation(tokens, index)) return true;
  // "det var yasmin som ringte", but not "det var juni som var verst" (a month in lower case).
  if (
    (previous === 'var' || previous === 'er') &&
    (token.capitalised || !months.has(token.lower)) &&
    lowerAt(tokens, index - 2) === 'det' &&
    lowerAt(tokens, index + 1) === 'som'
  )
    return true;
  if (isSurnameAfter(words, text, tokens, index)) return true;
  const opensTurn =
    token.sentenceStart || previous === ':' || (previous === ',' && greetingWords.has(before));
  if (opensTurn && personVerbs.has(lowerAt(tokens, index + 1))) return true;
  const twoBack = lowerAt(tokens, index - 2);
  if (callVerbs.has(previous)) return true;
  if ((previous === 'heller' || previous === 'til') && callVerbs.has(twoBack)) return true;
  if (greetingWords.has(previous)) return true;
  return false;
}

/** "datteren Diane", "kona mi, yasmin": a relation word, a possessive and a comma before. */
function followsRelation(tokens: readonly Token[], index: number): boolean {
  const at = textAt(tokens, index - 1) === ',' ? index - 2 : index - 1;
  const before = lowerAt(tokens, at);
  return (
    relations.has(before) || (possessives.has(before) && relations.has(lowerAt(tokens, at - 1)))
  );
}

/** A surname right after the given name: "Yasmin Lund", "yasmin khalil". */
function isSurnameAfter(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  index: number,
): boolean {
  const token = tokenAt(tokens, index);
  const next = tokenAt(tokens, index + 1);
  if (token === undefined || next === undefined || next.kind !== 'word') return false;
  if (next.text.length < 2 || !isSpaceBetween(text, token.end, next.start)) return false;
  if (token.capitalised !== next.capitalised) return false;
  const analysis = words.analyseToken(next);
  if (analysis.nonIdentifying) return false;
  // A listed surname only: "Glasgow Coma Scale", "Tena Flex" are products of listed name words.
  return analysis.surname && !(analysis.common && !next.capitalised);
}
