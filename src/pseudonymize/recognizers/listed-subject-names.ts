import { finiteVerbs, relations } from '../gazetteers/context-words.js';
import { personTitles } from '../gazetteers/person-titles.js';
import { isSpaceBetween, lowerAt, tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import type { TokenAnalysis } from './token-analysis.js';

/**
 * Verbs a person does, after a list said in lower case: "kemi, bayo og tunde kom også". A lower-
 * case list before "er"/"har" is as often symptoms or drugs ("feber, hoste og kvalme er borte").
 */
const personActionVerbs = new Set([
  'kom',
  'kommer',
  'kjem',
  'bor',
  'bur',
  'besøker',
  'besøkte',
  'ringte',
  'ringer',
  'ringde',
  'hjelper',
  'hjalp',
  'passer',
  'henter',
  'hentet',
  'henta',
  'kjørte',
  'satt',
  'sitter',
  'sa',
  'sier',
  'seier',
  'spurte',
  'var',
]);
/** Verbs after a capitalised list: every finite verb, and those a person does. */
const listVerbs: ReadonlySet<string> = new Set([...finiteVerbs, ...personActionVerbs]);

type Item = { readonly token: Token; readonly anchor: boolean };

/**
 * One word of the list, or undefined when the word cannot be a name there: drugs, eponyms,
 * regions, relation words and titles; an ordinary word only capitalised inside the sentence
 * ("Somchai, Nok og Ploy"); in lower case only a word no dictionary or place list knows.
 */
function toItem(words: TokenAnalysis, token: Token | undefined): Item | undefined {
  if (token === undefined || token.kind !== 'word' || token.allCaps || token.lower.length < 2)
    return undefined;
  if (relations.has(token.lower) || personTitles.has(token.lower)) return undefined;
  const analysis = words.analyseToken(token);
  if (analysis.nonIdentifying || analysis.term || analysis.region || analysis.compoundTerm)
    return undefined;
  const named = analysis.firstName || analysis.international;
  if (!token.capitalised) {
    if (analysis.common || analysis.entry || analysis.place) return undefined;
  } else if (analysis.common && token.sentenceStart && !analysis.firstName) return undefined;
  return { token, anchor: named && !analysis.common && !analysis.place };
}

/** True when the list starting at `first` opens its clause: a sentence start, ":" or a relation. */
function opensClause(tokens: readonly Token[], first: number): boolean {
  const token = tokenAt(tokens, first);
  if (token === undefined) return false;
  if (token.sentenceStart || first === 0) return true;
  const previous = lowerAt(tokens, first - 1);
  return previous === ':' || relations.has(previous);
}

/**
 * "Olu, Ade og Tolu kom også", "Tenzin, Pema og Dorje bor i samme hus": three or more single
 * words — "A, B og C" — that open a clause before its finite verb are its subject, people, when
 * one of them is a listed given name (Norwegian or international) and none is a drug, eponym,
 * region or ordinary lower-case word. In lower case from speech-to-text only before a verb a
 * person does ("kom", "bor", "ringte").
 */
export function recognizeListedSubjectNames(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 0; index + 5 < tokens.length; index++) {
    if (!opensClause(tokens, index)) continue;
    const items: Item[] = [];
    let cursor = index;
    let joined = false;
    while (!joined) {
      const item = toItem(words, tokenAt(tokens, cursor));
      if (item === undefined) break;
      items.push(item);
      const separator = tokenAt(tokens, cursor + 1);
      const next = tokenAt(tokens, cursor + 2);
      // "A, B" and "A og B" on one line: a comma right after the word, a space before the next.
      if (
        separator === undefined ||
        next === undefined ||
        !isSpaceBetween(text, item.token.end, separator.start) ||
        !isSpaceBetween(text, separator.end, next.start) ||
        next.start === separator.end
      )
        break;
      if (separator.text === ',' && separator.start === item.token.end) cursor += 2;
      else if (separator.lower === 'og' && separator.start > item.token.end) {
        const last = toItem(words, next);
        if (last === undefined) break;
        items.push(last);
        cursor += 3;
        joined = true;
      } else break;
    }
    if (!joined || items.length < 3) continue;
    const verb = tokenAt(tokens, cursor);
    if (verb === undefined || verb.kind !== 'word') continue;
    const lowerCase = items.every((item) => !item.token.capitalised);
    const capitalised = items.every((item) => item.token.capitalised);
    if (!lowerCase && !capitalised) continue;
    if (!(lowerCase ? personActionVerbs : listVerbs).has(verb.lower)) continue;
    if (!items.some((item) => item.anchor)) continue;
    for (const item of items)
      out.push({ start: item.token.start, end: item.token.end, type: 'PERSON', confidence: 0.88 });
    index = cursor - 1;
  }
}
