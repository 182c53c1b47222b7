import { isSpaceBetween, lowerAt, tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { hasWorkFrame } from './organisations-in-speech.js';
import { drivingVerbs, employerPrepositions } from './spoken-workplaces.js';
import type { TokenAnalysis } from './token-analysis.js';
import { lineCue } from '../word-record.js';

/**
 * Large Norwegian employers whose one-word names are also ordinary words, places or surnames, or
 * that speech-to-text writes in lower case ("jobber på tine", "ansatt i hydro", "kjører for
 * bring"). Adjectives and words that often follow "jobber på" in another sense ("normal", "extra",
 * "power") are left out. Only ever taken after an employer preposition in a work frame.
 */
const employerBrands = new Set([
  'aker',
  'asko',
  'avinor',
  'biltema',
  'borregaard',
  'bring',
  'brynild',
  'cermaq',
  'coop',
  'ekornes',
  'elkem',
  'elkjøp',
  'elopak',
  'equinor',
  'europris',
  'felleskjøpet',
  'freia',
  'gilde',
  'gjensidige',
  'glamox',
  'hydro',
  'idun',
  'ikea',
  'intersport',
  'jernia',
  'jotun',
  'jysk',
  'kavli',
  'kiwi',
  'kværner',
  'lerøy',
  'mekonomen',
  'meny',
  'mesta',
  'mowi',
  'mustad',
  'nammo',
  'nille',
  'norgesgruppen',
  'nortura',
  'orkla',
  'plantasjen',
  'posten',
  'rema',
  'ringnes',
  'rusta',
  'salmar',
  'schibsted',
  'securitas',
  'skanska',
  'stabburet',
  'statkraft',
  'stokke',
  'storebrand',
  'telenor',
  'tine',
  'tomra',
  'tronrud',
  'unibuss',
  'veidekke',
  'vinmonopolet',
  'widerøe',
  'xxl',
  'yara',
]);

/**
 * Brands that are also the ward or the mail in clinical text ("natt på posten", "innkalling i
 * posten"): only capitalised inside a sentence ("jobber på Posten").
 */
const capitalisedOnlyBrands = new Set(['posten']);

/**
 * "han jobber på elkjøp", "kona jobber på tine på byneset", "jeg kjører for bring", "Hun jobber på
 * Freia": a listed employer brand right after an employer preposition in a work frame is the
 * workplace, lower case or capitalised — also where the word is a noun ("tine", "bring"), a place
 * or a surname ("Mustad") that other recognizers take for a place or a person. A known place after
 * it with "på" or "i" ("tine på byneset", "orkla i rygge") is the site. Without the work frame
 * ("la maten tine", "bring den hit") nothing is taken.
 */
export function recognizeEmployerBrands(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 1; index < tokens.length; index++) {
    const brand = tokenAt(tokens, index);
    if (brand === undefined || brand.kind !== 'word' || !employerBrands.has(brand.lower)) continue;
    if (capitalisedOnlyBrands.has(brand.lower) && (!brand.capitalised || brand.sentenceStart))
      continue;
    const preposition = tokenAt(tokens, index - 1);
    if (preposition === undefined || !employerPrepositions.has(preposition.lower)) continue;
    if (!isSpaceBetween(text, preposition.end, brand.start)) continue;
    if (!hasWorkFrame(words, tokens, index - 1) && !isDrivingFor(tokens, index - 1)) continue;
    out.push({ start: brand.start, end: brand.end, type: 'WORKPLACE', confidence: 0.95 });
    const site = siteAfter(words, text, tokens, index);
    if (site !== undefined)
      out.push({ start: site.start, end: site.end, type: 'LOCATION', confidence: 0.85 });
  }
}

/** "kjører for <brand>": driving for a firm is working for it. */
function isDrivingFor(tokens: readonly Token[], prepositionIndex: number): boolean {
  return (
    lowerAt(tokens, prepositionIndex) === 'for' &&
    drivingVerbs.has(lowerAt(tokens, prepositionIndex - 1))
  );
}

/** "tine på byneset", "orkla i rygge": a known place (no region) after the brand and "på"/"i". */
function siteAfter(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  index: number,
): Token | undefined {
  const preposition = lowerAt(tokens, index + 1);
  if (preposition !== 'på' && preposition !== 'i') return undefined;
  const site = tokenAt(tokens, index + 2);
  if (site === undefined || site.kind !== 'word' || site.lower.length < 3) return undefined;
  const analysis = words.analyseToken(site);
  if (!analysis.place || analysis.region || analysis.nonIdentifying || analysis.term)
    return undefined;
  return site;
}

/** Lines `recognizeEmployerBrands` can match: every match needs a listed brand on the line. */
export const employerBrandCue = lineCue(employerBrands);
