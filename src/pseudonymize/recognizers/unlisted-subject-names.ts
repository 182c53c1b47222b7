import { neverNames } from '../gazetteers/context-words.js';
import { nynorskFunctionWords } from '../gazetteers/nynorsk-function-words.js';
import { personTitles } from '../gazetteers/person-titles.js';
import { textAt, tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import type { TokenAnalysis } from './token-analysis.js';

/** Finite verbs whose subject is often a patient or relative: "Yodit har hatt feber". */
const subjectVerbs = new Set(['har', 'hadde', 'er', 'var', 'fikk', 'ble', 'blei', 'vart']);

/** What follows the verb when the subject is a person: "har hatt feber", "er fem år". */
const personPredicates = new Set([
  'hatt',
  'vore',
  'vært',
  'fått',
  'feber',
  'vondt',
  'hoste',
  'smerter',
  'syk',
  'sjuk',
  'sykmeldt',
  'innlagt',
  'lagt',
  'gravid',
  'født',
  'fødd',
  'fem',
  'ikke',
  'ikkje',
  'ofte',
  'alltid',
  'aldri',
  'nå',
  'no',
  'fortsatt',
  'framleis',
  'redd',
  'trist',
  'sliten',
  'lei',
  'glad',
  'urolig',
  'uroleg',
]);

/** Definite, plural and Latin endings of nouns that no list reads as words when capitalised. */
const nounEnding = /(?:en|et|ene|ane|na|ne|er|ar|um|us|ae|i|ia|is|as|es|on)$/u;

/** Dialect definite forms said in lower case: "hosta", "smertan", "ungan". */
const dialectNounEnding = /(?:a|an)$/u;

/**
 * "Yodit har hatt feber siden lørdag", "Habtom er sykmeldt": a capitalised word at a sentence
 * start that no list knows — no dictionary word or form of one, compound, place, term or name
 * list entry — before a verb and a predicate that say something of a person is a given name the
 * lists miss. Noun endings (definite, plural, Latin) are left alone: "Sårbunnen er ren",
 * "Pankreas er delvis skjult".
 */
export function recognizeUnlistedSubjectNames(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 0; index + 2 < tokens.length; index++) {
    const token = tokenAt(tokens, index);
    if (token === undefined || token.kind !== 'word' || token.allCaps) continue;
    // "pasient: yodit har hatt feber": speech-to-text opens a speaker's turn in lower case.
    const opensTurn = !token.capitalised && textAt(tokens, index - 1) === ':';
    if (opensTurn) {
      if (!/^\p{Ll}{4,}$/u.test(token.text) || dialectNounEnding.test(token.lower)) continue;
    } else if (!token.sentenceStart || !/^\p{Lu}\p{Ll}{3,}$/u.test(token.text)) continue;
    const verb = tokenAt(tokens, index + 1);
    const predicate = tokenAt(tokens, index + 2);
    if (verb === undefined || predicate === undefined || !subjectVerbs.has(verb.lower)) continue;
    if (!personPredicates.has(predicate.lower)) continue;
    if (!isSpaceBetween(text, token.end, verb.start)) continue;
    // A speaker label or a heading before the line: "Lege: Pankreas er …" stays with the rules.
    if (
      !opensTurn &&
      textAt(tokens, index - 1) === ':' &&
      tokenAt(tokens, index - 2)?.kind === 'word'
    )
      continue;
    if (nounEnding.test(token.lower)) continue;
    if (neverNames.has(token.lower) || nynorskFunctionWords.has(token.lower)) continue;
    if (personTitles.has(token.lower)) continue;
    const analysis = words.analyseToken(token);
    if (analysis.common || analysis.entry || analysis.place || analysis.region) continue;
    if (analysis.nonIdentifying || analysis.term || analysis.firstName || analysis.surname)
      continue;
    if (analysis.international) continue;
    const lexicon = words.lexicon;
    if (lexicon.properNouns.has(token.lower) || words.isCompoundToken(token)) continue;
    if (lexicon.institutionHeadWords.has(token.lower)) continue;
    out.push({ start: token.start, end: token.end, type: 'PERSON', confidence: 0.6 });
  }
}
