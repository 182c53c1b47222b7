import { relations } from '../gazetteers/context-words.js';
import { scaleSurnames, termContextSurnames } from '../gazetteers/medical-terms.js';
import { personTitles } from '../gazetteers/person-titles.js';
import { lowerAt, tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { tokenIndexStartingAt, type TokenAnalysis } from './token-analysis.js';

const listed: ReadonlySet<string> = new Set(
  scaleSurnames.split(/\s+/u).filter((word) => word.length > 0),
);

const termContextListed: ReadonlySet<string> = new Set(
  termContextSurnames.split(/\s+/u).filter((word) => word.length > 0),
);

/** Nouns right after an eponym that make it the test or device: "Humphrey synsfelt", "Amsler kart". */
const termNoun =
  /^(?:synsfelt|synsfeltet|synsfeltundersøkelse|kart|kartet|test|testen|tonometri|tonometer|applanasjon|perimetri|protese|protesen|dren|drenet|drenasje|skår|skåre|score|skala|klassifikasjon|klassifikasjonen|klassifisering|type|grad|stadium|kriterier|kriteriene|tegn)$/u;

/** Words two before an eponym behind "med"/"etter": "Drenasje med Redon", "Hofteprotese etter Charnley". */
const termProcedure =
  /(?:protese|drenasje|drenert|dren|tonometri|perimetri|tonometer|målt|testet|skåret|klassifisert|klassifikasjon|operert|operasjon|synsfelt)$/u;

/** Words between two eponyms of one list: "Snellen 0,8 og Amsler", "Tscherne (…), Mason (…) og Pauwels". */
const listJoin = /^(?:og|eller|,|;)$/u;

/** Words right before a name that make it a person's: "pasienten Norton", "signert Clark". */
const personCue =
  /^(?:pasient|pasienten|pasientens|heter|heiter|het|hette|heitte|navn|namn|sign|signert|hilsen|helsing|mvh|v|kontaktperson)$/u;

/**
 * "Skåret med MADRS og Hamilton", "Braden 13, Norton 14", "Ann Arbor-stadium III", "hjertestarter
 * fra Zoll": a surname or company that also names a scale, a score or a device (the
 * `scaleSurnames` list) is no person when nothing before it points at one. A title, a relation, a
 * cue word or a given name before it keeps it ("psykolog Hamilton", "dr. Clark", "Siri Conners").
 */
export function isScaleSurname(
  words: TokenAnalysis,
  tokens: readonly Token[],
  candidate: Candidate,
): boolean {
  if (candidate.type !== 'PERSON') return false;
  const first = tokenIndexStartingAt(tokens, candidate.start);
  if (first < 0) return false;
  for (let index = first; index < tokens.length; index++) {
    const token = tokenAt(tokens, index);
    if (token === undefined || token.start >= candidate.end) break;
    if (token.kind !== 'word') continue;
    // "Weber A, B og C": a grade letter after the eponym of a classification.
    if (index > first && /^[A-D]$/u.test(token.text)) continue;
    const head = token.lower.split('-')[0] ?? '';
    if (!listed.has(head) && !termContextListed.has(head)) return false;
    // "Ann" alone is a given name; only "Ann Arbor" is the staging system.
    if (head === 'ann' && !lowerAt(tokens, index + 1).startsWith('arbor')) return false;
  }
  const last = lastTokenIndexBefore(tokens, first, candidate.end);
  if (termContextListed.has(tokenAt(tokens, first)?.lower.split('-')[0] ?? ''))
    return inTermContext(words, tokens, first, last);
  let before = tokenAt(tokens, first - 1);
  if (before?.text === '.') before = tokenAt(tokens, first - 2);
  if (before === undefined || before.kind !== 'word') return true;
  if (personTitles.has(before.lower) || relations.has(before.lower) || personCue.test(before.lower))
    return false;
  return !(before.capitalised && words.analyse(before.lower).firstName);
}

function lastTokenIndexBefore(tokens: readonly Token[], first: number, end: number): number {
  let last = first;
  for (let index = first + 1; index < tokens.length; index++) {
    const token = tokenAt(tokens, index);
    if (token === undefined || token.start >= end) break;
    last = index;
  }
  return last;
}

/**
 * Fails closed: a `termContextSurnames` word is no person only where it names the test, the grid or
 * the device: hyphenated with its noun ("Goldmann-tonometri", "Amsler-kart"), before such a noun, a
 * reading or a bracketed note ("Humphrey synsfelt 24-2", "Humphrey 24-2", "Tscherne
 * (bløtdelsskade)"), behind a procedure and "med"/"etter" ("Drenasje med Redon"), or in a list
 * with another eponym ("Snellen 0,8 og Amsler"). "Mason ringte", "Samtale med Humphrey", "Signert:
 * Mason" keep the person.
 */
function inTermContext(
  words: TokenAnalysis,
  tokens: readonly Token[],
  first: number,
  last: number,
): boolean {
  const word = tokenAt(tokens, last);
  if (word === undefined) return false;
  if (/-\p{Ll}/u.test(word.text)) return true;
  let before = tokenAt(tokens, first - 1);
  if (before?.text === '.') before = tokenAt(tokens, first - 2);
  const beforeWord = before !== undefined && before.kind === 'word' ? before : undefined;
  if (
    beforeWord !== undefined &&
    (personTitles.has(beforeWord.lower) ||
      relations.has(beforeWord.lower) ||
      personCue.test(beforeWord.lower))
  )
    return false;
  const next = tokenAt(tokens, last + 1);
  const afterNext = tokenAt(tokens, last + 2);
  if (next !== undefined && next.kind === 'word' && termNoun.test(next.lower)) return true;
  // "Beighton 6/9", "Humphrey 24-2": a reading, but only where no word before asks for a person
  // ("Samtale med Beighton 3/9" is a meeting on a date).
  if (
    next !== undefined &&
    /^\d/u.test(next.text) &&
    (beforeWord === undefined || listJoin.test(beforeWord.lower))
  )
    return true;
  if (next?.text === '(' && afterNext?.kind === 'word' && !afterNext.capitalised) return true;
  if (before === undefined) return false;
  const twoBack = tokenAt(tokens, first - 2);
  if (
    (before.lower === 'med' || before.lower === 'etter') &&
    twoBack?.kind === 'word' &&
    termProcedure.test(twoBack.lower)
  )
    return true;
  if (listJoin.test(before.lower) || before.text === ',') return hasOtherTerm(words, tokens, first);
  return false;
}

/** Another eponym or listed term in the same sentence, before the word at `first`. */
function hasOtherTerm(words: TokenAnalysis, tokens: readonly Token[], first: number): boolean {
  for (let index = first - 1; index >= 0; index--) {
    const token = tokenAt(tokens, index);
    if (token === undefined) break;
    if (token.text === '.' || token.text === '!' || token.text === '?' || token.text === '\n')
      break;
    if (token.kind !== 'word' || !token.capitalised) continue;
    const head = token.lower.split('-')[0] ?? '';
    if (termContextListed.has(head) || listed.has(head)) return true;
    const analysis = words.analyse(head);
    if (analysis.term || analysis.nonIdentifying) return true;
  }
  return false;
}
