import { relations } from '../gazetteers/context-words.js';
import { nynorskFunctionWords } from '../gazetteers/nynorsk-function-words.js';
import { lowerAt, tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { lineCue } from '../word-record.js';
import { nameBesideCue, type CueSlot } from './name-beside-cue.js';
import type { TokenAnalysis } from './token-analysis.js';

/** Verbs of asking someone, bokmål and nynorsk: "spør Per", "spørre Geir", "spurde ola". */
const askVerbs = new Set(['spør', 'spørre', 'spurte', 'spurt', 'spørje', 'spurde']);

/** Words that may follow the person asked: "spør Per om …", "spør bjørn, han vet". */
const afterAsked = new Set([
  'om',
  'hvis',
  'viss',
  'når',
  'han',
  'hun',
  'ho',
  'hu',
  'først',
  'også',
  'òg',
  'igjen',
  'selv',
  'sjøl',
  'sjølv',
]);

/** The person asked: a word of three letters or more right after the verb. */
const afterVerb: CueSlot = { cueSide: 'before', minLength: 3 };

/** Words after "spør" that are never the person: pronouns and function words. */
const neverAsked = new Set(['han', 'hun', 'ho', 'hu', 'meg', 'deg', 'seg', 'oss', 'dem', 'dei']);

/**
 * "Du kan spør Per om han kan kjøre deg", "spør bjørn, han vet hvilke medisiner jeg tar", "Kan du
 * spørre Geir om …": a given name right after a verb of asking, then "om", a comma, a pronoun or
 * the end of the clause, is the person asked — also when the name is a word ("per", "ask",
 * "bjørn"). "spør om smerter", "spør per telefon", "spør legen" stay words: the word must be a
 * given name and the next word must close the object.
 */
export function recognizeAskedNames(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 1; index < tokens.length; index++) {
    if (!askVerbs.has(lowerAt(tokens, index - 1))) continue;
    const name = nameBesideCue(text, tokens, index, afterVerb);
    if (name === undefined) continue;
    if (neverAsked.has(name.lower) || relations.has(name.lower)) continue;
    if (nynorskFunctionWords.has(name.lower)) continue;
    const after = tokenAt(tokens, index + 1);
    if (after !== undefined && after.kind !== 'punct' && !afterAsked.has(after.lower)) continue;
    const analysis = words.analyseToken(name);
    if (!analysis.firstName || analysis.nonIdentifying || analysis.term || analysis.region)
      continue;
    out.push({ start: name.start, end: name.end, type: 'PERSON', confidence: 0.85 });
  }
}

/** Lines `recognizeAskedNames` can match: every match needs a verb of asking. */
export const askedNameCue = lineCue(askVerbs);
