import { finiteVerbs, personVerbs } from '../gazetteers/context-words.js';
import { nynorskFunctionWords } from '../gazetteers/nynorsk-function-words.js';
import { lowerAt, textAt, tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import type { TokenAnalysis } from './token-analysis.js';
import { lineCue } from '../word-record.js';

/** Pronouns said before a name in many dialects: "ho Lotte", "han Per", "hu Kari" ("hun Kari" from speech-to-text). */
const dialectPronouns = new Set(['ho', 'han', 'hu', 'hun']);

/** Words after "ho <name>" that show a person: a place of being or a clause going on. */
const afterPersonWords = new Set([
  'i',
  'på',
  'fra',
  'frå',
  'som',
  'og',
  'går',
  'gjekk',
  'kom',
  'kjem',
  'veit',
  'vet',
  'har',
  'hadde',
  'er',
  'var',
  'sei',
]);

/**
 * Nordic given names built of old name elements, not all in the name list ("gudveig",
 * "signhild", "arnbjørg").
 */
const givenNameElementEnding = /^\p{L}{2,}(?:hild|bjørg|veig|laug|frid|gunn|leiv|geir|dis|vor)$/u;

/**
 * Dialect adverbs and negations no dictionary holds, said between commas after a pronoun ("Kona,
 * hu itj, ho vil ikke", "han osså", "ho dær"): never the name of that apposition.
 */
const dialectAdverbs: ReadonlySet<string> = new Set([
  'itj',
  'ittj',
  'ikkj',
  'ikkje',
  'ikke',
  'itte',
  'inkje',
  'ente',
  'osså',
  'åsså',
  'òg',
  'au',
  'og',
  'dær',
  'dar',
  'der',
  'her',
  'hær',
  'atte',
  'att',
  'sjøl',
  'sjølv',
  'selv',
  'ofte',
  'aldri',
  'alltid',
  'heller',
  'hellers',
  'no',
  'nå',
  'da',
  'då',
  'ja',
  'nei',
  'jo',
  'vel',
  'nok',
]);

/**
 * "ho lotte og eg", "han halvard på nabogården", "ho gudveig i butikken": in speech a dialect
 * pronoun before a given name marks the person. A listed given name that is no ordinary word
 * counts alone; one that is also a word ("runa", "tore") or an old Nordic name no list holds
 * ("gudveig") only before a word that continues a clause about a person ("i", "på", "som", "går",
 * "kom" …). "han tore ikke" keeps the verb.
 */
export function recognizePronounNames(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 1; index + 1 < tokens.length; index++) {
    const pronoun = tokenAt(tokens, index - 1);
    const name = tokenAt(tokens, index);
    if (pronoun === undefined || name === undefined || name.kind !== 'word') continue;
    if (!dialectPronouns.has(pronoun.lower) || name.allCaps || name.text.length < 3) continue;
    if (!isSpaceBetween(text, pronoun.end, name.start)) continue;
    if (finiteVerbs.has(name.lower) || personVerbs.has(name.lower)) continue;
    if (nynorskFunctionWords.has(name.lower) || dialectPronouns.has(name.lower)) continue;
    const analysis = words.analyseToken(name);
    if (analysis.nonIdentifying || analysis.term || analysis.place) continue;
    const next = lowerAt(tokens, index + 1);
    const listed = analysis.firstName && !analysis.common && !analysis.entry;
    const wordOrOldName =
      (analysis.firstName && (analysis.common || analysis.entry)) ||
      (givenNameElementEnding.test(name.lower) && !analysis.common && !analysis.entry);
    // "sykepleieren, hun linn, sa …": between commas after a noun, an apposition naming it.
    const apposition = next === ',' && textAt(tokens, index - 2) === ',';
    // "sjefen, han Strand, sa …", "kona, hu malai, ho …": in that apposition a surname, or a word
    // no dictionary or list holds (a foreign name said in lower case), is the person too.
    const appositionName =
      apposition &&
      !dialectAdverbs.has(name.lower) &&
      (analysis.surname || analysis.international || !(analysis.common || analysis.entry));
    if (
      !listed &&
      !appositionName &&
      !(wordOrOldName && (afterPersonWords.has(next) || apposition))
    )
      continue;
    out.push({ start: name.start, end: name.end, type: 'PERSON', confidence: 0.8 });
  }
}

/** Lines `recognizePronounNames` can match: every match needs a dialect pronoun ("ho", "han", "hu") on the line. */
export const pronounNameCue = lineCue(dialectPronouns);
