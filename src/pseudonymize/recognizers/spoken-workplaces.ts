import { commercialHeads } from '../gazetteers/context-words.js';
import { nynorskFunctionWords } from '../gazetteers/nynorsk-function-words.js';
import { textAt, lowerAt, tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { wordClass } from '../word-record.js';
import { hasWorkFrame } from './organisations-in-speech.js';
import { isEmploymentToken, type TokenAnalysis } from './token-analysis.js';

/** Prepositions before an employer: "jobber på", "ansatt hos", "jobbar hjå", "kjører for". */
export const employerPrepositions: ReadonlySet<string> = new Set([
  'på',
  'hos',
  'hjå',
  'i',
  'for',
  'ved',
]);

/** Prepositions that link a generic place of work to its owner: "på lageret hos europris". */
const ownerPrepositions = new Set(['hos', 'hjå', 'til', 'for']);

/** Verbs of shopping and training before a shop or gym: "handler på", "trener på". */
const customerVerbs = new Set([
  'handler',
  'handlet',
  'handla',
  'handlar',
  'trener',
  'trente',
  'trena',
  'trenar',
  'kjøpte',
  'kjøper',
  'kjøpe',
  'kjøpt',
]);

/** Frequency words between a verb of shopping and its shop: "handler alltid på …". */
const frequencyWords = new Set(['alltid', 'ofte', 'mest', 'bare', 'helst', 'stort', 'vanligvis']);

/** Object pronouns between a verb of buying and its shop: "kjøpte det på …". */
const boughtObjects = new Set(['det', 'den', 'dem', 'dei', 'alt', 'noe', 'noko', 'mat']);

/**
 * Gym, pharmacy and shop chains whose names are words or are said in lower case ("trener på
 * sats", "handler på spar"). They name a place a person goes regularly, so only in a frame of
 * shopping, training or work.
 */
const customerChains = new Set([
  'sats',
  'elixia',
  'evo',
  'actic',
  'spar',
  'kiwi',
  'meny',
  'rema',
  'joker',
  'bunnpris',
  'europris',
  'elkjøp',
  'biltema',
  'jernia',
  'vitusapotek',
  'boots',
  'apotek1',
  'byggmakker',
  'coop',
  'obs',
  'xxl',
]);

/** Chains whose lower-case name is an ordinary word too often to stand alone in a work frame. */
const ambiguousLowerChains = new Set(['obs', 'spar']);

/** Municipal employers said in lower case: "sogndal kommune", "vestland fylkeskommune". */
const municipalHeads = new Set(['kommune', 'fylkeskommune', 'kommunes']);
const isMunicipalHead = wordClass(municipalHeads);

/**
 * Definite business nouns a named place of work follows as an apposition: "sykehjemmet,
 * lindegården", "frisørsalongen Hårfin". The noun alone names nothing.
 */
const businessNounEnding =
  /(?:salongen|butikken|sykehjemmet|sjukeheimen|barnehagen|fiskebruket|firmaet|verkstedet|bakeriet|kafeen|kaféen|restauranten|hotellet|senteret|klinikken|kontoret|verftet|fabrikken)$/u;

/**
 * Workplaces, shops and gyms as said in a consultation, lower case included (speech-to-text
 * writes "jobber på byggmakker"), each only in a frame that makes the word an employer or a shop:
 * - a word no list knows after an employer preposition in a work frame ("jobber på byggmakker",
 *   "jobber hos nordfisk"), also past a generic place of work ("på lageret hos europris",
 *   "på fiskebruket til nordfisk");
 * - a listed chain in lower case in a work frame ("jobber på kiwi");
 * - a chain or an unknown word after a verb of shopping or training ("trener på sats",
 *   "handler på spar", "kjøpte det på vitusapotek") — an organisation;
 * - a known place and "kommune" in a work frame ("altså sogndal kommune");
 * - an unknown or capitalised name after a definite business noun ("sykehjemmet, lindegården");
 * - after a detected workplace, "på"/"i" and a known place, even one that is a word ("jobber på
 *   kiwi på bryn", "meny på ski"): the site of the workplace.
 * Ordinary words after the same prepositions ("jobber på lager", "handler på butikken") are never
 * taken: a dictionary word is a name only when it is a listed chain.
 */
export function recognizeSpokenWorkplaces(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  const found: Candidate[] = [];
  for (let index = 1; index < tokens.length; index++) {
    const token = tokenAt(tokens, index);
    if (token === undefined || token.kind !== 'word' || token.capitalised || token.allCaps)
      continue;
    const preposition = tokenAt(tokens, index - 1);
    if (preposition === undefined || !isSpaceBetween(text, preposition.end, token.start)) continue;
    if (isMunicipalHead(token)) {
      const municipal = municipalEmployer(words, text, tokens, index);
      if (municipal !== undefined) found.push(municipal);
      continue;
    }
    if (!employerPrepositions.has(preposition.lower)) continue;
    if (isCustomerFrame(tokens, index - 1) && isShopName(words, token)) {
      found.push({ start: token.start, end: token.end, type: 'ORGANIZATION', confidence: 0.84 });
      continue;
    }
    const companyEnd = lowerCaseCompanyEnd(words, text, tokens, index);
    if (companyEnd >= 0 && isWorkFrameBefore(words, tokens, index - 1)) {
      const last = tokenAt(tokens, companyEnd);
      found.push({
        start: token.start,
        end: last?.end ?? token.end,
        type: 'WORKPLACE',
        confidence: 0.9,
      });
      continue;
    }
    const chain = customerChains.has(token.lower) && !ambiguousLowerChains.has(token.lower);
    if (!chain && !isUnknownEmployer(words, token, preposition)) continue;
    if (!isWorkFrameBefore(words, tokens, index - 1)) continue;
    found.push({ start: token.start, end: token.end, type: 'WORKPLACE', confidence: 0.84 });
  }
  recognizeBusinessAppositions(words, text, tokens, found);
  for (const candidate of found) out.push(candidate);
  recognizeSitesAfterWorkplaces(words, text, tokens, out);
}

/** Business words said after a firm's name besides the shared heads: "peppes pizza". */
const spokenCompanyHeads = new Set(['pizza', 'burger', 'kebab', 'taxi', 'auto', 'bilverksted']);

function isCompanyHead(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word' || token.capitalised || token.allCaps)
    return false;
  return commercialHeads.has(token.lower) || spokenCompanyHeads.has(token.lower);
}

/**
 * "hos fredriksen rør", "for tidenes transport", "på peppes pizza": a name (a surname, a place,
 * a genitive or a word no list knows) and a lower-case business word after it, with "as" if
 * said — the index of the last token, or -1.
 */
function lowerCaseCompanyEnd(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  index: number,
): number {
  const name = tokenAt(tokens, index);
  const head = tokenAt(tokens, index + 1);
  if (name === undefined || head === undefined || !isCompanyHead(head)) return -1;
  if (!isSpaceBetween(text, name.end, head.start)) return -1;
  if (name.text.length < 4 || nynorskFunctionWords.has(name.lower)) return -1;
  if (!/^\p{L}+$/u.test(name.text) || commercialHeads.has(name.lower)) return -1;
  const analysis = words.analyseToken(name);
  if (analysis.nonIdentifying || analysis.term || analysis.region) return -1;
  const nameLike =
    analysis.surname ||
    analysis.place ||
    (name.lower.endsWith('s') && name.lower.length >= 5) ||
    (!analysis.common && !analysis.entry);
  if (!nameLike) return -1;
  const after = tokenAt(tokens, index + 2);
  return after?.lower === 'as' ? index + 2 : index + 1;
}

/** A word no list knows: not a dictionary word, name, place or term, and long enough. */
function isUnknownWord(words: TokenAnalysis, token: Token): boolean {
  if (token.text.length < 4 || nynorskFunctionWords.has(token.lower)) return false;
  if (!/^\p{L}+$/u.test(token.text)) return false;
  const analysis = words.analyseToken(token);
  return (
    !analysis.common &&
    !analysis.entry &&
    !analysis.firstName &&
    !analysis.surname &&
    !analysis.place &&
    !analysis.region &&
    !analysis.nonIdentifying &&
    !analysis.term
  );
}

/** Endings of definite, plural and past forms, which in speech are mostly dialect words. */
const definiteOrPluralEnding = /(?:en|et|a|an|ane|ene|ar|er|ne|de|te)$/u;

/** Prepositions before a person or a firm, never before a room or a time: "jobber hos X". */
const firmPrepositions = new Set(['hos', 'hjå']);

/**
 * An unknown word as an employer: not a compound of ordinary words ("skjærebordet"), and after
 * "på"/"i"/"ved" not in a definite or plural form, which in speech is mostly a dialect or nynorsk
 * noun ("på skulen", "i helgan").
 */
function isUnknownEmployer(words: TokenAnalysis, token: Token, preposition: Token): boolean {
  if (!isUnknownWord(words, token) || words.isCompound(token.lower)) return false;
  return firmPrepositions.has(preposition.lower);
}

/** A chain or an unknown word where one shops or trains. */
function isShopName(words: TokenAnalysis, token: Token): boolean {
  if (customerChains.has(token.lower)) return true;
  // "trenar på laurdagar": a plural or definite form is a time or a room, not a shop.
  return (
    isUnknownWord(words, token) &&
    !words.isCompound(token.lower) &&
    !definiteOrPluralEnding.test(token.lower)
  );
}

/** "handler på", "trener på", "kjøpte det på": a verb of shopping or training before. */
function isCustomerFrame(tokens: readonly Token[], prepositionIndex: number): boolean {
  const before = tokenAt(tokens, prepositionIndex - 1);
  if (before === undefined) return false;
  if (customerVerbs.has(before.lower)) return true;
  // "kjøpte det på", "handler alltid på": one object or frequency word between.
  return (
    (boughtObjects.has(before.lower) || frequencyWords.has(before.lower)) &&
    customerVerbs.has(lowerAt(tokens, prepositionIndex - 2))
  );
}

/**
 * A work frame before the preposition, directly ("jobber på") or past a generic place of work
 * and an owner preposition ("jobber på lageret hos", "på fiskebruket til").
 */
export function isWorkFrameBefore(
  words: TokenAnalysis,
  tokens: readonly Token[],
  prepositionIndex: number,
): boolean {
  if (hasWorkFrame(words, tokens, prepositionIndex) && isFirstPreposition(tokens, prepositionIndex))
    return true;
  if (isDrivingFor(tokens, prepositionIndex)) return true;
  const preposition = tokenAt(tokens, prepositionIndex);
  const place = tokenAt(tokens, prepositionIndex - 1);
  const placePreposition = tokenAt(tokens, prepositionIndex - 2);
  if (preposition === undefined || place === undefined || placePreposition === undefined)
    return false;
  if (!ownerPrepositions.has(preposition.lower) || place.kind !== 'word') return false;
  if (!employerPrepositions.has(placePreposition.lower)) return false;
  // "lageret", "fiskebruket", "kjøkkenet": a definite ordinary noun.
  if (!/(?:et|en|a)$/u.test(place.lower) || !words.analyseToken(place).common) return false;
  return (
    hasWorkFrame(words, tokens, prepositionIndex - 2) &&
    isFirstPreposition(tokens, prepositionIndex - 2)
  );
}

/** Verbs of driving for a firm ("jeg kjører for bring", "han køyrer for asko"). */
export const drivingVerbs: ReadonlySet<string> = new Set([
  'kjører',
  'kjørte',
  'kjørt',
  'kjøyrer',
  'køyrer',
  'kjørde',
  'kjøyrde',
  'køyrde',
]);

/** The vehicles driven: "kjører buss for". */
const vehicles = new Set(['buss', 'taxi', 'drosje', 'lastebil', 'trailer', 'varebil', 'bil']);

/** "kjører for tidenes transport", "kjører buss for …": the firm one drives for. */
function isDrivingFor(tokens: readonly Token[], prepositionIndex: number): boolean {
  if (lowerAt(tokens, prepositionIndex) !== 'for') return false;
  const before = lowerAt(tokens, prepositionIndex - 1);
  if (drivingVerbs.has(before)) return true;
  return vehicles.has(before) && drivingVerbs.has(lowerAt(tokens, prepositionIndex - 2));
}

/**
 * The preposition is the first after the word of work ("jobber på X", "lærling hos X"); a later
 * one names a site or a time ("jobber på bunnpris på tromsdalen i helgan").
 */
function isFirstPreposition(tokens: readonly Token[], prepositionIndex: number): boolean {
  for (let back = prepositionIndex - 1; back >= 0 && prepositionIndex - back <= 8; back--) {
    const token = tokenAt(tokens, back);
    if (token === undefined || token.kind === 'punct') return true;
    if (employerPrepositions.has(token.lower)) return false;
    if (isEmploymentToken(token)) return true;
  }
  return true;
}

/** "altså sogndal kommune" in a work frame: a known place before "kommune" is the employer. */
function municipalEmployer(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  index: number,
): Candidate | undefined {
  const head = tokenAt(tokens, index);
  const place = tokenAt(tokens, index - 1);
  if (head === undefined || place === undefined || place.kind !== 'word') return undefined;
  if (place.capitalised || place.allCaps || !isSpaceBetween(text, place.end, head.start))
    return undefined;
  const analysis = words.analyseToken(place);
  if (!analysis.place || analysis.common || analysis.region) return undefined;
  if (!hasWorkFrame(words, tokens, index - 1)) return undefined;
  return { start: place.start, end: head.end, type: 'WORKPLACE', confidence: 0.9 };
}

/**
 * "sykehjemmet, lindegården", "fiskebruket Nordfisk": after a definite business noun (and a
 * comma), a word no list knows or a capitalised word inside a sentence is the business's name —
 * the workplace in a work frame, else an organisation.
 */
function recognizeBusinessAppositions(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 0; index + 1 < tokens.length; index++) {
    const noun = tokenAt(tokens, index);
    if (noun === undefined || noun.kind !== 'word' || !businessNounEnding.test(noun.lower))
      continue;
    if (!words.analyseToken(noun).common) continue;
    const comma = textAt(tokens, index + 1) === ',';
    const name = tokenAt(tokens, comma ? index + 2 : index + 1);
    if (name === undefined || name.kind !== 'word') continue;
    if (!comma && !isSpaceBetween(text, noun.end, name.start)) continue;
    const capitalisedName =
      name.capitalised && !name.sentenceStart && !words.analyseToken(name).nonIdentifying;
    if (!capitalisedName && !isUnknownWord(words, name)) continue;
    // "kontoret, lindegården." — the name ends the clause; "kontoret ringde meg" is a verb.
    const after = tokenAt(tokens, comma ? index + 3 : index + 2);
    if (after !== undefined && after.kind !== 'punct' && !clauseWords.has(after.lower)) continue;
    // "barnehagen, Tonje og …": a given name after a comma is a person, not the business.
    if (words.analyseToken(name).firstName) continue;
    const type = hasWorkFrame(words, tokens, index) ? 'WORKPLACE' : 'ORGANIZATION';
    out.push({ start: name.start, end: name.end, type, confidence: 0.82 });
  }
}

