import { neverNames } from '../gazetteers/context-words.js';
import { personTitles } from '../gazetteers/person-titles.js';
import { signatureWordsFor } from '../gazetteers/signature-words.js';
import { hasLineBreak, type TokenAnalysis } from './token-analysis.js';
import { isSpaceBetween, tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';

/** Words that sign or approve a note before its writer: "DIKTERT AV", "SIGNERT:", "SIGN.". */
const signatureWords = signatureWordsFor('capitals');

/** Roles written in a signature line before the name; "LIS" is the resident, not a given name. */
const roles: ReadonlySet<string> = new Set([
  ...personTitles,
  'lis',
  'lis1',
  'lis2',
  'lis3',
  'kst',
  'konst',
  'konstituert',
  'vakthavende',
  'ass',
]);

/** At most this many name words after the frame: "KARI ANNE NORDMANN BERG". */
const maximumNameWords = 4;

/**
 * "DIKTERT AV LIS HANSEN", "SIGNERT: OVERLEGE KARI NORDMANN", "GODKJENT AV: OLSEN": in a line
 * written in capitals, the words after a signature word ("av" and a colon may follow it) and any
 * roles are the writer's name when every one of them is a given name or surname of the
 * gazetteer and the name ends the line or its clause. A role alone ("GODKJENT AV OVERLEGE") or a
 * word no name list holds finds nothing; the span holds the name words, not the roles.
 */
export function recognizeCapitalSignatureNames(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 0; index < tokens.length; index++) {
    const cue = tokens[index];
    if (cue === undefined || cue.kind !== 'word' || !cue.allCaps) continue;
    if (!signatureWords.has(cue.lower) || !isCapitalLine(text, cue)) continue;
    const name = nameAfterFrame(words, text, tokens, index);
    if (name !== undefined) out.push({ ...name, type: 'PERSON', confidence: 0.9 });
  }
}

function nameAfterFrame(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  cueIndex: number,
): { start: number; end: number } | undefined {
  const cue = tokenAt(tokens, cueIndex);
  if (cue === undefined) return undefined;
  let index = cueIndex + 1;
  if (tokenAt(tokens, index)?.text === '.') index++;
  if (tokenAt(tokens, index)?.lower === 'av') index++;
  if (tokenAt(tokens, index)?.text === ':') index++;
  let first: Token | undefined;
  let firstName: Token | undefined;
  let roleWords = 0;
  let nameWords = 0;
  let givenName = false;
  let last: Token | undefined;
  for (; index < tokens.length; index++) {
    const token = tokenAt(tokens, index);
    if (token === undefined || token.kind !== 'word' || !token.allCaps) break;
    if (
      last !== undefined &&
      (!isSpaceBetween(text, last.end, token.start) || hasLineBreak(text, last.end, token.start))
    )
      break;
    if (nameWords === 0 && roles.has(token.lower) && roleWords < 2) {
      roleWords++;
    } else if (isListedName(words, token, givenName) && nameWords < maximumNameWords) {
      nameWords++;
      givenName ||= words.analyseToken(token).firstName;
      firstName ??= token;
    } else {
      return undefined;
    }
    first ??= token;
    last = token;
  }
  if (first === undefined || firstName === undefined || last === undefined) return undefined;
  if (hasLineBreak(text, cue.end, first.start)) return undefined;
  const next = tokenAt(tokens, index);
  const endsClause =
    next === undefined || next.kind === 'punct' || hasLineBreak(text, last.end, next.start);
  // ANNOTATION.md: the role stays outside the PERSON span ("OVERLEGE [KARI NORDMANN]").
  return endsClause ? { start: firstName.start, end: last.end } : undefined;
}

/**
 * A given name or surname of the gazetteer that no list marks as never a name; after a given name
 * also a surname of the international list ("KARI NORDMANN": the chain from a found given name).
 */
function isListedName(words: TokenAnalysis, token: Token, afterGivenName: boolean): boolean {
  if (token.lower.length < 2 || neverNames.has(token.lower)) return false;
  const analysis = words.analyseToken(token);
  if (analysis.nonIdentifying) return false;
  return analysis.firstName || analysis.surname || (afterGivenName && analysis.international);
}

/** True when every letter of the line holding `token` is a capital. */
function isCapitalLine(text: string, token: Token): boolean {
  const start = text.lastIndexOf('\n', token.start - 1) + 1;
  const end = text.indexOf('\n', token.end);
  const line = text.slice(start, end < 0 ? text.length : end);
  return line === line.toUpperCase();
}
