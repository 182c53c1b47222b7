import { nynorskFunctionWords } from '../gazetteers/nynorsk-function-words.js';
import { isSpaceBetween, lowerAt, tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { lineCue } from '../word-record.js';
import { tokenIndexEndingAt, type TokenAnalysis } from './token-analysis.js';

/** Verbs and nouns of travel, flight and origin that put a place after "til", "fra", "via" or "i" (also read by `lower-case-places.ts`). */
export const travelWords = new Set([
  'reiste',
  'reist',
  'reiser',
  'reise',
  'reisa',
  'dro',
  'flyktet',
  'flykta',
  'flyktede',
  'rømte',
  'kom',
  'kommer',
  'kjem',
  'født',
  'fødd',
  'oppvokst',
  'vokste',
  'ferie',
  'ferien',
  'ferietur',
  'jobbreise',
  'fisketur',
  'leirskole',
  'besøk',
  'besøkte',
  'emigrerte',
  'utvandret',
]);

/** Prepositions of a destination, an origin or a stop on the way. */
const travelPrepositions = new Set(['til', 'fra', 'frå', 'via', 'i']);

/** Words that may stand between the travel word and the preposition ("reiste hjem til"). */
const travelFillers = new Set([
  'hjem',
  'heim',
  'hit',
  'videre',
  'opprinnelig',
  'jeg',
  'eg',
  'vi',
  'me',
  'han',
  'hun',
  'ho',
  'de',
  'dei',
  'hele',
  'familien',
  'sist',
  'nylig',
  'nettopp',
]);

/** Words that join a second stop to a found place: "i Conakry, og så Marseille". */
const chainJoiners = new Set(['så', 'videre', 'deretter', 'etterpå']);

/**
 * "flyktet via Khartoum", "reiste hjem til Hargeisa", "han kom fra Mogadishu": a capitalised word
 * inside a sentence after a word of travel or origin and "til", "fra", "via" or "i" is the place
 * when the lexicon knows it as no ordinary word, given name, region or clinical term. "kom fra
 * Tromsø" is found elsewhere; "reiste til Kari", "kom fra Jobben" are left alone.
 */
export function recognizeTravelPlaces(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 2; index < tokens.length; index++) {
    const place = tokenAt(tokens, index);
    const preposition = tokenAt(tokens, index - 1);
    if (place === undefined || preposition === undefined || place.kind !== 'word') continue;
    if (!travelPrepositions.has(preposition.lower)) continue;
    if (!hasTravelWordBefore(tokens, index - 1)) continue;
    if (!isSpaceBetween(text, preposition.end, place.start)) continue;
    const end = placeEnd(words, text, tokens, index);
    if (end < 0) continue;
    out.push({ start: place.start, end, type: 'LOCATION', confidence: 0.8 });
  }
}

/**
 * "bodde i Conakry, og så Marseille", "Kraków og så videre til Lviv": a capitalised place name
 * joined to a place already found by "og så", "og videre til" or "og deretter" is a place too,
 * also when another recognizer read it as a person.
 */
export function withTravelChainPlaces(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  accepted: Candidate[],
): Candidate[] {
  let result: Candidate[] = accepted;
  for (const candidate of accepted) {
    if (candidate.type !== 'LOCATION') continue;
    let index = tokenIndexEndingAt(tokens, candidate.end) + 1;
    if (index <= 0) continue;
    if (lowerAt(tokens, index) === ',') index++;
    if (lowerAt(tokens, index) !== 'og' || !chainJoiners.has(lowerAt(tokens, index + 1))) continue;
    index += 2;
    if (lowerAt(tokens, index) === 'videre') index++;
    if (lowerAt(tokens, index) === 'til' || lowerAt(tokens, index) === 'via') index++;
    const place = tokenAt(tokens, index);
    if (place === undefined || place.kind !== 'word') continue;
    const end = placeEnd(words, text, tokens, index);
    if (end < 0) continue;
    const chained: Candidate = { start: place.start, end, type: 'LOCATION', confidence: 0.8 };
    const overlapping = result.filter((other) => overlaps(other, chained));
    // A place already found stays; a person read into the place gives way to it.
    if (overlapping.some((other) => other.type !== 'PERSON')) continue;
    result = [...result.filter((other) => !overlaps(other, chained)), chained].sort(
      (left, right) => left.start - right.start,
    );
  }
  return result;
}

/**
 * The end of a place name starting at `index` (one capitalised word, or two: "Gran Canaria"), or
 * -1 when the word is no candidate for a place: sentence-initial, lower case, an ordinary word, a
 * given name alone, a region or country, a clinical term or a nynorsk function word.
 */
function placeEnd(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  index: number,
): number {
  const place = tokenAt(tokens, index);
  if (place === undefined || !place.capitalised || place.sentenceStart || place.allCaps) return -1;
  if (place.lower.length < 3 || nynorskFunctionWords.has(place.lower)) return -1;
  const analysis = words.analyseToken(place);
  if (analysis.nonIdentifying || analysis.term || analysis.region) return -1;
  if (analysis.common && !analysis.place) return -1;
  if (analysis.firstName && !analysis.place) return -1;
  const next = tokenAt(tokens, index + 1);
  if (
    next !== undefined &&
    next.kind === 'word' &&
    next.capitalised &&
    isSpaceBetween(text, place.end, next.start) &&
    !words.analyseToken(next).common
  )
    return next.end;
  return place.end;
}

/**
 * A travel word right before the preposition, or up to two filler words between; or, for a
 * second stop ("flyktet fra Aleppo til Beirut"), a first stop after such a word.
 */
function hasTravelWordBefore(tokens: readonly Token[], prepositionIndex: number): boolean {
  const before = tokenAt(tokens, prepositionIndex - 1);
  if (
    before !== undefined &&
    before.capitalised &&
    !before.sentenceStart &&
    (lowerAt(tokens, prepositionIndex) === 'til' || lowerAt(tokens, prepositionIndex) === 'via') &&
    travelPrepositions.has(lowerAt(tokens, prepositionIndex - 2)) &&
    isTravelWordAt(tokens, prepositionIndex - 2)
  )
    return true;
  return isTravelWordAt(tokens, prepositionIndex);
}

function isTravelWordAt(tokens: readonly Token[], prepositionIndex: number): boolean {
  for (let back = 1; back <= 3; back++) {
    const word = lowerAt(tokens, prepositionIndex - back);
    if (travelWords.has(word)) return true;
    if (!travelFillers.has(word)) return false;
  }
  return false;
}

function overlaps(left: Candidate, right: Candidate): boolean {
  return left.start < right.end && right.start < left.end;
}

/** Lines `recognizeTravelPlaces` can match: every match needs a travel word on the line. */
export const travelPlaceCue = lineCue(travelWords);
