import { lowerAt, tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import type { TokenAnalysis } from './token-analysis.js';
import { lineCue } from '../word-record.js';

/** Verbs of living somewhere and of moving house, bokmål, nynorsk and dialect. */
const residenceVerbs = new Set([
  'bor',
  'bur',
  'bodde',
  'budde',
  'bo',
  'bu',
  'flytta',
  'flyttet',
  'flytter',
  'flyttar',
  'flytte',
]);

/** Adverbs of direction said between the verb and the preposition: "flytta ned i". */
const directions = new Set(['ned', 'opp', 'inn', 'ut', 'bort', 'nå', 'no', 'fortsatt']);

/** Prepositions before a street, with the spoken fused forms "oppi", "nedi", "borti". */
const streetPrepositions = new Set(['i', 'på', 'oppi', 'nedi', 'inni', 'borti', 'uti', 'til']);

/** A street's own name: a stem of three letters or more and an unambiguous street ending. */
const streetWord = /^\p{L}{3,}(?:veien|vegen|veg|gata|gate|gaten|allé|alléen)$/u;

/** True for a lower-case word with an ending that names nothing but a street ("kongsgata"). */
export function isStreetWord(lower: string): boolean {
  return streetWord.test(lower);
}

/** A house number said aloud, also as one word, or the word before one: "strandvegen hundreogfem". */
const spokenNumber =
  /^(?:(?:null|en|ett|ei|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|tretten|fjorten|femten|seksten|sytten|atten|nitten|tjue|tretti|førti|femti|seksti|sytti|åtti|nitti|hundre|og)+|nummer|nr)$/u;

/** Kinds of road, not a road's name: "bor ved en blindvei", "flytta til ei sidegate". */
const roadKinds = new Set([
  'sidegata',
  'sidegate',
  'sideveien',
  'sidevegen',
  'bakgata',
  'bakgate',
  'blindveien',
  'blindvegen',
  'gangveien',
  'gangvegen',
  'riksveien',
  'riksvegen',
  'fylkesveien',
  'fylkesvegen',
  'grusveien',
  'grusvegen',
  'skogsveien',
  'skogsvegen',
  'landeveien',
  'landevegen',
  'hovedveien',
  'motorveien',
  'motorvegen',
  'gågata',
  'gågate',
]);

/**
 * "vi bor oppi bjørkeveien, det gule huset", "hu bor i sjøgata like ved kaia", "æ har flytta ned i
 * havnegata": a street named without a house number right after a verb of living or moving and a
 * preposition. Only endings that name nothing but a street count ("-veien", "-gata"; not
 * "-bakken" or "-lia", which are also places); street names that are dictionary words count
 * ("havnegata", "kirkegata"), kinds of road ("sidegata", "grusveien") do not.
 */
export function recognizeResidenceStreets(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 2; index < tokens.length; index++) {
    const street = tokenAt(tokens, index);
    const preposition = tokenAt(tokens, index - 1);
    if (street === undefined || preposition === undefined || street.kind !== 'word') continue;
    if (!streetPrepositions.has(preposition.lower) || !streetWord.test(street.lower)) continue;
    if (!isSpaceBetween(text, preposition.end, street.start)) continue;
    if (!isResidenceVerbBefore(tokens, index - 1)) continue;
    // A house number, typed or said, belongs to the address recognizers' longer span.
    const after = tokenAt(tokens, index + 1);
    if (after?.kind === 'number' || spokenNumber.test(after?.lower ?? '')) continue;
    const analysis = words.analyseToken(street);
    if (roadKinds.has(street.lower) || analysis.nonIdentifying || analysis.term) continue;
    out.push({ start: street.start, end: street.end, type: 'ADDRESS', confidence: 0.92 });
  }
}

/** "bor i", "flytta ned i", "bur no i": a residence verb one or two words before the preposition. */
function isResidenceVerbBefore(tokens: readonly Token[], prepositionIndex: number): boolean {
  const before = lowerAt(tokens, prepositionIndex - 1);
  if (residenceVerbs.has(before)) return true;
  return directions.has(before) && residenceVerbs.has(lowerAt(tokens, prepositionIndex - 2));
}

/** Lines `recognizeResidenceStreets` can match: every match needs a residence verb on the line. */
export const residenceStreetCue = lineCue(residenceVerbs);

/**
 * "Eller det står Tollbugate, tror jeg, på døra", "Vi møttes i Kirkeveien": a capitalised word
 * with an ending that names nothing but a street is a street, with no house number and no verb of
 * living (those the address recognizers and `recognizeResidenceStreets` take with more
 * confidence). Kinds of road ("Riksveien", "Gågata"), words the lexicon marks as non-identifying
 * and ordinary compounds at a sentence start ("Reiseveien er lang") are left alone.
 */
export function recognizeCapitalisedStreetNames(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 0; index < tokens.length; index++) {
    const street = tokenAt(tokens, index);
    if (street === undefined || street.kind !== 'word' || !street.capitalised) continue;
    if (!streetWord.test(street.lower) || roadKinds.has(street.lower)) continue;
    const analysis = words.analyseToken(street);
    if (analysis.nonIdentifying || analysis.term) continue;
    // At a sentence start the capital says nothing: "Reiseveien er lang" is the way there; but
    // a street that is the whole answer ("Storgata.", "Kirkeveien, tror jeg.") is the address.
    if (
      street.sentenceStart &&
      (analysis.common || analysis.entry) &&
      !isWholeAnswer(tokens, index)
    )
      continue;
    out.push({ start: street.start, end: street.end, type: 'ADDRESS', confidence: 0.75 });
  }
}

/** Hedges said after a one-word answer: "Kirkeveien, tror jeg.", "Kyrkjevegen, trur eg." */
const answerHedges = new Set([
  'tror jeg',
  'trur eg',
  'tror eg',
  'trur æ',
  'tror æ',
  'mener jeg',
  'meiner eg',
  'tenker jeg',
  'vel',
  'kanskje',
  'sikkert',
]);

/**
 * "Storgata.", "Kirkeveien, tror jeg.": the word at `index` is a sentence on its own, or with only
 * a hedge after a comma — the answer to where someone lives, not the subject of a clause.
 */
function isWholeAnswer(tokens: readonly Token[], index: number): boolean {
  const next = tokenAt(tokens, index + 1);
  if (next === undefined || ['.', '!', '?', '…'].includes(next.text)) return true;
  if (next.text !== ',') return false;
  for (const length of [2, 1]) {
    const hedge = [...Array(length).keys()].map((offset) => lowerAt(tokens, index + 2 + offset));
    if (!answerHedges.has(hedge.join(' '))) continue;
    const after = tokenAt(tokens, index + 2 + length);
    return after === undefined || ['.', '!', '?', '…'].includes(after.text);
  }
  return false;
}
