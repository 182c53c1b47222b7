import { foreignTowns } from '../gazetteers/foreign-towns.js';
import { nynorskFunctionWords } from '../gazetteers/nynorsk-function-words.js';
import { isSpaceBetween, lowerAt, tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { lineCue } from '../word-record.js';
import type { TokenAnalysis } from './token-analysis.js';
import { travelWords } from './travel-places.js';

/** Verbs and nouns of living somewhere that put a place after "i", "fra" or "til". */
export const residenceWords = new Set([
  'bor',
  'bur',
  'bodde',
  'budde',
  'bodd',
  'budd',
  'flyttet',
  'flytta',
  'flytte',
  'flytter',
  'flyttar',
  'studerte',
  'leilighet',
  'hytte',
]);

/**
 * Buses, ferries and boats that run from a place: "skolebussen frå fimreite", "ferja fra lavik".
 * Only "fra"/"frå" follows them as a place ("bussen i morgen" is a time).
 */
const routeWords = new Set([
  'bussen',
  'skolebussen',
  'ferja',
  'ferga',
  'ferjen',
  'fergen',
  'ferjene',
  'båten',
  'hurtigbåten',
  'snøggbåten',
  'rutebåten',
  'toget',
]);

/** Prepositions of a residence or an origin ("til" and "via" stay with the capitalised rules). */
const placePrepositions = new Set(['i', 'fra', 'frå']);

/** Words that may stand between the cue and the preposition ("bor fortsatt i", "kom hit fra"). */
const fillers = new Set([
  'hjem',
  'heim',
  'hit',
  'dit',
  'videre',
  'fortsatt',
  'framleis',
  'fremdeles',
  'aleine',
  'alene',
  'opprinnelig',
  'egentlig',
  'jeg',
  'eg',
  'vi',
  'me',
  'han',
  'hun',
  'ho',
  'de',
  'dei',
  'familien',
  'nettopp',
  'nylig',
  // "bodde mange år i bosaso", "bodde et par år i hargeisa" (s40b).
  'mange',
  'flere',
  'fleire',
  'noen',
  'nokre',
  'par',
  'år',
]);

/**
 * "jeg er fra hargeisa", "han var frå gdynia": a form of "være" says an origin only before
 * "fra"/"frå" ("er i" takes states: "er i permisjon").
 */
const originWords = new Set(['er', 'e', 'æ', 'var', 'va']);

/**
 * "vi flyttet fra gdansk", "mora bor fortsatt i aleppo", "vi var på ferie i sarajevo og mostar":
 * speech-to-text writes foreign towns in lower case, where the capitalised
 * rules (`travel-places.ts`) do not look. After a word of travel, origin or residence (up to two
 * filler words between) and "i" or "fra", a lower-case word the lexicon knows as no
 * ordinary word, compound, name, region or clinical term — or knows only as a place — is the
 * place; a second such word joined by "og" is one too. Ordinary words ("flyttet fra byen", "kom
 * fra jobb") never are.
 */
export function recognizeLowerCasePlaces(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 2; index < tokens.length; index++) {
    const place = tokenAt(tokens, index);
    const preposition = tokenAt(tokens, index - 1);
    if (place === undefined || preposition === undefined) continue;
    if (!placePrepositions.has(preposition.lower)) continue;
    if (!isSpaceBetween(text, preposition.end, place.start)) continue;
    if (!isPlaceWord(words, place)) continue;
    const cue = cueBefore(tokens, index - 1);
    if (cue === undefined) continue;
    if (comingWords.has(cue) && !isComingFromPlace(words, preposition, place)) continue;
    if (routeWords.has(cue) && preposition.lower === 'i') continue;
    if (originWords.has(cue) && !isPersonOrigin(words, tokens, index, place)) continue;
    out.push({ start: place.start, end: place.end, type: 'LOCATION', confidence: 0.75 });
    const second = tokenAt(tokens, index + 2);
    if (
      lowerAt(tokens, index + 1) === 'og' &&
      second !== undefined &&
      isPlaceWord(words, second) &&
      (!comingWords.has(cue) || isComingFromPlace(words, preposition, second))
    )
      out.push({ start: second.start, end: second.end, type: 'LOCATION', confidence: 0.75 });
  }
}

const foreignTownSet = new Set(foreignTowns.trim().split(/\s+/u));

/**
 * "jeg er fra hargeisa", "kona, agnieszka, er fra gdansk": after "er/var" only "fra"/"frå", and
 * only a known place or listed town abroad (r40b: "prøven var fra ferritin", "hun var fra adecco",
 * "det var fra vitusapotek" are no origins).
 */
function isPersonOrigin(
  words: TokenAnalysis,
  tokens: readonly Token[],
  index: number,
  place: Token,
): boolean {
  if (lowerAt(tokens, index - 1) === 'i') return false;
  return foreignTownSet.has(place.lower) || words.analyseToken(place).place;
}

function isPlaceWord(words: TokenAnalysis, token: Token): boolean {
  if (token.kind !== 'word' || token.capitalised || token.allCaps) return false;
  if (token.text.length < 4 || !/^\p{L}+$/u.test(token.text)) return false;
  if (nynorskFunctionWords.has(token.lower)) return false;
  const analysis = words.analyseToken(token);
  if (analysis.nonIdentifying || analysis.term || analysis.region) return false;
  if (analysis.common || analysis.firstName) return false;
  if (analysis.place) return true;
  return !analysis.entry && !analysis.surname && !words.isCompoundToken(token);
}

/** The cue word right before the preposition, or up to two filler words between. */
function cueBefore(tokens: readonly Token[], prepositionIndex: number): string | undefined {
  for (let back = 1; back <= 3; back++) {
    const word = lowerAt(tokens, prepositionIndex - back);
    if (travelWords.has(word) || residenceWords.has(word) || routeWords.has(word)) return word;
    if (originWords.has(word)) return word;
    if (!fillers.has(word)) return undefined;
  }
  return undefined;
}

/** "kom": a state as often as a place follows ("kom i asystoli", "kom hjem fra rehab"). */
const comingWords = new Set(['kom', 'kommer', 'kjem']);

/** Care settings one comes home from, written lower-case: "kom hjem fra rehab", "kom fra hospice". */
const careSettings = new Set([
  'rehab',
  'rehabilitering',
  'rehabiliteringa',
  'rehabiliteringen',
  'hospice',
  'hospicet',
  'avrusning',
  'avrusningen',
  'behandling',
  'institusjon',
  'dialyse',
  'dialysen',
  'akutten',
  'intensiven',
  'intensivavdelingen',
  'overvåkningen',
  'oppvåkningen',
  'operasjon',
  'operasjonen',
  'narkose',
  'narkosen',
  'legevakta',
  'legevakten',
]);

/**
 * After "kom/kommer/kjem" only "fra" names an origin ("han kom fra gdansk i fjor"); "kom i
 * asystoli", "kom i remisjon" are states, never places. A care setting or a word the lexicon
 * knows as an institution's head word ("kom hjem fra rehab", "kom fra hospice") is no place either.
 */
function isComingFromPlace(words: TokenAnalysis, preposition: Token, place: Token): boolean {
  if (preposition.lower === 'i') return false;
  if (careSettings.has(place.lower)) return false;
  const { institutionHeadWords, institutionLeadWords } = words.lexicon;
  return !institutionHeadWords.has(place.lower) && !institutionLeadWords.has(place.lower);
}

/** Lines `recognizeLowerCasePlaces` can match: every match needs a travel, residence or route word. */
export const lowerCasePlaceCue = lineCue(travelWords, residenceWords, routeWords, originWords);
