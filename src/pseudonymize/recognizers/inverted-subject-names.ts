import { finiteVerbs, personVerbs } from '../gazetteers/context-words.js';
import { nynorskFunctionWords } from '../gazetteers/nynorsk-function-words.js';
import { lowerAt, tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import type { TokenAnalysis } from './token-analysis.js';
import { lineCue } from '../word-record.js';

/** Adverbials that open a clause and push the subject after the verb: "i morgen kommer X". */
const openingAdverbs = new Set(['så', 'da', 'nå', 'etterpå', 'seinare', 'senere', 'plutselig']);
/** Time nouns after "i" that open a clause: "i går", "i morgen", "i helga". */
const timeWords = new Set(['går', 'dag', 'morgen', 'morgon', 'kveld', 'helga', 'helgen']);

/** Verbs of coming, taking and helping that a person does, besides the shared person verbs. */
const deedVerbs = new Set([
  'kom',
  'kommer',
  'kjem',
  'tok',
  'tar',
  'hjalp',
  'hjelper',
  'fant',
  'fann',
  'kjørte',
  'køyrde',
  'sendte',
  'henta',
  'passer',
  'passet',
]);

/** Words after the subject that continue a clause about a person: "kommer X og henter meg". */
const afterSubject = new Set([
  'og',
  'med',
  'innom',
  'hit',
  'meg',
  'oss',
  'seg',
  'til',
  'på',
  'hjem',
  'heim',
  ',',
  '.',
]);

/**
 * "i morgen kommer farhan og henter meg", "så tok farhan med seg ungene": after an opening
 * adverbial and a verb a person does, the subject comes after the verb; a name from the
 * international list, or a word no list knows and no compound, that is no dictionary word or place
 * there is the person. The list is noisy and is used only in this frame.
 */
export function recognizeInvertedSubjectNames(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 2; index + 1 < tokens.length; index++) {
    const name = tokenAt(tokens, index);
    const verb = tokenAt(tokens, index - 1);
    if (name === undefined || verb === undefined || name.kind !== 'word') continue;
    if (name.allCaps || name.text.length < 3 || !isSpaceBetween(text, verb.end, name.start))
      continue;
    if (!(deedVerbs.has(verb.lower) || personVerbs.has(verb.lower))) continue;
    if (!opensClause(tokens, index - 2)) continue;
    if (!afterSubject.has(lowerAt(tokens, index + 1))) continue;
    if (finiteVerbs.has(name.lower)) continue;
    const analysis = words.analyseToken(name);
    if (analysis.common || analysis.entry || analysis.place) continue;
    if (analysis.nonIdentifying || analysis.term || analysis.region) continue;
    if (!analysis.international && !isUnlistedName(words, name)) continue;
    out.push({ start: name.start, end: name.end, type: 'PERSON', confidence: 0.8 });
  }
}

/**
 * A word no list knows that reads as a name: letters only, four or more, no nynorsk function word
 * and no compound of ordinary words ("så tok farshad med seg", not "så tok bestemorsida med").
 */
function isUnlistedName(words: TokenAnalysis, name: Token): boolean {
  if (!/^\p{L}{4,}$/u.test(name.text) || nynorskFunctionWords.has(name.lower)) return false;
  const analysis = words.analyseToken(name);
  if (analysis.firstName || analysis.surname) return true;
  return !words.isCompound(name.lower);
}

/** An opening adverbial ending at `index`, at the start of a sentence or turn. */
function opensClause(tokens: readonly Token[], index: number): boolean {
  const last = tokenAt(tokens, index);
  if (last === undefined) return false;
  let first = index;
  if (openingAdverbs.has(last.lower)) first = index;
  else if (timeWords.has(last.lower) && lowerAt(tokens, index - 1) === 'i') first = index - 1;
  else return false;
  const opener = tokenAt(tokens, first);
  const before = tokenAt(tokens, first - 1);
  return (
    opener !== undefined &&
    (opener.sentenceStart ||
      before === undefined ||
      before.text === ':' ||
      before.text === ',' ||
      before.lower === 'og')
  );
}

/** Lines `recognizeInvertedSubjectNames` can match: every match needs a deed or person verb on the line. */
export const invertedSubjectNameCue = lineCue(deedVerbs, personVerbs);
