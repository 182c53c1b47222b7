import {
  livingVerbs,
  neverNames,
  placePrepositions,
  relations,
} from '../gazetteers/context-words.js';
import { nynorskFunctionWords } from '../gazetteers/nynorsk-function-words.js';
import { monthNames, parseCardinalWord } from '../../language/index.js';
import { cardinalOf, lineCue, lineCueMask, wordClass, wordPredicate } from '../word-record.js';
import { textAt, lowerAt, tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { hasLineBreak, isNameLike, type TokenAnalysis } from './token-analysis.js';

const streetSuffixes = [
  // Swedish and German streets: "Storgatan 4", "Lindenstraße 12".
  'gatan',
  'vägen',
  'strasse',
  'straße',
  'brynet',
  'høgda',
  'høgde',
  'høyden',
  'holtet',
  'kollen',
  'skrenten',
  'teigen',
  'vollen',
  'moen',
  'utsikten',
  'knausen',
  'bekken',
  'gløtt',
  'veien',
  'vegen',
  'veg',
  'vei',
  'gata',
  'gate',
  'gaten',
  'allé',
  'alle',
  'alléen',
  'alleen',
  'plass',
  'plassen',
  'bakken',
  'bakke',
  'stien',
  'sti',
  'torget',
  'torg',
  'brygga',
  'brygge',
  'kaia',
  'kai',
  'lia',
  'lien',
  'haugen',
  'åsen',
  'ringen',
  'svingen',
  'tunet',
  'tun',
  'løkka',
  'løkken',
  'jordet',
  'marka',
  'berget',
  'dalen',
  'stranda',
  'kroken',
  'grenda',
  'tråkket',
  'smuget',
  'sletta',
  'sletten',
  'lunden',
  'parken',
  'terrasse',
  'terrassen',
  'hagen',
  'vangen',
  'toppen',
  'myra',
  'myren',
  'bråten',
  'kleiva',
  'skogen',
  'engen',
  'enga',
  'veita',
  'passasjen',
  'stredet',
  'promenaden',
  'kaien',
  'bryggen',
  'torvet',
  'allmenningen',
];
const strongStreetSuffixes = new Set([
  'veien',
  'vegen',
  'gata',
  'gate',
  'allé',
  'stien',
  'bakken',
  'plassen',
  'lia',
  'tunet',
  'svingen',
  'terrassen',
]);
const directionWords = new Set([
  'vestre',
  'østre',
  'austre',
  'søre',
  'midtre',
  'nordre',
  'søndre',
  'øvre',
  'nedre',
  'store',
  'lille',
  'gamle',
  'nye',
  'indre',
  'ytre',
]);
const isDirectionWord = wordClass(directionWords);
const streetSuffixSet = new Set(streetSuffixes);
const streetSuffixLengths = [...new Set(streetSuffixes.map((suffix) => suffix.length))].sort(
  (left, right) => right - left,
);
/** The street suffix a word ends with ("Fløysbakken" → "bakken"), longest first. */
function streetSuffixOf(lower: string): string | undefined {
  for (const length of streetSuffixLengths) {
    const suffix = lower.slice(-length);
    // "Bøgata", "Åsveien": a street word needs only two letters before it.
    const stem = strongStreetSuffixes.has(suffix) ? 2 : 3;
    if (lower.length >= length + stem && streetSuffixSet.has(suffix)) return suffix;
  }
  return undefined;
}
/** `streetSuffixOf(lower) !== undefined`, asked once per distinct word. */
const hasStreetSuffix = wordPredicate((lower) => streetSuffixOf(lower) !== undefined);
const streetWords = new Set([
  'allé',
  'alle',
  'gate',
  'gata',
  'vei',
  'veg',
  'veien',
  'vegen',
  'plass',
  'terrasse',
  'brygge',
  'torg',
  'vei.',
  // Abbreviations, written with or without their dot: "Prinsens gt. 14", "Kongens gt 3".
  'gt',
  'vn',
  'vg',
  'street',
  'road',
  'avenue',
  'lane',
]);
const isStreetWord = wordClass(streetWords);

/**
 * Words that open a street's name abroad, before the name and the number: "ul. Kwiatowa 17",
 * "Rue des Lilas 8", "Via Roma 3", "Calle Mayor 12".
 */
const foreignStreetLeads = new Set([
  'ul',
  'ulica',
  'rue',
  'via',
  'viale',
  'calle',
  'avenida',
  'av',
  'rua',
  'strada',
  'carrer',
  'boulevard',
  'bd',
  'vulytsia',
  'vul',
  'ulitsa',
  'ulice',
  'calea',
  'bulevardul',
  'aleea',
]);
/**
 * Leads that are no Norwegian or English word, so they open a street in lower case too, as
 * speech-to-text and people copying an address abroad write them ("vulytsia Hrushevskoho 22",
 * "ulica Długa 15"); "via", "av", "ul", "vul" and "bd" need a capital or their dot.
 */
const lowerCaseForeignStreetLeads = new Set([
  'ulica',
  'calle',
  'avenida',
  'rua',
  'strada',
  'carrer',
  'boulevard',
  'vulytsia',
  'ulitsa',
  'ulice',
  'calea',
  'bulevardul',
  'aleea',
]);
/** Short lower-case words inside a foreign street's name: "Rue des Lilas", "Calle de la Paz". */
const foreignStreetParticles = new Set([
  'de',
  'des',
  'du',
  'la',
  'le',
  'del',
  'di',
  'da',
  'do',
  'dos',
  'das',
  'von',
]);

/**
 * The index of the last name token of a foreign street that opens at `index` with a lead word
 * ("ul.", "Rue", "Via") and ends right before a house number; -1 otherwise.
 */
function foreignStreetEnd(text: string, tokens: readonly Token[], index: number): number {
  const lead = tokenAt(tokens, index);
  if (lead === undefined || lead.kind !== 'word' || !foreignStreetLeads.has(lead.lower)) return -1;
  // "Via" and "Av" are also Norwegian or English words: only capitalised, or "ul." with its dot.
  let at = index + 1;
  if (textAt(tokens, at) === '.' && tokenAt(tokens, at)?.start === lead.end) at++;
  else if (!lead.capitalised && !lowerCaseForeignStreetLeads.has(lead.lower)) return -1;
  let last = -1;
  for (; at < tokens.length && at - index <= 6; at++) {
    const part = tokenAt(tokens, at);
    const before = tokenAt(tokens, at - 1);
    if (part === undefined || before === undefined || !isSpaceBetween(text, before.end, part.start))
      return -1;
    if (part.kind === 'number') return last >= 0 && part.text.length <= 4 ? last : -1;
    const particle = foreignStreetParticles.has(part.text);
    if (isNameLike(part)) last = at;
    else if (!particle) return -1;
  }
  return -1;
}

/** A street word cut short: "Kirkevn", "Storgt", "Sykehusvg" (its dot follows). */
const abbreviatedStreet = /^\p{Ll}{3,}(?:vn|vg|gt)$/u;

/** True for "gt", "vn", "vg" alone or at the end of a street name cut short ("storgt"). */
function isAbbreviatedStreetWord(lower: string): boolean {
  return lower === 'gt' || lower === 'vn' || lower === 'vg' || abbreviatedStreet.test(lower);
}

/** Farm and place prefixes: "Vestre Hegge", "Nedre Kvamme", "Øvre Sandvik". */
const farmPrefixes = new Set([
  'vestre',
  'østre',
  'austre',
  'nordre',
  'søndre',
  'søre',
  'sørre',
  'nørdre',
  'øvre',
  'nedre',
  'indre',
  'ytre',
  'midtre',
  'mellom',
  'øvste',
  'nedste',
  'yttste',
  'innste',
]);
const isFarmPrefix = wordClass(farmPrefixes);
/** Words before a flat number ("leilighet H0203"). */
const flatCues = new Set([
  'leilighet',
  'leiligheten',
  'leil',
  'lgh',
  'bolig',
  'bolignummer',
  'bolignr',
]);
/** Words before a code that looks like a flat number but is a room, form or code ("rom H0202"). */
const flatCodeWords = new Set([
  'rom',
  'rommet',
  'stue',
  'skjema',
  'skjemaet',
  'kode',
  'koden',
  'verdi',
  'verdien',
  'prøve',
  'prøven',
  'prøvenr',
  'uke',
  'seng',
  'sal',
]);
/**
 * "Hun bor i H0202.", "Naboen i H0304 har nøkkel": a flat number (H, U, K or L, floor and flat)
 * without a cue word is still the flat — unless it reads as a semester ("H2024") or starts a
 * reference ("H2024/55817", "H0201-3").
 */
function isBareFlatNumber(
  text: string,
  tokens: readonly Token[],
  index: number,
  token: Token,
): boolean {
  if (/^.(?:19|20)\d\d$/u.test(token.text)) return false;
  if (flatCodeWords.has(lowerAt(tokens, index - 1))) return false;
  return !/^[/-]\s?\d/u.test(text.slice(token.end, token.end + 3));
}
/** Verbs and nouns that announce where someone lives: "adressen er", "bor på", "flyttet til". */
const addressCueVerbs = new Set<string>(livingVerbs);
const movingVerbs = new Set(['flyttet', 'flytta', 'flytter', 'flytte', 'flyttar', 'flytt']);
/** Prepositions before a street named without a cue: "hentet i Eikelund 14", "tilsyn i …". */
const streetPrepositions = new Set(['i', 'på', 'fra', 'frå', 'utenfor', 'ved', 'til']);
/**
 * Spoken prepositions that fuse a direction with "i"/"på" ("bor oppi Haugen 7", "bur nedpå Strand
 * 21", "bor borti Lunden 18"): right after a verb of living they stand where "i"/"på" stands.
 */
const fusedPlacePrepositions = new Set([
  'oppi',
  'nedi',
  'borti',
  'uti',
  'inni',
  'oppå',
  'nedpå',
  'bortpå',
  'utpå',
  'innpå',
]);
/** Verbs of living, not of moving: "bor", "bodde", nynorsk "bur", "budde". */
const residingVerbs = new Set(['bor', 'bur', 'bodde', 'budde']);
/** Present-tense living verbs: "bor i Kløfta 2040" gives a postcode, "bodde i Tromsø 2019" a year. */
const presentLivingVerbs = new Set(['bor', 'bur', 'bo']);

/**
 * A known town after a place preposition ("i", "på", "fra", "til"), not after a present-tense
 * living verb, with a year-like number after it: "vi bodde i Tromsø 2019", "Flyttet til Bergen
 * 2015". After an address cue without a preposition ("adressen er Lillestrøm 2004") or after
 * "bor på" the number is a postcode.
 */
function isTownAndYear(tokens: readonly Token[], index: number): boolean {
  const preposition = tokenAt(tokens, index - 1);
  if (preposition?.kind !== 'word' || !['i', 'på', 'fra', 'frå', 'til'].includes(preposition.lower))
    return false;
  const verb = tokenAt(tokens, index - 2);
  return verb === undefined || !presentLivingVerbs.has(verb.lower);
}
/** Words after a house number that end the address phrase: "i Eikelund 14 i går", "… 8 B og". */
const afterHouseNumberWords = new Set(['i', 'på', 'og', 'der', 'hvor', 'med', 'kl', 'etter']);
const addressCueNouns = new Set([
  'adr',
  // Abbreviated labels: "Postadr.:", "Bostedsadr.:".
  'postadr',
  'bostedsadr',
  'besøksadr',
  'postadresse',
  'returadresse',
  'besøksadresse',
  'adressen',
  'adresse',
  'adressa',
  'bostedsadresse',
  'hjemmeadresse',
  // "Hjemmebesøk Kjerringholmen 4:": the visit's heading names the address.
  'hjemmebesøk',
]);
/** Parts of a home, not a farm: "bor i øvre etasje", "bor på nedre plan". */
const homeParts = new Set([
  'etasje',
  'etasjen',
  'etg',
  'plan',
  'planet',
  'del',
  'delen',
  'side',
  'sida',
  'siden',
  'ende',
  'enden',
  'halvdel',
  'halvdelen',
  'bydel',
]);
const monthWords = new Set<string>(monthNames);
const durationWords = new Set(['år', 'dager', 'dag', 'uker', 'uke', 'måneder', 'mnd', 'timer']);

/**
 * True when an address cue stands right before `index`: "adressen (min) er", "min adresse er",
 * "bor i/på", "flyttet til".
 */
function followsAddressCue(tokens: readonly Token[], index: number): boolean {
  const previous = lowerAt(tokens, index - 1);
  const beforePrevious = lowerAt(tokens, index - 2);
  // "adressen er fortsatt Solbrynet 12": an adverb between "er" and the street.
  if (residenceAdverbs.has(previous) && (beforePrevious === 'er' || beforePrevious === ':'))
    return followsAddressCue(tokens, index - 1);
  // "flyttet fra Lindeberg 3": where someone moved from is an address too.
  if ((previous === 'fra' || previous === 'frå') && movingVerbs.has(beforePrevious)) return true;
  // "bur ved eidsvågen sju", "flytta te myrvang åtte": "ved" and the dialect "te" ("til").
  if (
    previous === 'i' ||
    previous === 'på' ||
    previous === 'til' ||
    previous === 'te' ||
    previous === 'ved'
  )
    return (
      addressCueVerbs.has(beforePrevious) ||
      // "bur de framleis på", "bor du fortsatt i": a question, the subject after the verb.
      (subjectPronouns.has(beforePrevious) && addressCueVerbs.has(lowerAt(tokens, index - 3))) ||
      (residenceAdverbs.has(beforePrevious) &&
        subjectPronouns.has(lowerAt(tokens, index - 3)) &&
        addressCueVerbs.has(lowerAt(tokens, index - 4))) ||
      // "bor alene i", "bor fortsatt hjemme i": adverbs between the verb and the preposition.
      (residenceAdverbs.has(beforePrevious) &&
        (addressCueVerbs.has(lowerAt(tokens, index - 3)) ||
          (residenceAdverbs.has(lowerAt(tokens, index - 3)) &&
            addressCueVerbs.has(lowerAt(tokens, index - 4)))))
    );
  // "vi bor oppi Haugen 7", "eg bur nedpå Strand 21": a fused preposition right after a verb of
  // living, not of moving ("flytte uti gangen 3 ganger" moves a thing).
  if (fusedPlacePrepositions.has(previous)) return residingVerbs.has(beforePrevious);
  // "oppgir adresse Bakkehaug 17 B", "bostedsadresse Rosenlund 6": the noun right before.
  if (addressCueNouns.has(previous) && previous !== 'adr') return true;
  // "adressa mi e storgata førtito": "e" is "er" in dialect speech.
  if (previous === 'er' || previous === 'e' || previous === ':') {
    if (addressCueNouns.has(beforePrevious)) return true;
    // "Adr.: Kirkeskaret 11": the abbreviation and its dot.
    if (beforePrevious === '.' && addressCueNouns.has(lowerAt(tokens, index - 3))) return true;
    // "adressen min er", "adressa hans er", "min adresse er".
    return (
      addressOwners.has(beforePrevious) &&
      (addressCueNouns.has(lowerAt(tokens, index - 3)) ||
        addressCueNouns.has(lowerAt(tokens, index - 4)))
    );
  }
  return false;
}

/**
 * True when "i"/"på" stands before `index` and a verb of living earlier in the same clause:
 * "Bor med kjæresten Rojhat i Vestad 17", "bodde sammen med mor på Lykkemo 3".
 */
function livesEarlierInClause(tokens: readonly Token[], index: number): boolean {
  const previous = lowerAt(tokens, index - 1);
  if (previous !== 'i' && previous !== 'på') return false;
  for (let back = index - 2; back >= 0 && index - back <= 7; back--) {
    const token = tokenAt(tokens, back);
    if (token === undefined || token.kind === 'punct') return false;
    if (addressCueVerbs.has(token.lower)) return true;
  }
  return false;
}

/** Owners between an address noun and "er": "adressen min er", "adressa hans er". */
const addressOwners = new Set(['min', 'mi', 'hans', 'hennes', 'deres', 'vår', 'dykkar', 'hennar']);

/** Adverbs between where-one-lives and the preposition: "bor alene i", "bor fortsatt hjemme i". */
/** Subjects after the verb in a question: "bor du i …?", "bur de framleis på …?". */
const subjectPronouns = new Set(['du', 'de', 'dere', 'dokker', 'han', 'hun', 'ho', 'hu', 'dei']);

const residenceAdverbs = new Set([
  'alene',
  'åleine',
  'fortsatt',
  'fremdeles',
  'framleis',
  'nå',
  'no',
  'hjemme',
  'heime',
  'ennå',
  'enno',
]);

/**
 * The words one of which a line needs for `followsAddressCue` or `livesEarlierInClause` to hold
 * (every "true" of theirs reads a verb of living, a verb of moving or an address noun): on a line
 * without one, `recognizeAddresses` asks neither for any token.
 */
const addressCue = lineCue(addressCueVerbs, movingVerbs, addressCueNouns);

/**
 * The index after the house number at `index` and its house letter, if one follows it ("12 B").
 */
function afterHouseLetter(text: string, tokens: readonly Token[], index: number): number {
  const number = tokenAt(tokens, index);
  const letter = tokenAt(tokens, index + 1);
  return number !== undefined &&
    letter?.kind === 'word' &&
    /^[A-Ha-h]$/u.test(letter.text) &&
    isSpaceBetween(text, number.end, letter.start)
    ? index + 2
    : index + 1;
}

/**
 * True when the number at `index` is a house number of one to three digits (with a house letter)
 * that ends the phrase: punctuation, the end, or "i", "og", "kl." … after it.
 */
function endsWithHouseNumber(text: string, tokens: readonly Token[], index: number): boolean {
  const number = tokenAt(tokens, index);
  if (number?.kind !== 'number' || number.text.length > 3 || !isHouseNumber(text, tokens, index))
    return false;
  const next = afterHouseLetter(text, tokens, index);
  const after = tokenAt(tokens, next);
  return (
    after === undefined ||
    (after.kind === 'punct' && after.text !== '.' && after.text !== '/' && after.text !== '-') ||
    (after.text === '.' && tokenAt(tokens, next + 1)?.kind !== 'number') ||
    afterHouseNumberWords.has(after.lower)
  );
}

/** A lower-case street word and its house number at `index`: "sagvei sju", "moavegen 3". */
function isLowerCaseStreetWithNumber(
  text: string,
  tokens: readonly Token[],
  index: number,
): boolean {
  const street = tokenAt(tokens, index);
  return (
    street?.kind === 'word' &&
    !street.capitalised &&
    hasStreetSuffix(street) &&
    isSpaceBetween(text, tokenAt(tokens, index - 1)?.end ?? 0, street.start) &&
    (isHouseNumber(text, tokens, index + 1) || isSpokenHouseNumber(tokens, index + 1))
  );
}

/** A capitalised word that no dictionary, name list, place list or term list knows. */
function isUnknownName(words: TokenAnalysis, token: Token): boolean {
  const analysis = words.analyseToken(token);
  return (
    !analysis.common &&
    !analysis.entry &&
    !analysis.firstName &&
    !analysis.place &&
    !analysis.nonIdentifying &&
    !analysis.term &&
    !words.lexicon.institutionHeadWords.has(token.lower) &&
    !words.lexicon.institutionLeadWords.has(token.lower)
  );
}

/**
 * True when the number at `index` (a house number) is followed by what only an address has: a
 * flat number ("14 H0301") or a comma, a postal code and a capitalised place ("22, 2150 Årnes").
 */
function isFollowedByAddressTail(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  index: number,
): boolean {
  const number = tokenAt(tokens, index);
  if (number?.kind !== 'number' || number.text.length > 3) return false;
  const next = afterHouseLetter(text, tokens, index);
  const after = tokenAt(tokens, next);
  if (after === undefined) return false;
  if (after.kind === 'word' && /^[HUKL]\d{4}$/u.test(after.text)) return true;
  const code = tokenAt(tokens, next + 1);
  const place = tokenAt(tokens, next + 2);
  if (after.text !== ',') return false;
  // "Áidejávri 6, Kautokeino": a comma and a known town or village that ends the phrase, after
  // a street name that is no word or given name ("Seng 4, Bergen", "Kari 4, Oslo" are not).
  const street = words.analyseToken(tokenAt(tokens, index - 1));
  if (
    !street.common &&
    !street.entry &&
    !street.firstName &&
    !street.international &&
    isNameLike(code) &&
    !code.sentenceStart &&
    words.placeAt(text, tokens, next + 1) >= 0 &&
    !words.analyseToken(code).firstName
  ) {
    const end = tokenAt(tokens, words.placeAt(text, tokens, next + 1) + 1);
    return end === undefined || end.kind === 'punct' || hasLineBreak(text, code.end, end.start);
  }
  return (
    code?.kind === 'number' &&
    code.text.length === 4 &&
    isNameLike(place) &&
    isSpaceBetween(text, code.end, place.start)
  );
}

/** Definite nouns that name where one lives or stays, not a street: "bor på rommet 3". */
const dwellingNouns = new Set([
  'byen',
  'huset',
  'leiligheten',
  'rommet',
  'avdelingen',
  'posten',
  'sykehjemmet',
  'hytta',
  'hytten',
  'gården',
  'blokka',
  'blokken',
  'etasjen',
  'institusjonen',
  'hybelen',
  // Short definite nouns of a dwelling or a stay, not a street: "bor på øya", "bor i bua".
  'øya',
  'øyen',
  'bua',
  'buen',
  'boden',
  'loftet',
  'hotellet',
]);

/**
 * A definite noun that streets are named as ("sjøsiden", "solhaugen", "furulunden"): with an
 * address cue before it and a house number after it, it is the street. A short one (the slopes
 * and hills "lia", "moen", "åsen") only right after "bor i/på" and with the house number said as a
 * word, as speech-to-text writes it: "bor i lia tolv".
 */
function isDefiniteStreetWord(tokens: readonly Token[], index: number): boolean {
  const lower = lowerAt(tokens, index);
  // "flytta til dattera en periode": a relative is no street.
  if (!/(?:en|et|a)$/u.test(lower) || dwellingNouns.has(lower) || relations.has(lower))
    return false;
  return (
    lower.length >= 6 ||
    (lower.length >= 3 &&
      isSpokenHouseNumber(tokens, index + 1) &&
      isRightAfterResidingVerb(tokens, index))
  );
}

/**
 * "bor i lia tolv", "bur oppi moen tre": a verb of living (not of moving) and its preposition
 * right before `index`.
 */
function isRightAfterResidingVerb(tokens: readonly Token[], index: number): boolean {
  const previous = lowerAt(tokens, index - 1);
  return (
    (previous === 'i' || previous === 'på' || fusedPlacePrepositions.has(previous)) &&
    residingVerbs.has(lowerAt(tokens, index - 2))
  );
}

/** A house number said as a word ("solbrynet tolv"), not a duration ("bor i byen tre år"). */
function isSpokenHouseNumber(tokens: readonly Token[], index: number): boolean {
  const number = tokenAt(tokens, index);
  if (number?.kind !== 'word') return false;
  const value = cardinalOf(number) ?? (isSpokenHundred(number.lower) ? 100 : undefined);
  if (value === undefined || value < 1) return false;
  const next = tokenAt(tokens, index + 1);
  return next === undefined || !durationWords.has(next.lower);
}

/**
 * "bjørnerudveien fem" from speech-to-text: a lower-case word with a strong street ending
 * ("-veien", "-gata", "-stien") that is no dictionary word, and a number said as a word that ends
 * the phrase (not "… fem ganger").
 */
/**
 * "bor i sverresborg allé 11" from speech-to-text: a lower-case name (a place or a word no list
 * knows) before a separate street word, with a typed house number after it and "i", "på", "til"
 * or "er" before it.
 */
function isLowerCaseStreetName(
  words: TokenAnalysis,
  tokens: readonly Token[],
  index: number,
): boolean {
  const name = tokenAt(tokens, index - 1);
  const cue = tokenAt(tokens, index - 2);
  if (name === undefined || cue === undefined || name.kind !== 'word') return false;
  if (name.capitalised || name.allCaps || name.lower.length < 4) return false;
  if (nynorskFunctionWords.has(name.lower)) return false;
  if (tokenAt(tokens, index + 1)?.kind !== 'number') return false;
  if (!/^(?:i|på|til|er)$/u.test(cue.lower)) return false;
  const analysis = words.analyseToken(name);
  return !analysis.nonIdentifying && (analysis.place || !analysis.common);
}

function isLowerCaseStreetBeforeSpokenNumber(
  words: TokenAnalysis,
  tokens: readonly Token[],
  index: number,
): boolean {
  const token = tokenAt(tokens, index);
  if (token === undefined || token.capitalised || token.allCaps) return false;
  // `hasStreetSuffix` first: one bit of the word's record, where `streetSuffixOf` slices the word
  // once per suffix length, and this is asked of nearly every lower-case word.
  if (!hasStreetSuffix(token) || !strongStreetSuffixes.has(streetSuffixOf(token.lower) ?? ''))
    return false;
  if (words.analyseToken(token).common || !isSpokenHouseNumber(tokens, index + 1)) return false;
  const after = tokenAt(tokens, index + 2);
  return (
    after === undefined ||
    after.kind === 'punct' ||
    /^(?:i|på|og|men|så|der|ved)$/u.test(after.lower) ||
    /^[a-h]$/u.test(after.lower)
  );
}

/** True after "nummer" or "nr." at `cueIndex` when a house number follows, typed or said. */
function hasHouseNumberAfterCue(text: string, tokens: readonly Token[], cueIndex: number): boolean {
  const dot = lowerAt(tokens, cueIndex) === 'nr' && textAt(tokens, cueIndex + 1) === '.' ? 1 : 0;
  const numberIndex = cueIndex + 1 + dot;
  return isHouseNumber(text, tokens, numberIndex) || isSpokenHouseNumber(tokens, numberIndex);
}

/** True when a four-digit postal code, after an optional comma, starts at `index`. */
function isPostalCodeAfter(tokens: readonly Token[], index: number): boolean {
  const at = textAt(tokens, index) === ',' ? index + 1 : index;
  const code = tokenAt(tokens, at);
  return code?.kind === 'number' && code.text.length === 4;
}

/** Units a dose is written in, also when capitalised ("1200 Mg", "1000 IE"). */
const doseUnits = new Set([
  'mg',
  'g',
  'kg',
  'ml',
  'l',
  'mmol',
  'ie',
  'µg',
  'mcg',
  'mikrogram',
  'e',
]);

/**
 * True when a postal code and a place name written with a capital ("1501 Moss", "1501 MOSS")
 * start at `index` (after an optional comma): a dose ("1200 mg"), a year ("2014 fikk") or a
 * number ending the line is no postal code.
 */
function isPostalCodeAndPlaceAfter(tokens: readonly Token[], index: number): boolean {
  if (!isPostalCodeAfter(tokens, index)) return false;
  const place = tokenAt(tokens, textAt(tokens, index) === ',' ? index + 2 : index + 1);
  return (
    place !== undefined &&
    place.kind === 'word' &&
    (/^\p{Lu}\p{Ll}+$/u.test(place.text) || /^\p{Lu}{3,}$/u.test(place.text)) &&
    !doseUnits.has(place.lower)
  );
}

/** True when the number at `index` is a house number, not a date ("3. juli") or a duration. */
function isHouseNumber(text: string, tokens: readonly Token[], index: number): boolean {
  const number = tokenAt(tokens, index);
  if (number === undefined || number.kind !== 'number' || number.text.length > 4) return false;
  const next = tokenAt(tokens, index + 1);
  if (next === undefined) return true;
  if ((next.text === '.' || next.text === '/') && next.start === number.end) {
    const after = tokenAt(tokens, index + 2);
    return after === undefined || (after.kind !== 'number' && !monthWords.has(after.lower));
  }
  return !monthWords.has(next.lower) && !durationWords.has(next.lower);
}

const cadastralNumber =
  /(?<![\p{L}\p{N}])(?:(?:gnr|gårdsnr|gårdsnummer)\.?\s*\d{1,4}\s*[,/]?\s*(?:bnr|bruksnr|bruksnummer)\.?\s*\d{1,4}|gnr\.?\s*\/\s*bnr\.?\s*\d{1,4}\s*\/\s*\d{1,4})(?:\s*[,/]?\s*(?:fnr|snr)\.?\s*\d{1,4})?(?![\p{L}\p{N}])/giu;

/** A literal every `cadastralNumber` match holds (same flags, so the same case folding). */
const cadastralHint = /gnr|gårdsn/iu;

export function recognizeAddresses(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
  cues: number = lineCueMask(tokens),
): void {
  // Whether any token can follow an address cue ("adressen er", "bor i"): most lines hold none.
  const cueOnLine = (cues & addressCue) !== 0;
  // "gnr. 45 bnr. 12", "gnr 112/bnr 7", "gnr./bnr. 45/12": a rural property's cadastral number.
  // Every match holds "gnr", "gårdsnr" or "gårdsnummer": a line without one is not searched.
  if (cadastralHint.test(text))
    for (const match of text.matchAll(cadastralNumber))
      out.push({
        start: match.index,
        end: match.index + match[0].length,
        type: 'ADDRESS',
        confidence: 0.9,
      });
  for (let index = 0; index < tokens.length; index++) {
    const token = tokenAt(tokens, index);
    if (token === undefined || token.kind !== 'word') continue;
    let streetStart = -1;
    let streetEnd = -1;
    if (token.lower === 'postboks' || token.lower === 'boks') {
      streetStart = index;
      streetEnd = index;
    } else if (token.lower === 'pb' && textAt(tokens, index + 1) === '.') {
      // "Pb. 45": the dot belongs to the abbreviation.
      streetStart = index;
      streetEnd = index + 1;
    } else if (
      // "Postadr.: Pb 3045 Lade": without its dot only after an address cue ("Pb 0,05" is lead).
      token.lower === 'pb' &&
      tokenAt(tokens, index + 1)?.kind === 'number' &&
      textAt(tokens, index + 2) !== ',' &&
      cueOnLine &&
      followsAddressCue(tokens, index)
    ) {
      streetStart = index;
      streetEnd = index;
    } else if (
      // "Fakturaadresse PB 77, 1501 Moss": in capitals, a box number, a postal code and a place
      // after it make a postbox without a cue ("PB 30 mg" or "PB 25, 1200 mg" for phenobarbital
      // has no place after its numbers).
      token.text === 'PB' &&
      tokenAt(tokens, index + 1)?.kind === 'number' &&
      isPostalCodeAndPlaceAfter(tokens, index + 2)
    ) {
      streetStart = index;
      streetEnd = index;
    } else if (
      token.text.length === 5 &&
      /^[HUKL]\d{4}$/u.test(token.text) &&
      (flatCues.has(lowerAt(tokens, index - 1)) ||
        (isBareFlatNumber(text, tokens, index, token) &&
          !out.some((found) => found.start <= token.start && token.end <= found.end)))
    ) {
      // "leilighet H0203", "Hun bor i H0202.": a flat number said on its own.
      out.push({ start: token.start, end: token.end, type: 'ADDRESS', confidence: 0.85 });
      continue;
    } else if (
      // "æ bor i vestre kleiva fire", "adressa er nordre bakken 4": in lower case from
      // speech-to-text, a direction word after an address cue, a name and a house number.
      !token.capitalised &&
      isDirectionWord(token) &&
      tokenAt(tokens, index + 1)?.kind === 'word' &&
      !homeParts.has(lowerAt(tokens, index + 1)) &&
      (isHouseNumber(text, tokens, index + 2) || isSpokenHouseNumber(tokens, index + 2)) &&
      cueOnLine &&
      followsAddressCue(tokens, index) &&
      !words.analyseToken(tokenAt(tokens, index + 1)).nonIdentifying
    ) {
      streetStart = index;
      streetEnd = index + 1;
    } else if (
      // "je bor på nordre flaten", "æ bur på søndre kvitberg": a farm in lower case from
      // speech-to-text, after a verb of living and its preposition, not a part of a home.
      !token.capitalised &&
      isFarmPrefix(token) &&
      tokenAt(tokens, index + 1)?.kind === 'word' &&
      (tokenAt(tokens, index + 1)?.lower.length ?? 0) >= 3 &&
      !tokenAt(tokens, index + 1)?.capitalised &&
      !homeParts.has(lowerAt(tokens, index + 1)) &&
      tokenAt(tokens, index + 2)?.kind !== 'number' &&
      cardinalOf(tokenAt(tokens, index + 2)) === undefined &&
      cueOnLine &&
      followsAddressCue(tokens, index) &&
      !words.analyseToken(tokenAt(tokens, index + 1)).nonIdentifying
    ) {
      const name = tokenAt(tokens, index + 1);
      out.push({
        start: token.start,
        end: name?.end ?? token.end,
        type: 'LOCATION',
        subtype: 'farm',
        confidence: 0.8,
      });
      continue;
    } else if (
      isFarmPrefix(token) &&
      token.capitalised &&
      isNameLike(tokenAt(tokens, index + 1)) &&
      isSpaceBetween(text, token.end, tokenAt(tokens, index + 1)?.start ?? 0) &&
      tokenAt(tokens, index + 2)?.kind !== 'number' &&
      !words.analyseToken(tokenAt(tokens, index + 1)).nonIdentifying
    ) {
      // A farm or place without a house number: "bor på Vestre Hegge".
      const name = tokenAt(tokens, index + 1);
      out.push({
        start: token.start,
        end: name?.end ?? token.end,
        type: 'LOCATION',
        subtype: 'farm',
        confidence: 0.88,
      });
      continue;
    } else if (
      // The cue first: it is the cheapest test and rarely true.
      cueOnLine &&
      (followsAddressCue(tokens, index) ||
        (token.capitalised && livesEarlierInClause(tokens, index))) &&
      (token.capitalised ||
        hasStreetSuffix(token) ||
        !words.analyseToken(token).common ||
        isDefiniteStreetWord(tokens, index)) &&
      !neverNames.has(token.lower) &&
      (isHouseNumber(text, tokens, index + 1) || isSpokenHouseNumber(tokens, index + 1)) &&
      isSpaceBetween(text, token.end, tokenAt(tokens, index + 1)?.start ?? 0) &&
      !words.analyseToken(token).nonIdentifying &&
      // "vi bodde i Tromsø 2019 til 2021": a known town and a year, not a street; "adressen er
      // Lillestrøm 2004", "bor på Kløfta 2040": a town and its postcode stay an address.
      !(
        words.analyseToken(token).place &&
        /^(?:19|20)\d{2}$/u.test(textAt(tokens, index + 1)) &&
        isTownAndYear(tokens, index)
      )
    ) {
      // A street without a street-word ending after an address cue: "adressen er Solbrynet 12",
      // and in lower case from speech-to-text: "adressen er solbrynet tolv".
      streetStart = index;
      streetEnd = index;
    } else if (
      // "ambulansen hentet pasienten i Eikelund 14", "Tilsyn i Myrvoll 8 B": after a preposition
      // of place, a capitalised name that is no word, given name or place, with a house number
      // that ends the phrase.
      token.capitalised &&
      !token.sentenceStart &&
      streetPrepositions.has(lowerAt(tokens, index - 1)) &&
      endsWithHouseNumber(text, tokens, index + 1) &&
      isSpaceBetween(text, token.end, tokenAt(tokens, index + 1)?.start ?? 0) &&
      !neverNames.has(token.lower) &&
      !monthWords.has(token.lower) &&
      isUnknownName(words, token)
    ) {
      streetStart = index;
      streetEnd = index;
    } else if (
      token.capitalised &&
      isFollowedByAddressTail(words, text, tokens, index + 1) &&
      isSpaceBetween(text, token.end, tokenAt(tokens, index + 1)?.start ?? 0) &&
      !neverNames.has(token.lower) &&
      !monthWords.has(token.lower) &&
      !durationWords.has(token.lower) &&
      !words.analyseToken(token).nonIdentifying
    ) {
      // Without a cue, a name with a house number and a flat number or a postal code after it is
      // a street: "Kongsgården 14 H0301", "Kirkebyen 22, 2150 Årnes".
      streetStart = index;
      streetEnd = index;
    } else if (
      isDirectionWord(token) &&
      token.capitalised &&
      isNameLike(tokenAt(tokens, index + 1)) &&
      isSpaceBetween(text, token.end, tokenAt(tokens, index + 1)?.start ?? 0) &&
      tokenAt(tokens, index + 2)?.kind === 'number'
    ) {
      // "Vestre Holmen 17", "Øvre Storgate 4".
      streetStart = index;
      streetEnd = index + 1;
    } else if (
      // "flytta til nedre sagvei sju": in lower case from speech-to-text, a direction word, a
      // street word and a house number, typed or said.
      !token.capitalised &&
      isDirectionWord(token) &&
      isLowerCaseStreetWithNumber(text, tokens, index + 1)
    ) {
      streetStart = index;
      streetEnd = index + 1;
    } else if (
      // "Kirkevn. 3", "Storgt. 101 B", "Sykehusvn. 38": a street word cut short before its dot.
      token.capitalised &&
      abbreviatedStreet.test(token.lower) &&
      textAt(tokens, index + 1) === '.' &&
      tokenAt(tokens, index + 1)?.start === token.end &&
      tokenAt(tokens, index + 2)?.kind === 'number'
    ) {
      streetStart = index;
      streetEnd = index;
    } else if (foreignStreetEnd(text, tokens, index) >= 0) {
      streetStart = index;
      streetEnd = foreignStreetEnd(text, tokens, index);
    } else if (
      isStreetWord(token) &&
      (isNameLike(tokenAt(tokens, index - 1)) || isLowerCaseStreetName(words, tokens, index)) &&
      isSpaceBetween(text, tokenAt(tokens, index - 1)?.end ?? 0, token.start)
    ) {
      streetStart = index - 1;
      streetEnd = index;
    } else if (
      // "ringveien nummer tjueåtte", "Fjellveien nr. 12": a street word, "nummer" or "nr." and a
      // house number, typed or said, is an address even when the street word is in the dictionary.
      hasStreetSuffix(token) &&
      (lowerAt(tokens, index + 1) === 'nummer' || lowerAt(tokens, index + 1) === 'nr') &&
      isSpaceBetween(text, token.end, tokenAt(tokens, index + 1)?.start ?? 0) &&
      hasHouseNumberAfterCue(text, tokens, index + 1) &&
      // In lower case only where someone lives: "riksveien nummer tre" is a road.
      (token.capitalised ||
        (cueOnLine && (followsAddressCue(tokens, index) || livesEarlierInClause(tokens, index))))
    ) {
      streetStart = index;
      streetEnd = index;
    } else if (
      (tokenAt(tokens, index + 1)?.kind === 'number' ||
        ((token.capitalised || isLowerCaseStreetBeforeSpokenNumber(words, tokens, index)) &&
          cardinalOf(tokenAt(tokens, index + 1)) !== undefined)) &&
      hasStreetSuffix(token)
    ) {
      // Lower case (speech-to-text): a street word with a house number is an address even when
      // the compound is in the dictionary ("fjellveien 12").
      if (
        token.capitalised ||
        !words.analyseToken(token).common ||
        (tokenAt(tokens, index + 1)?.kind === 'number' &&
          strongStreetSuffixes.has(streetSuffixOf(token.lower) ?? ''))
      ) {
        streetStart = index;
        streetEnd = index;
        // "Øvre Slottsgate", "Kong Oscars gate": take one capitalised word before.
        const before = tokenAt(tokens, index - 1);
        if (
          token.capitalised &&
          isNameLike(before) &&
          !before.sentenceStart &&
          isSpaceBetween(text, before.end, token.start)
        ) {
          streetStart = index - 1;
        }
      }
    }
    if (streetStart < 0) continue;
    // Streets named after a person: "Elias Smiths vei", "Kong Oscars gate", "Thorvald Meyers gate".
    const namedFor = tokenAt(tokens, streetStart);
    const givenBefore = tokenAt(tokens, streetStart - 1);
    if (
      namedFor !== undefined &&
      namedFor.capitalised &&
      /s$/u.test(namedFor.lower) &&
      namedFor.lower.length > 3 &&
      streetStart < streetEnd &&
      isNameLike(givenBefore) &&
      isSpaceBetween(text, givenBefore.end, namedFor.start) &&
      !neverNames.has(givenBefore.lower) &&
      !placePrepositions.has(givenBefore.lower)
    ) {
      streetStart -= 1;
      // "Hans Nielsen Hauges gate": a second given name before the first.
      const secondGiven = tokenAt(tokens, streetStart - 1);
      if (
        isNameLike(secondGiven) &&
        isSpaceBetween(text, secondGiven.end, givenBefore.start) &&
        (secondGiven.lower === 'hans' || words.analyseToken(secondGiven).firstName) &&
        !placePrepositions.has(secondGiven.lower)
      )
        streetStart -= 1;
    }
    // "St. Olavs gate 28", "Dr. Holms vei 4": the abbreviated title and its dot before the name.
    const titled = streetStart < streetEnd && followsStreetTitle(tokens, streetStart);
    if (titled) streetStart -= 2;
    // "gt. 14", "Kirkevn. 3": the dot of an abbreviated street word belongs to the street.
    const abbreviationDot = tokenAt(tokens, streetEnd + 1);
    if (
      abbreviationDot?.text === '.' &&
      abbreviationDot.start === tokenAt(tokens, streetEnd)?.end &&
      isAbbreviatedStreetWord(lowerAt(tokens, streetEnd))
    )
      streetEnd += 1;
    // "ringveien nummer tjueåtte", "Fjellveien nr. 12": the number after "nummer"/"nr.".
    const cue = tokenAt(tokens, streetEnd + 1);
    const cueLength =
      cue?.lower === 'nummer' || cue?.lower === 'nr'
        ? textAt(tokens, streetEnd + 2) === '.' && cue.lower === 'nr'
          ? 2
          : 1
        : 0;
    const numberIndex = streetEnd + 1 + cueLength;
    const number = tokenAt(tokens, numberIndex);
    const street = tokenAt(tokens, streetEnd);
    if (number === undefined || street === undefined) continue;
    const spokenNumber =
      number.kind === 'word' && (cardinalOf(number) !== undefined || isSpokenHundred(number.lower));
    // The length cap is for digits ("12345678"); a spoken house number over ninety or a hundred
    // is a long word ("nittiseks", "hundreogfem") and a house number still.
    if (number.kind !== 'number' && !spokenNumber) continue;
    if (number.kind === 'number' && number.text.length > 8) continue;
    if (cueLength === 0 && !isSpaceBetween(text, street.end, number.start)) continue;
    // "Opphold i Somalia 3 måneder", "i Spania 2 uker": how long, not a house number.
    if (cueLength === 0 && durationWords.has(lowerAt(tokens, numberIndex + 1))) continue;
    let end = number.end;
    const letter = tokenAt(tokens, numberIndex + 1);
    if (
      letter !== undefined &&
      letter.kind === 'word' &&
      letter.text.length === 1 &&
      /[A-Ha-h]/u.test(letter.text) &&
      letter.start - number.end <= 1 &&
      isSpaceBetween(text, number.end, letter.start)
    ) {
      const afterLetter = tokenAt(tokens, numberIndex + 2);
      if (
        afterLetter === undefined ||
        afterLetter.kind === 'punct' ||
        afterLetter.start > letter.end
      )
        end = letter.end;
    }
    // "Strandveien 12-14", "Ringvegen 5 - 7": a range of house numbers.
    const dash = tokenAt(tokens, numberIndex + 1);
    const rangeEnd = tokenAt(tokens, numberIndex + 2);
    if (
      end === number.end &&
      number.kind === 'number' &&
      (dash?.text === '-' || dash?.text === '–') &&
      dash.start - number.end <= 1 &&
      rangeEnd?.kind === 'number' &&
      rangeEnd.start - dash.end <= 1 &&
      rangeEnd.text.length <= 3 &&
      Number(rangeEnd.text) > Number(number.text) &&
      !monthWords.has(lowerAt(tokens, numberIndex + 3)) &&
      !durationWords.has(lowerAt(tokens, numberIndex + 3))
    )
      end = rangeEnd.end;
    // "ul. Mickiewicza 14/6": a flat number after a slash, written as in Poland and Russia.
    const slash = tokenAt(tokens, numberIndex + 1);
    const flatAfterSlash = tokenAt(tokens, numberIndex + 2);
    if (
      end === number.end &&
      number.kind === 'number' &&
      slash?.text === '/' &&
      slash.start === number.end &&
      flatAfterSlash?.kind === 'number' &&
      flatAfterSlash.start === slash.end &&
      flatAfterSlash.text.length <= 3 &&
      !monthWords.has(lowerAt(tokens, numberIndex + 3))
    )
      end = flatAfterSlash.end;
    // Flat number after the house number: "Tvetenveien 150 H0402", "Skovveien 15 leil. 402".
    const lastIndex = end === number.end ? numberIndex : numberIndex + 1;
    const flat = tokenAt(tokens, lastIndex + 1);
    // "Løkkeveien 10, H0102": the flat number may follow a comma.
    const flatAfterComma =
      flat?.text === ',' && flat.start === end ? tokenAt(tokens, lastIndex + 2) : undefined;
    if (
      flat !== undefined &&
      flat.kind === 'word' &&
      /^[HUKL]\d{4}$/u.test(flat.text) &&
      isSpaceBetween(text, end, flat.start)
    )
      end = flat.end;
    else if (
      flatAfterComma?.kind === 'word' &&
      /^[HUKL]\d{4}$/u.test(flatAfterComma.text) &&
      isSpaceBetween(text, flat?.end ?? end, flatAfterComma.start)
    )
      end = flatAfterComma.end;
    else if (
      flat !== undefined &&
      flatCues.has(flat.lower) &&
      isSpaceBetween(text, end, flat.start)
    ) {
      const dot = textAt(tokens, lastIndex + 2) === '.' ? 1 : 0;
      const flatNumber = tokenAt(tokens, lastIndex + 2 + dot);
      if (flatNumber !== undefined && /^(?:[HUKL]?\d{1,4})$/u.test(flatNumber.text))
        end = flatNumber.end;
    }
    // Above the institution of the same name inside it ("St. Olavs" in "St. Olavs gate 28").
    const confidence = titled
      ? 0.96
      : token.capitalised || streetStart < index
        ? 0.92
        : followsAddressCue(tokens, index)
          ? 0.85
          : 0.75;
    out.push({
      start: tokenAt(tokens, streetStart)?.start ?? token.start,
      end,
      type: 'ADDRESS',
      confidence,
    });
  }
}

/**
 * A spoken house number of a hundred or more in one word: "hundreogfem", "etthundreogtjue",
 * "hundreogseksogtjue" (105, 120, 126). The shared number words stop at 99.
 */
function isSpokenHundred(lower: string): boolean {
  const match = /^(?:ett)?hundre(?:og(.+))?$/u.exec(lower);
  if (match === null) return false;
  const rest = match[1];
  return rest === undefined || parseCardinalWord(rest) !== undefined;
}

/** Abbreviated titles streets are named with: "St. Olavs gate", "Dr. Holms vei". */
const streetTitles = new Set(['st', 'dr', 'prof', 'kong', 'dronning']);

/** True when "St." or "Dr." and its dot stand right before the name at `index`. */
function followsStreetTitle(tokens: readonly Token[], index: number): boolean {
  const dot = tokenAt(tokens, index - 1);
  const title = tokenAt(tokens, index - 2);
  return (
    dot?.text === '.' &&
    title !== undefined &&
    title.capitalised &&
    title.end === dot.start &&
    streetTitles.has(title.lower)
  );
}
