import { isSpaceBetween, lowerAt, tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import type { TokenAnalysis } from './token-analysis.js';
import { lineCue } from '../word-record.js';

/**
 * Private clinics, imaging and laboratory chains and occupational-health providers
 * (bedriftshelsetjeneste) whose names are no Norwegian word, given name or place: "på Volvat",
 * "hos aleris", "fra bedriftshelsetjenesten Avonova". Left out: names that are also words or
 * surnames ("Stamina", "Fürst", "Colosseum"), which only join a listed brand as its unit.
 */
const healthServiceBrands = new Set([
  'volvat',
  'aleris',
  'unilabs',
  'avonova',
  'aktimed',
  'dropin',
]);

/** Prepositions a clinic follows when one goes there, is seen there or is sent from it. */
const visitPrepositions = new Set(['på', 'hos', 'til', 'ved', 'fra', 'frå', 'i', 'gjennom', 'via']);

/** Words naming the occupational-health service right before its provider ("bht, Avonova"). */
const occupationalHealthWords = new Set([
  'bedriftshelsetjeneste',
  'bedriftshelsetjenesten',
  'bedriftshelsetenesta',
  'bht',
]);

/**
 * "Pasienten var på Volvat", "jeg gikk til aleris", "MR tatt ved Aleris Colosseum", "hos dr.
 * dropin", "bedriftshelsetjenesten vår, Avonova": a listed clinic or occupational-health brand
 * after a preposition of going, being seen or being sent, or after the word for the service, is
 * an organisation, lower case or capitalised. Other recognizers read these names as places or
 * persons ("Volvat" a place, "Dr. Dropin" a doctor); the brand wins. A capitalised unit name after
 * it ("Aleris Bergen", "Volvat Majorstuen", "Dr. Dropin Bedrift") joins the span.
 */
export function recognizeHealthServiceBrands(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 1; index < tokens.length; index++) {
    const brand = tokenAt(tokens, index);
    if (brand === undefined || brand.kind !== 'word' || !healthServiceBrands.has(brand.lower))
      continue;
    let first = index;
    // "Dr. Dropin": the title belongs to the brand's name.
    if (brand.lower === 'dropin') {
      if (lowerAt(tokens, index - 1) !== '.' || lowerAt(tokens, index - 2) !== 'dr') continue;
      first = index - 2;
    }
    const start = tokenAt(tokens, first);
    if (start === undefined || !isServiceFrame(tokens, first)) continue;
    const unit = unitAfter(words, text, tokens, index);
    out.push({
      start: start.start,
      end: (unit ?? brand).end,
      type: 'ORGANIZATION',
      subtype: 'institution',
      confidence: 0.96,
    });
  }
}

/** A visit preposition before, or the service word with an optional "vår" and comma. */
function isServiceFrame(tokens: readonly Token[], first: number): boolean {
  if (visitPrepositions.has(lowerAt(tokens, first - 1))) return true;
  let before = first - 1;
  if (lowerAt(tokens, before) === ',') before--;
  if (/^(?:vår|deres|hans|hennes|min|mi)$/u.test(lowerAt(tokens, before))) before--;
  return occupationalHealthWords.has(lowerAt(tokens, before));
}

/** "Aleris Bergen", "Aleris Colosseum", "Dr. Dropin Bedrift": a capitalised word that is no word of a clause. */
function unitAfter(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  index: number,
): Token | undefined {
  const brand = tokenAt(tokens, index);
  const unit = tokenAt(tokens, index + 1);
  if (brand === undefined || unit === undefined || unit.kind !== 'word') return undefined;
  if (!unit.capitalised || unit.sentenceStart || unit.allCaps || unit.lower.length < 3)
    return undefined;
  if (!isSpaceBetween(text, brand.end, unit.start)) return undefined;
  const analysis = words.analyseToken(unit);
  if (analysis.nonIdentifying || analysis.term || analysis.region) return undefined;
  return unit;
}

/** Lines `recognizeHealthServiceBrands` can match: every match needs a listed brand on the line. */
export const healthServiceBrandCue = lineCue(healthServiceBrands);
