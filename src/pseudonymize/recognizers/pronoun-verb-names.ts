import { finiteVerbs, personVerbs, relations } from '../gazetteers/context-words.js';
import { nynorskFunctionWords } from '../gazetteers/nynorsk-function-words.js';
import { isSpaceBetween, tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { lineCue } from '../word-record.js';
import type { TokenAnalysis } from './token-analysis.js';

/** Pronouns said before a name in speech: "han ståle", "ho gunn", "hun sol", "hu kari". */
const pronouns = new Set(['han', 'hun', 'ho', 'hu']);

/** Further verbs of what a person does next in speech: "han stein kommer", "hun sol hjelper". */
const moreVerbs = new Set([
  'kjem',
  'køyrde',
  'køyrer',
  'hjelper',
  'hjalp',
  'hjelpte',
  'hjelpar',
  'sei',
  'seier',
  'sende',
  'sendte',
  'spurte',
  'spurde',
  'passer',
  'ser',
  'såg',
  'så',
]);

/**
 * "han ståle sa", "han stein kommer og henter meg", "hun sol hjelper meg", "ho liv sa": in speech
 * a pronoun before a given name said in lower case marks the person even when the name is also
 * a word ("stein", "sol", "dag", "liv") — but only when a finite verb follows at once, the shape
 * "<pronoun> <name> <verb>" no ordinary word after a pronoun makes. Names that are no word are
 * found by `pronoun-names.ts`; verbs and function words ("han tore ikke", "hun bare sa") never
 * count as names.
 */
export function recognizePronounVerbNames(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 1; index + 1 < tokens.length; index++) {
    const pronoun = tokenAt(tokens, index - 1);
    const name = tokenAt(tokens, index);
    const verb = tokenAt(tokens, index + 1);
    if (pronoun === undefined || name === undefined || verb === undefined) continue;
    if (!pronouns.has(pronoun.lower) || name.kind !== 'word') continue;
    if (name.capitalised || name.allCaps || name.text.length < 3) continue;
    if (!isFiniteVerb(verb.lower)) continue;
    if (!isSpaceBetween(text, pronoun.end, name.start)) continue;
    if (!isSpaceBetween(text, name.end, verb.start)) continue;
    if (isFiniteVerb(name.lower) || nynorskFunctionWords.has(name.lower)) continue;
    if (pronouns.has(name.lower) || relations.has(name.lower)) continue;
    const analysis = words.analyseToken(name);
    if (!analysis.firstName || analysis.nonIdentifying || analysis.term || analysis.region)
      continue;
    out.push({ start: name.start, end: name.end, type: 'PERSON', confidence: 0.8 });
  }
}

function isFiniteVerb(lower: string): boolean {
  return finiteVerbs.has(lower) || personVerbs.has(lower) || moreVerbs.has(lower);
}

/** Lines `recognizePronounVerbNames` can match: every match needs one of the pronouns. */
export const pronounVerbNameCue = lineCue(pronouns);
