import { foreignTowns } from '../gazetteers/foreign-towns.js';
import { isSpaceBetween, lowerAt, tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { residenceWords } from './lower-case-places.js';
import { travelWords } from './travel-places.js';
import { isEmploymentToken, tokenIndexStartingAt, type TokenAnalysis } from './token-analysis.js';

/**
 * Session 40 (issue 10, eval/deid `s40b-`): places and organisations told in a frame that names
 * them as such, where the word alone says nothing.
 */

/**
 * Fused dialect prepositions of place ("oppå Byneset", "nedpå Fosslia"). Plain "i"/"på" are left
 * out: they also take months, drugs and capitalised headings.
 */
const fusedPlacePrepositions = new Set([
  'oppi',
  'uppi',
  'nedi',
  'uti',
  'borti',
  'burti',
  'oppå',
  'nedpå',
  'utpå',
  'innpå',
  'bortpå',
]);

/**
 * "kjøpt hus oppå Byneset", "bur nedpå Fosslia": a capitalised word inside a sentence right after
 * a fused dialect preposition is a place, also when it is a compound of ordinary words (which the
 * general rules take for no name). Words the lexicon knows as terms, drugs, regions or given names
 * are left alone, and so is a word before another capitalised word (an institution's name).
 */
export function recognizeDialectPlaces(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 1; index < tokens.length; index++) {
    const place = tokenAt(tokens, index);
    const preposition = tokenAt(tokens, index - 1);
    if (place === undefined || preposition === undefined) continue;
    if (!fusedPlacePrepositions.has(preposition.lower)) continue;
    if (place.kind !== 'word' || !place.capitalised || place.sentenceStart || place.allCaps)
      continue;
    if (!isSpaceBetween(text, preposition.end, place.start)) continue;
    if (place.text.length < 4 || !/^\p{L}+$/u.test(place.text)) continue;
    const analysis = words.analyseToken(place);
    if (analysis.nonIdentifying || analysis.firstName || analysis.international) continue;
    // "oppå Taket", "nedpå Kjøkkenet", "borti Legevakta" (r40b): an ordinary noun capitalised by
    // speech-to-text is no place; only one of land ("oppå Høgda", "borti Steinbrua") is.
    if (analysis.common && !analysis.place && !analysis.surname && !isLandNoun(place.lower))
      continue;
    const next = tokenAt(tokens, index + 1);
    if (next !== undefined && next.kind === 'word' && next.capitalised) continue;
    out.push({ start: place.start, end: place.end, type: 'LOCATION', confidence: 0.8 });
  }
}

/** Endings of nouns of land that name farms and hamlets: "Byneset", "Steinbrua", "Skarvmyra". */
const landEnding =
  /(?:dal|dalen|nes|neset|åsen|sund|sundet|øya|vika|haugen|moen|lia|bakken|berget|heim|rud|seter|setra|stranda|holmen|tangen|kollen|myra|vollen|toppen|høgda|tjernet|brua|sletta|lunden|jordet|stølen)$/u;

/** Whole words of land used alone as a farm's or hamlet's name: "oppå Høgda", "utpå Neset". */
const landWords = new Set([
  'toppen',
  'høgda',
  'neset',
  'lia',
  'holmen',
  'haugen',
  'bakken',
  'moen',
  'sletta',
  'lunden',
  'åsen',
  'tjernet',
  'tangen',
  'kollen',
  'vollen',
  'stranda',
  'berget',
]);

function isLandNoun(lower: string): boolean {
  if (landWords.has(lower)) return true;
  const match = landEnding.exec(lower);
  return match !== null && match.index >= 2;
}

/** The regional units of Bufetat: "Bufetat region nord", "Bufetat, region Midt-Norge". */
const bufetatRegion = /\bBufetat,? region (?:nord|sør|øst|vest|midt|midt-norge)\b/giu;

