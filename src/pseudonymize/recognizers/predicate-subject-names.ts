import { neverNames, relations, subjectPronouns } from '../gazetteers/context-words.js';
import { personTitles } from '../gazetteers/person-titles.js';
import { lowerAt, tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { foreignSurnameEnding } from './persons-and-places.js';
import type { TokenAnalysis } from './token-analysis.js';

/** Finite forms of "be" and "become" before a predicate. */
const copulas = new Set(['er', 'ble', 'var', 'blir', 'vart', 'blei', 'vert']);

/** Adverbs that may stand between the copula and the predicate: "Frost er nå sykmeldt". */
const adverbs = new Set(['nå', 'no', 'ikke', 'ikkje', 'allerede', 'alt', 'også', 'òg', 'fortsatt']);

/**
 * Predicates that only a person takes: one is sick-listed, informed, admitted, born, operated on,
 * referred or called in. A noun of the same spelling at a sentence start ("Frost", "Bonde") with
 * one of these is the person so named.
 */
const personPredicates = new Set([
  'sykmeldt',
  'sykemeldt',
  'sjukmeld',
  'sjukmeldt',
  'informert',
  'orientert',
  'innlagt',
  'innlagd',
  'utskrevet',
  'utskriven',
  'født',
  'fødd',
  'operert',
  'vaksinert',
  'henvist',
  'tilvist',
  'kontaktet',
  'varslet',
  'tilkalt',
  'permittert',
  'gravid',
  'intubert',
  'overflyttet',
  'hjemreist',
  'innkalt',
]);

/**
 * Quantifiers and nouns for groups that the lists of foreign names also hold ("Alle", "Barn"):
 * "Alle er informert", "Barn er vaksinert etter programmet" speak of people in general.
 */
const groupSubjects = new Set([
  'alle',
  'mange',
  'flere',
  'fleire',
  'noen',
  'nokon',
  'ingen',
  'begge',
  'få',
  'barn',
  'born',
  'folk',
  'ungdom',
  'voksne',
  'vaksne',
  'eldre',
  'unge',
  'familie',
  'familien',
  'ektepar',
  'par',
  // Nouns for a person by sex, age, role or office, a service or a case, which the list of foreign
  // names also holds: "Politi er varslet", "Gutt er født", "Leder er informert", "Sak er henvist".
  'politi',
  'politiet',
  'gutt',
  'jente',
  'pike',
  'student',
  'elev',
  'lærer',
  'leder',
  'sjef',
  'sak',
  'saken',
  'vakt',
  'vakthavende',
  'nabo',
  'venn',
  'venninne',
  'kollega',
  'verge',
  'tolk',
]);

/** Subjects that are roles, relations or pronouns, not names: "Pasient er informert". */
function isRoleOrPronoun(lower: string): boolean {
  return (
    groupSubjects.has(lower) ||
    relations.has(lower) ||
    personTitles.has(lower) ||
    subjectPronouns.has(lower) ||
    neverNames.has(lower)
  );
}

/** Index of the predicate after the copula at `index + 1`, or -1. */
function predicateIndex(tokens: readonly Token[], index: number): number {
  if (!copulas.has(lowerAt(tokens, index + 1))) return -1;
  let at = index + 2;
  if (adverbs.has(lowerAt(tokens, at))) at++;
  return personPredicates.has(lowerAt(tokens, at)) ? at : -1;
}

/**
 * "Frost er sykmeldt ut uken", "Bonde er informert om prøvesvaret": a capitalised word alone at a
 * sentence start, with a form of "be" and a predicate only a person takes, is a person — also a
 * surname or given name that is an ordinary word, which the other rules leave alone at a
 * sentence start. The word must be in a list of given names, surnames or foreign names; roles,
 * relations and pronouns ("Pasient er informert", "Mor er informert") and words no list holds as
 * a name ("Vinter er verst", "Barn er vaksinert") stay words, as do nouns for people, groups and
 * services ("Politi er varslet", "Gutt er født", "Leder er informert").
 */
export function recognizePredicateSubjectNames(
  words: TokenAnalysis,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 0; index < tokens.length; index++) {
    const token = tokenAt(tokens, index);
    if (token === undefined || token.kind !== 'word') continue;
    if (!token.sentenceStart || !token.capitalised || token.text.length < 3) continue;
    if (predicateIndex(tokens, index) < 0) continue;
    if (isRoleOrPronoun(token.lower)) continue;
    const analysis = words.analyseToken(token);
    if (analysis.term || analysis.nonIdentifying || analysis.region || analysis.place) continue;
    if (!(analysis.firstName || analysis.surname || analysis.international)) continue;
    out.push({ start: token.start, end: token.end, type: 'PERSON', confidence: 0.8 });
  }
}

/**
 * "Lindqvist var på kurs", "Kontrasignert: Bergqvist", "Kovačević ringte": a capitalised word at a
 * sentence start or after a colon with a surname ending that Norwegian words never take
 * (`foreignSurnameEnding`: -ović, -escu, -enko, -qvist, -dóttir …) is a person there too, not
 * only mid-sentence. Listed terms and places keep their meaning.
 */
export function recognizeSentenceStartForeignSurnames(
  words: TokenAnalysis,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 0; index < tokens.length; index++) {
    const token = tokenAt(tokens, index);
    if (token === undefined || token.kind !== 'word') continue;
    if (!token.sentenceStart || !token.capitalised) continue;
    if (!foreignSurnameEnding.test(token.lower)) continue;
    const analysis = words.analyseToken(token);
    if (analysis.term || analysis.nonIdentifying || analysis.region || analysis.place) continue;
    if (analysis.common) continue;
    out.push({ start: token.start, end: token.end, type: 'PERSON', confidence: 0.75 });
  }
}
