import { finiteVerbs, neverNames, possessives, relations } from '../gazetteers/context-words.js';
import { nynorskFunctionWords } from '../gazetteers/nynorsk-function-words.js';
import { lowerAt, tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { lineCue } from '../word-record.js';
import type { TokenAnalysis } from './token-analysis.js';

/** Words that may stand between a subject and its verb and are no name: "dattera mi og …". */
const notNames = new Set([
  'selv',
  'sjøl',
  'sjølv',
  'også',
  'og',
  'bare',
  'berre',
  'heller',
  'derimot',
  'altså',
  'da',
  'her',
  'der',
  'hu',
  'ho',
  'han',
  'hun',
  'den',
  'det',
  'som',
  'vel',
  'nok',
  'jo',
  'igjen',
  'nå',
  'no',
  'ikke',
  'ikkje',
  // Adverbs between the subject and its verb: "kona mi nettopp begynte …".
  'nettopp',
  'akkurat',
  'allerede',
  'allereie',
  'alltid',
  'aldri',
  'ofte',
  'sjelden',
  'plutselig',
  'brått',
  'egentlig',
  'eigentleg',
  'faktisk',
  'visst',
  'kanskje',
  'endelig',
  'endeleg',
  'nylig',
  'nyleg',
  'straks',
  'fortsatt',
  'framleis',
  'fremdeles',
  'enda',
  'enno',
  'snart',
  'nesten',
  'liksom',
  'uansett',
  'heldigvis',
  'dessverre',
  'gjerne',
  'vanligvis',
  'vanlegvis',
  'sikkert',
  'òg',
]);

/** Lines holding a relation noun: `recognizeRelationNounNames` finds nothing on any other line. */
export const relationNounNameCue = lineCue(relations);

/**
 * "pasient: dattera mi stjerne er fem år": at the start of a sentence or a speaker's turn, a
 * relation and a possessive are the subject, so the verb comes next; a lower-case word between
 * them and the verb is the relative's name, even one that is a plain noun ("stjerne", "storm").
 * Pronouns and particles in that place ("dattera mi også er …") are no names.
 */
export function recognizeRelationNounNames(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 2; index + 1 < tokens.length; index++) {
    const name = tokenAt(tokens, index);
    if (name === undefined || name.kind !== 'word' || name.capitalised || name.allCaps) continue;
    const relation = tokenAt(tokens, index - 2);
    const possessive = tokenAt(tokens, index - 1);
    if (relation === undefined || possessive === undefined) continue;
    if (!relations.has(relation.lower) || !possessives.has(possessive.lower)) continue;
    const opening = tokenAt(tokens, index - 3);
    if (!relation.sentenceStart && opening?.text !== ':') continue;
    if (!finiteVerbs.has(lowerAt(tokens, index + 1))) continue;
    if (!isSpaceBetween(text, possessive.end, name.start)) continue;
    if (!/^\p{Ll}{3,}$/u.test(name.text) || notNames.has(name.lower)) continue;
    if (neverNames.has(name.lower) || nynorskFunctionWords.has(name.lower)) continue;
    if (finiteVerbs.has(name.lower)) continue;
    const analysis = words.analyseToken(name);
    if (analysis.nonIdentifying || analysis.term || analysis.place || analysis.region) continue;
    out.push({ start: name.start, end: name.end, type: 'PERSON', confidence: 0.75 });
  }
}