/** Prepositions before the site of a workplace: "kiwi på bryn", "rema i sentrum". */
const sitePrepositions = new Set(['på', 'i']);

/**
 * "jobber på kiwi på bryn", "meny på ski": a known place right after a detected workplace and
 * "på"/"i", before the end of the clause, is the site — a place, even when it is a word.
 */
function recognizeSitesAfterWorkplaces(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  const workplaceEnds = new Set<number>();
  for (const candidate of out)
    if (candidate.type === 'WORKPLACE' || candidate.type === 'ORGANIZATION')
      workplaceEnds.add(candidate.end);
  if (workplaceEnds.size === 0) return;
  for (let index = 1; index + 1 < tokens.length; index++) {
    const before = tokenAt(tokens, index - 1);
    const preposition = tokenAt(tokens, index);
    const site = tokenAt(tokens, index + 1);
    if (before === undefined || preposition === undefined || site === undefined) continue;
    if (!workplaceEnds.has(before.end) || !sitePrepositions.has(preposition.lower)) continue;
    if (site.kind !== 'word' || site.capitalised || site.allCaps) continue;
    if (!isSpaceBetween(text, preposition.end, site.start)) continue;
    const analysis = words.analyseToken(site);
    if (!analysis.place || analysis.region || analysis.nonIdentifying || analysis.term) continue;
    const after = tokenAt(tokens, index + 2);
    if (after !== undefined && after.kind !== 'punct' && !clauseWords.has(after.lower)) continue;
    out.push({ start: site.start, end: site.end, type: 'LOCATION', confidence: 0.83 });
  }
}

/** Words that end the clause after a site: "kiwi på bryn og …", "rema på lade da …". */
const clauseWords = new Set(['og', 'men', 'da', 'så', 'som', 'nå', 'no', 'i', 'på']);