/** "saken er overført til Bufetat region nord": a regional unit of the agency is an organisation. */
export function recognizeAgencyRegions(text: string, out: Candidate[]): void {
  if (!text.includes('ufetat')) return;
  for (const match of text.matchAll(bufetatRegion)) {
    out.push({
      start: match.index,
      end: match.index + match[0].length,
      type: 'ORGANIZATION',
      confidence: 0.92,
    });
  }
}

/** Nouns of a farm or a small settlement before "som heiter/heter" and its name. */
const settlementNouns = new Set([
  'gard',
  'garden',
  'gård',
  'gården',
  'småbruk',
  'småbruket',
  'plass',
  'plassen',
  'grend',
  'grenda',
  'bygd',
  'bygda',
  'øy',
  'øya',
]);

const namingVerbs = new Set(['heiter', 'heter', 'hette', 'het']);

const foreignTownSet = new Set(foreignTowns.trim().split(/\s+/u));

/** Prepositions before a town: "jobber i Doha", "bodd i Bergen og Kraków", "kom fra Idlib". */
const townPrepositions = new Set(['i', 'fra', 'frå', 'til', 'og']);

/** Roles one has at an office, as a client ("jeg har en veileder på nav gjøvik"). */
const clientRoles = new Set([
  'veileder',
  'veiledar',
  'saksbehandler',
  'saksbehandlar',
  'kontaktperson',
  'rådgiver',
  'rådgjevar',
]);

const possessionVerbs = new Set(['har', 'hadde', 'fått', 'fikk', 'fekk']);
const roleDeterminers = new Set(['en', 'ei', 'ein', 'min', 'mi', 'sin', 'si', 'egen', 'eigen']);

/**
 * Retypes what the general rules found in a frame that says what it is:
 * - "ein gard som heiter Kleivi": the farm's name, not a person;
 * - "jobber i Doha", "bodd i Rzeszów og Kraków": a listed town abroad (`foreign-towns.ts`) after
 *   a preposition of place is the town, not a firm or a person;
 * - "jeg har en veileder på nav gjøvik": the office of one's own counsellor is an organisation,
 *   not the patient's workplace;
 * - "arbeidet på et verft i Gdynia", "underviste i matematikk i Asmara": in a work frame, a
 *   single word after "i" that follows an ordinary noun (not an occupation) is where the work was,
 *   a place.
 */
export function withFramePlacesRetyped(
  words: TokenAnalysis,
  tokens: readonly Token[],
  accepted: Candidate[],
): Candidate[] {
  let result: Candidate[] | undefined;
  for (const [position, candidate] of accepted.entries()) {
    const type = retypeOf(words, tokens, candidate, accepted);
    if (type === undefined) continue;
    result ??= [...accepted];
    result[position] = { ...candidate, type };
  }
  return result ?? accepted;
}

function retypeOf(
  words: TokenAnalysis,
  tokens: readonly Token[],
  candidate: Candidate,
  accepted: readonly Candidate[],
): Candidate['type'] | undefined {
  const index = tokenIndexStartingAt(tokens, candidate.start);
  if (index < 1) return undefined;
  const first = tokenAt(tokens, index);
  if (first === undefined) return undefined;
  const single = first.end === candidate.end;
  // "en datter som jobber i Doha", "bodd i Rzeszów og Kraków": a listed town abroad after a
  // preposition of place is the town, not a firm or a person.
  if (
    single &&
    (candidate.type === 'WORKPLACE' || candidate.type === 'PERSON') &&
    first.capitalised &&
    foreignTownSet.has(first.lower) &&
    townPrepositions.has(lowerAt(tokens, index - 1)) &&
    !isFollowedByCapitalised(tokens, index) &&
    (lowerAt(tokens, index - 1) !== 'og' || isAfterPlace(tokens, index, accepted)) &&
    (candidate.type !== 'PERSON' ||
      lowerAt(tokens, index - 1) !== 'til' ||
      isJourney(tokens, index))
  )
    return 'LOCATION';
  if (candidate.type === 'PERSON' && single) {
    if (
      namingVerbs.has(lowerAt(tokens, index - 1)) &&
      lowerAt(tokens, index - 2) === 'som' &&
      settlementNouns.has(lowerAt(tokens, index - 3))
    )
      return 'LOCATION';
    return undefined;
  }
  if (candidate.type === 'WORKPLACE') {
    if (first.lower === 'nav' && isClientOffice(tokens, index)) return 'ORGANIZATION';
    if (single && isWorkLocation(words, tokens, index)) return 'LOCATION';
  }
  return undefined;
}

