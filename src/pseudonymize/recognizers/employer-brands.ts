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
  'ahus',
  'aker',
  'asko',
  'avinor',
  'biltema',
  'borregaard',
  'bravida',
  'bring',
  'bunnpris',
  'brynild',
  'cermaq',
  'circle',
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
  'q-meieriene',
  'rema',
  'ringnes',
  'rusta',
  'salmar',
  'schenker',
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
  'vy',
  'westcon',
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
 * The second word of a brand's full name ("aker solutions", "coop extra", "circle k"): joins the
 * span. A brand in `tailOnlyBrands` is taken only with its second word ("circle" alone is a word).
 */
const brandTails: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['aker', new Set(['solutions', 'bp', 'arctic', 'biomarine'])],
  ['coop', new Set(['extra', 'prix', 'mega', 'obs', 'marked'])],
  ['circle', new Set(['k'])],
]);
const tailOnlyBrands = new Set(['circle']);

/** Parts of a firm one works in, owned by the brand after "til": "på lageret til elkjøp". */
const firmParts = new Set([
  'lageret',
  'sentrallageret',
  'butikken',
  'fabrikken',
  'kontoret',
  'hovedkontoret',
  'verkstedet',
  'terminalen',
  'kundeservicen',
  'kundesenteret',
  'anlegget',
]);

/** Vehicles said between a driving verb and "for": "kjører buss for vy". */
const vehicles = new Set([
  'buss',
  'bussen',
  'taxi',
  'drosje',
  'trikk',
  'lastebil',
  'trailer',
  'tog',
  'bil',
  'varebil',
]);

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
    if (preposition === undefined) continue;
    // "på lageret til elkjøp": the brand owns the part of the firm one works in.
    const ownerOfFirmPart =
      preposition.lower === 'til' && firmParts.has(lowerAt(tokens, index - 2));
    const offWorkFrom = isOffWorkFrom(tokens, index - 1);
    if (!employerPrepositions.has(preposition.lower) && !ownerOfFirmPart && !offWorkFrom) continue;
    if (!isSpaceBetween(text, preposition.end, brand.start)) continue;
    if (
      !hasWorkFrame(words, tokens, index - 1) &&
      !isDrivingFor(tokens, index - 1) &&
      !isPersonAt(tokens, index - 1) &&
      !offWorkFrom
    )
      continue;
    const tail = tokenAt(tokens, index + 1);
    const withTail =
      tail !== undefined &&
      brandTails.get(brand.lower)?.has(tail.lower) === true &&
      isSpaceBetween(text, brand.end, tail.start);
    if (!withTail && tailOnlyBrands.has(brand.lower)) continue;
    const last = withTail ? tail : brand;
    out.push({ start: brand.start, end: last.end, type: 'WORKPLACE', confidence: 0.95 });
    const site = siteAfter(words, text, tokens, withTail ? index + 1 : index);
    if (site !== undefined)
      out.push({ start: site.start, end: site.end, type: 'LOCATION', confidence: 0.85 });
  }
}

/** Who is said to be at a firm: "han er på Kiwi", "kona er i Telenor". */
const personSubject =
  /^(?:jeg|eg|æ|han|hun|ho|mannen|kona|samboeren|sønnen|datteren|dattera|faren|moren|mora|far|mor|broren|søsteren|søstera)$/u;

/**
 * "han er på Kiwi om kveldene", "jeg er i Telenor på Fornebu": a person who «er på/i» a listed
 * employer brand works there (said of a shop a person visits, the brand is still no less an
 * identifier of where they are). Without a person before it ("Svaret er på posten") nothing.
 */
function isPersonAt(tokens: readonly Token[], prepositionIndex: number): boolean {
  const preposition = lowerAt(tokens, prepositionIndex);
  if (preposition !== 'på' && preposition !== 'i') return false;
  if (!/^(?:er|e|var)$/u.test(lowerAt(tokens, prepositionIndex - 1))) return false;
  return personSubject.test(lowerAt(tokens, prepositionIndex - 2));
}

/** "sykmeldt fra Posten", "permittert fra Widerøe": off work from the firm one works for. */
function isOffWorkFrom(tokens: readonly Token[], prepositionIndex: number): boolean {
  if (lowerAt(tokens, prepositionIndex) !== 'fra') return false;
  return /^(?:sykmeldt|sjukmeldt|sykemeldt|permittert|oppsagt)$/u.test(
    lowerAt(tokens, prepositionIndex - 1),
  );
}

/** "kjører for <brand>", "kjører buss for vy": driving for a firm is working for it. */
function isDrivingFor(tokens: readonly Token[], prepositionIndex: number): boolean {
  if (lowerAt(tokens, prepositionIndex) !== 'for') return false;
  const before = lowerAt(tokens, prepositionIndex - 1);
  return (
    drivingVerbs.has(before) ||
    (vehicles.has(before) && drivingVerbs.has(lowerAt(tokens, prepositionIndex - 2)))
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