/**
 * "bodd i Rzeszów og Kraków", "jobbet i Doha og Dubai": after "og" a town only when a place or a
 * listed town is joined to it; "snakket med
 * Idlib og Homs" names two persons (r40b).
 */
function isAfterPlace(
  tokens: readonly Token[],
  index: number,
  accepted: readonly Candidate[],
): boolean {
  const before = tokenAt(tokens, index - 2);
  return (
    before !== undefined &&
    accepted.some(
      (other) =>
        other.end === before.end &&
        (other.type === 'LOCATION' ||
          (other.start === before.start &&
            foreignTownSet.has(before.lower) &&
            townPrepositions.has(lowerAt(tokens, index - 3)))),
    )
  );
}

/**
 * "flyttet til Doha": a person found after "til" is a town only after a word of travel or living
 * within three words; "sendte melding til Amman, broren sin" names a person (r40b).
 */
function isJourney(tokens: readonly Token[], index: number): boolean {
  for (let back = 2; back <= 4; back++) {
    const word = lowerAt(tokens, index - back);
    if (travelWords.has(word) || residenceWords.has(word)) return true;
  }
  return false;
}

function isFollowedByCapitalised(tokens: readonly Token[], index: number): boolean {
  const next = tokenAt(tokens, index + 1);
  return next !== undefined && next.kind === 'word' && next.capitalised;
}

/** "jeg har en veileder på nav gjøvik": possession verb, determiner, client role, preposition. */
function isClientOffice(tokens: readonly Token[], index: number): boolean {
  if (!['på', 'i', 'hos', 'ved'].includes(lowerAt(tokens, index - 1))) return false;
  if (!clientRoles.has(lowerAt(tokens, index - 2))) return false;
  return (
    roleDeterminers.has(lowerAt(tokens, index - 3)) &&
    possessionVerbs.has(lowerAt(tokens, index - 4))
  );
}

/**
 * "på et verft i Gdynia", "en liten butikk i Bacolod", "matematikk i Asmara": the word before "i"
 * is an ordinary noun, no occupation and no work verb, so the name after it is where, not who.
 * A word the lexicon knows as an institution's head or lead word after the name (a firm) is left.
 */
function isWorkLocation(words: TokenAnalysis, tokens: readonly Token[], index: number): boolean {
  if (lowerAt(tokens, index - 1) !== 'i') return false;
  const noun = tokenAt(tokens, index - 2);
  if (noun === undefined || noun.kind !== 'word' || noun.capitalised) return false;
  if (isEmploymentToken(noun)) return false;
  const analysis = words.analyseToken(noun);
  if (!analysis.common || analysis.firstName) return false;
  // Verbs and function words before "i" ("jobber i", "er i", "seg i") keep the work frame.
  if (nonNounsBeforeI.has(noun.lower)) return false;
  const place = tokenAt(tokens, index);
  if (place === undefined || !place.capitalised) return false;
  const next = tokenAt(tokens, index + 1);
  return next === undefined || next.kind !== 'word' || !next.capitalised;
}

/** Words before "i" that are no noun of a place of work. */
const nonNounsBeforeI = new Set([
  'er',
  'var',
  'vært',
  'vore',
  'seg',
  'meg',
  'deg',
  'oss',
  'dem',
  'han',
  'hun',
  'ho',
  'også',
  'og',
  'nå',
  'no',
  'fortsatt',
  'framleis',
  'begynt',
  'begynte',
  'starta',
  'startet',
  'inne',
  'ute',
  'hjemme',
  'heime',
  'fast',
  'med',
  'som',
  'både',
  'bare',
  'berre',
  'litt',
  'mest',
  'lenge',
  'år',
  'måneder',
  'uker',
]);
