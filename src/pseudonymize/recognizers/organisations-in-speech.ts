import { nynorskFunctionWords } from '../gazetteers/nynorsk-function-words.js';
import { cardinalOf, wordClass } from '../word-record.js';
import { lowerAt, tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { isEmploymentToken, type TokenAnalysis } from './token-analysis.js';

/**
 * Organisations, workplaces, post offices and places as people say them in a consultation:
 * a sports club after "spiller for" ("spiller fotball for Rosenborg"), a chain shop after a
 * preposition ("begynt på Meny"), the site of a workplace ("jobber på Tine på Tunga"), a
 * company in lower case from speech-to-text ("hos berg maskin as"), and a postal code said in
 * words or written with a country prefix ("sju null åtte fire melhus", "N-7501 Stjørdal").
 */
export function recognizeOrganisationsInSpeech(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 0; index < tokens.length; index++) {
    const token = tokenAt(tokens, index);
    if (token === undefined) continue;
    if (token.kind === 'number') {
      recognizePrefixedPostalCode(words, text, tokens, index, out);
      recognizeLowerCasePostOffice(words, text, tokens, index, out);
      recognizeCodeAfterHouseNumber(words, text, tokens, index, out);
      continue;
    }
    if (token.kind !== 'word') continue;
    recognizePrefixedWordPostalCode(words, text, tokens, index, out);
    recognizeSpokenPostalCode(words, text, tokens, index, out);
    if (isSportVerb(token)) recognizeClub(words, text, tokens, index, out);
    if (token.lower === 'med' && lowerAt(tokens, index + 1) === 'i') {
      // "er med i Stjørdals-Blink": a hyphenated name of capitalised parts is a club or a group.
      const club = tokenAt(tokens, index + 2);
      if (club !== undefined && isCapitalisedCompoundName(club))
        out.push({ start: club.start, end: club.end, type: 'ORGANIZATION', confidence: 0.85 });
    }
    if (isPlacePrepositionAfterWork(token) || token.lower === 'ved' || token.lower === 'for')
      recognizeAcronymEmployer(words, text, tokens, index, out);
    if (token.lower === 'på' || token.lower === 'ved')
      recognizeCompanyAtSite(words, text, tokens, index, out);
    if (isPlacePrepositionAfterWork(token)) {
      recognizeChainShop(words, text, tokens, index, out);
      recognizeWorkplaceSite(words, text, tokens, index, out);
      recognizeLowerCaseCompany(words, text, tokens, index, out);
    }
  }
}

/** The post office of `code` in the register, lower-case, or undefined. */
function officeOf(words: TokenAnalysis, code: string): string | undefined {
  return words.lexicon.postalCodes.get(code);
}

/** The last token index of `office` written from `from` on (any case), or -1. */
function officeEnd(
  text: string,
  tokens: readonly Token[],
  from: number,
  office: string | undefined,
): number {
  if (office === undefined) return -1;
  const parts = office.split(' ');
  for (let offset = 0; offset < parts.length; offset++) {
    const part = tokenAt(tokens, from + offset);
    const before = tokenAt(tokens, from + offset - 1);
    if (part === undefined || part.kind !== 'word' || part.lower !== parts[offset]) return -1;
    if (before !== undefined && !isSpaceBetween(text, before.end, part.start)) {
      // "7030 Trondheim," is fine; "7030-Trondheim" is not a post office.
      if (before.end !== part.start || offset > 0) return -1;
    }
  }
  return from + parts.length - 1;
}

function pushPostalCode(
  tokens: readonly Token[],
  code: { start: number; end: number },
  officeFirst: number,
  officeLast: number,
  out: Candidate[],
): void {
  out.push({ start: code.start, end: code.end, type: 'POSTAL_CODE', confidence: 0.95 });
  const first = tokenAt(tokens, officeFirst);
  const last = tokenAt(tokens, officeLast);
  if (first !== undefined && last !== undefined)
    out.push({ start: first.start, end: last.end, type: 'LOCATION', confidence: 0.95 });
}

/** "N-7501 Stjørdal", "NO-7590 Tydal": a postal code with a country prefix and its post office. */
function recognizePrefixedPostalCode(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  index: number,
  out: Candidate[],
): void {
  const token = tokenAt(tokens, index);
  const dash = tokenAt(tokens, index - 1);
  const prefix = tokenAt(tokens, index - 2);
  if (token === undefined || dash === undefined || prefix === undefined) return;
  if (token.text.length !== 4 || dash.text !== '-' || (prefix.text !== 'N' && prefix.text !== 'NO'))
    return;
  if (prefix.end !== dash.start || dash.end !== token.start) return;
  const end = officeEnd(text, tokens, index + 1, officeOf(words, token.text));
  if (end < 0 || !isSpaceBetween(text, token.end, tokenAt(tokens, index + 1)?.start ?? token.end))
    return;
  pushPostalCode(tokens, { start: prefix.start, end: token.end }, index + 1, end, out);
}

/** "N-7501 Stjørdal" read as one word: the prefixed code and its post office. */
function recognizePrefixedWordPostalCode(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  index: number,
  out: Candidate[],
): void {
  const token = tokenAt(tokens, index);
  const next = tokenAt(tokens, index + 1);
  // The code starts with "N": the pattern is tried only then.
  if (token === undefined || next === undefined || !token.text.startsWith('N')) return;
  const match = /^(?:N|NO)-(\d{4})$/u.exec(token.text);
  if (match?.[1] === undefined || !isSpaceBetween(text, token.end, next.start)) return;
  const end = officeEnd(text, tokens, index + 1, officeOf(words, match[1]));
  if (end >= 0) pushPostalCode(tokens, token, index + 1, end, out);
}

/** "7224 melhus" from speech-to-text: a typed postal code and its post office in lower case. */
function recognizeLowerCasePostOffice(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  index: number,
  out: Candidate[],
): void {
  const token = tokenAt(tokens, index);
  const next = tokenAt(tokens, index + 1);
  if (token === undefined || next === undefined || token.text.length !== 4) return;
  if (next.kind !== 'word' || next.capitalised || next.allCaps) return;
  if (!isSpaceBetween(text, token.end, next.start)) return;
  const end = officeEnd(text, tokens, index + 1, officeOf(words, token.text));
  if (end >= 0) pushPostalCode(tokens, token, index + 1, end, out);
}

/**
 * "sju null åtte fire melhus", "sju fem fem en Hommelvik", "sju tre hundre orkanger": four digits
 * said in words, right before the post office the register gives for them. The office must match
 * the code, so a run of counted things ("to tre fire fem ganger") never is one.
 */
function recognizeSpokenPostalCode(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  index: number,
  out: Candidate[],
): void {
  const first = tokenAt(tokens, index);
  if (first === undefined || cardinalOf(first) === undefined) return;
  // Start only at the first number word of a run.
  const before = tokenAt(tokens, index - 1);
  if (before !== undefined && before.kind === 'word' && cardinalOf(before) !== undefined) return;
  const pieces: number[] = [];
  let last = index - 1;
  for (let at = index; at < tokens.length && at - index < 6; at++) {
    const part = tokenAt(tokens, at);
    if (part === undefined || part.kind !== 'word') break;
    const value = part.lower === 'hundre' ? 100 : cardinalOf(part);
    if (value === undefined) break;
    if (value === 100 && pieces.length > 0) {
      pieces[pieces.length - 1] = (pieces[pieces.length - 1] ?? 0) * 100;
    } else if (value >= 100) break;
    else pieces.push(value);
    last = at;
  }
  if (last < index) return;
  // "kvernbekken seks sju to to fire melhus": a house number may open the run; the code is the
  // last four digits.
  let skipped = 0;
  while (pieces.slice(skipped).map(String).join('').length > 4) skipped++;
  const digits = pieces.slice(skipped).map(String).join('');
  if (digits.length !== 4 || pieces.length - skipped < 2) return;
  const firstToken = tokenAt(tokens, index + skipped);
  const lastToken = tokenAt(tokens, last);
  if (firstToken === undefined || lastToken === undefined) return;
  let end = officeEnd(text, tokens, last + 1, officeOf(words, digits));
  // "sju null tre null Heimdal": four digits said one by one (or two pairs) before any post
  // office's name, even when the register gives that code another office.
  const spokenDigitByDigit =
    skipped === 0 &&
    (pieces.length === 4 || (pieces.length === 2 && pieces.every((piece) => piece >= 10)));
  if (end < 0 && spokenDigitByDigit) {
    const office = tokenAt(tokens, last + 1);
    if (office?.kind === 'word' && getPostOffices(words).has(office.lower)) end = last + 1;
  }
  if (end < 0) return;
  pushPostalCode(tokens, { start: firstToken.start, end: lastToken.end }, last + 1, end, out);
}

const postOffices = new WeakMap<TokenAnalysis, ReadonlySet<string>>();

/** Every one-word post office name of the register, lower-case (made once per lexicon). */
function getPostOffices(words: TokenAnalysis): ReadonlySet<string> {
  let offices = postOffices.get(words);
  if (offices === undefined) {
    offices = new Set(
      [...words.lexicon.postalCodes.values()].filter((name) => !name.includes(' ')),
    );
    postOffices.set(words, offices);
  }
  return offices;
}

/**
 * "Storgata 1, 7030": a code of the register right after a house number and a comma, with no
 * post office after it.
 */
function recognizeCodeAfterHouseNumber(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  index: number,
  out: Candidate[],
): void {
  const token = tokenAt(tokens, index);
  const comma = tokenAt(tokens, index - 1);
  const houseNumber = tokenAt(tokens, index - 2);
  const street = tokenAt(tokens, index - 3);
  if (token === undefined || comma?.text !== ',' || houseNumber === undefined) return;
  if (token.text.length !== 4 || officeOf(words, token.text) === undefined) return;
  if (houseNumber.kind !== 'number' || houseNumber.text.length > 3) return;
  if (street?.kind !== 'word') return;
  if (
    !street.capitalised &&
    !/^(?:gate|gata|vei|veg|veien|vegen|allé|alle|plass)$/u.test(street.lower)
  )
    return;
  if (!isSpaceBetween(text, comma.end, token.start)) return;
  out.push({ start: token.start, end: token.end, type: 'POSTAL_CODE', confidence: 0.8 });
}

/** Verbs of a sport or pastime that name the club after "for" or "i". */
const sportVerbs = new Set([
  'spiller',
  'spilte',
  'spelar',
  'spela',
  'trener',
  'trente',
  'trenar',
  'trena',
  'løper',
  'går',
  'gikk',
  'kjører',
  'bryter',
  'padler',
  'svømmer',
  'turner',
  'danser',
  'representerer',
]);
const isSportVerb = wordClass(sportVerbs);

/** Sports and pastimes said between the verb and the club: "spiller fotball for …". */
const sportNouns = new Set([
  'fotball',
  'håndball',
  'hockey',
  'ishockey',
  'bandy',
  'innebandy',
  'basket',
  'basketball',
  'volleyball',
  'ski',
  'langrenn',
  'skiskyting',
  'hopp',
  'orientering',
  'friidrett',
  'turn',
  'svømming',
  'bryting',
  'judo',
  'karate',
  'taekwondo',
  'boksing',
  'sjakk',
  'golf',
  'tennis',
  'badminton',
  'handball',
  'futsal',
  'rugby',
  'cricket',
  'curling',
  'roing',
  'padling',
  'sykling',
  'skøyter',
  'kunstløp',
  'dans',
]);

/** Words that may stand between the verb and the preposition: "spiller aktivt fotball for …". */
const sportFillers = new Set(['aktivt', 'også', 'fortsatt', 'mye', 'litt', 'på', 'elite', 'lag']);

/** Club words said after the club's name: "Nidaros Hockey", "Kolstad Håndball". */
const clubTails = new Set([
  'hockey',
  'håndball',
  'fotball',
  'ski',
  'basket',
  'volley',
  'turn',
  'friidrett',
  'orientering',
  'il',
  'if',
  'sk',
  'bk',
  'fk',
  'hk',
  'tif',
  'ik',
]);

/**
 * "spiller fotball for Rosenborg", "trener håndball i Kolstad", "spiller hockey for Nidaros
 * Hockey", "han spiller for kolstad": the club after a sport verb (and sport) and "for" or "i".
 */
function recognizeClub(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  index: number,
  out: Candidate[],
): void {
  let at = index + 1;
  let sawSport = false;
  while (at < tokens.length && at - index <= 4) {
    const part = tokenAt(tokens, at);
    if (part === undefined || part.kind !== 'word') return;
    if (sportNouns.has(part.lower)) sawSport = true;
    else if (!sportFillers.has(part.lower) || part.lower === 'på') break;
    at++;
  }
  const preposition = tokenAt(tokens, at);
  if (preposition === undefined) return;
  // "går på ski i IL Trond" needs the sport; "spiller for Ranheim" needs none.
  const isFor = preposition.lower === 'for';
  const verb = lowerAt(tokens, index);
  const plays = playVerbs.has(verb);
  // "spiller i Trondheims-Ørn", "trener med Nidaros Jets": a weaker frame, so the name must hold
  // a capitalised word that is neither a given name nor a place ("spiller i Oslo" is a place).
  const weakFrame =
    !isFor &&
    !(preposition.lower === 'i' && sawSport) &&
    ((preposition.lower === 'i' && plays) || (preposition.lower === 'med' && !sawSport));
  if (!isFor && !(preposition.lower === 'i' && sawSport) && !weakFrame) return;
  if (!sawSport && !plays && !weakFrame) return;
  const nameFirst = at + 1;
  let nameLast = -1;
  let endsInClubWord = false;
  for (let part = nameFirst; part < tokens.length && part - nameFirst < 3; part++) {
    const name = tokenAt(tokens, part);
    const previous = tokenAt(tokens, part - 1);
    if (name === undefined || previous === undefined || name.kind !== 'word') break;
    if (!isSpaceBetween(text, previous.end, name.start)) break;
    if (part > nameFirst && clubTails.has(name.lower)) {
      nameLast = part;
      endsInClubWord = true;
      break;
    }
    // "Stjernen Hockey": a capitalised word, even an ordinary one, before a club word.
    const beforeTail =
      (name.capitalised || name.allCaps) && clubTails.has(lowerAt(tokens, part + 1));
    if (!beforeTail && !isClubNamePart(words, name)) break;
    nameLast = part;
  }
  if (nameLast < nameFirst) return;
  // "spelar i Os Turn": a club word after the name is enough, even after a place ("Os").
  if (weakFrame && !endsInClubWord && !holdsClubWord(words, tokens, nameFirst, nameLast)) return;
  const first = tokenAt(tokens, nameFirst);
  const last = tokenAt(tokens, nameLast);
  if (first === undefined || last === undefined) return;
  out.push({
    start: first.start,
    end: last.end,
    type: 'ORGANIZATION',
    subtype: 'institution',
    confidence: 0.93,
  });
}

const playVerbs = new Set(['spiller', 'spilte', 'spelar', 'spela']);

/** Endings of leagues and groups that are no club: "Eliteserien", "skolekorpset". */
const notClubEnding = /(?:serien|divisjon|divisjonen|ligaen|korps|korpset|band|bandet)$/u;

/** True when the run holds a capitalised word that is neither a given name nor a place. */
function holdsClubWord(
  words: TokenAnalysis,
  tokens: readonly Token[],
  first: number,
  last: number,
): boolean {
  for (let part = first; part <= last; part++) {
    const token = tokenAt(tokens, part);
    if (token === undefined || !(token.capitalised || token.allCaps) || token.sentenceStart)
      continue;
    if (notClubEnding.test(token.lower)) return false;
    if (isCapitalisedCompoundName(token)) return true;
    const analysis = words.analyseToken(token);
    if (!analysis.firstName && !analysis.place && !analysis.common) return true;
  }
  return false;
}

/** "Trondheims-Ørn", "Stjørdals-Blink": hyphenated parts that are all capitalised. */
function isCapitalisedCompoundName(token: Token): boolean {
  return /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u.test(token.text);
}

/** A word that can name a club: capitalised, or a place, surname or unknown word in lower case. */
function isClubNamePart(words: TokenAnalysis, token: Token): boolean {
  if (isCapitalisedCompoundName(token)) return true;
  const analysis = words.analyseToken(token);
  if (analysis.nonIdentifying || analysis.term) return false;
  if (token.capitalised || token.allCaps) return !analysis.common || analysis.place;
  if (token.lower.length < 4 || nynorskFunctionWords.has(token.lower)) return false;
  return !analysis.common && (analysis.place || analysis.surname || !analysis.entry);
}

/** Prepositions before a workplace or a shop ("på lageret til Tine på Byneset" with "til"). */
const placePrepositionsAfterWork = new Set(['på', 'i', 'hos', 'til']);
const isPlacePrepositionAfterWork = wordClass(placePrepositionsAfterWork);

/** Chain shops whose names are also ordinary words or are missed alone: "begynt på Meny". */
const chainShops = new Set([
  'rema',
  'kiwi',
  'meny',
  'spar',
  'joker',
  'bunnpris',
  'europris',
  'extra',
  'obs',
  'prix',
  'xxl',
  'elkjøp',
  'vinmonopolet',
  'normal',
  'clas',
  'biltema',
  'jernia',
  'tine',
  'nidar',
  'posten',
  'iss',
]);

/** Words of starting, leaving or working that make a shop after "på" the workplace. */
const workStarts = new Set([
  'begynt',
  'begynte',
  'starta',
  'startet',
  'slutta',
  'sluttet',
  'jobbet',
  'jobba',
  'jobber',
  'jobbar',
  'vikar',
  'vikarierer',
  'ekstravakter',
  'deltid',
  'sommerjobb',
  'helgejobb',
  'deltidsjobb',
  'vikariat',
  'vikariatet',
  'ekstrahjelp',
  'butikksjef',
  'kassedame',
  'lærling',
  'jobb',
]);

/**
 * "begynt på Meny", "sommerjobb på Joker", "renholder hos ISS": a chain's name, capitalised and
 * not at a sentence start ("Spar på saltet" is advice), after a preposition in a work frame.
 */
function recognizeChainShop(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  index: number,
  out: Candidate[],
): void {
  const shop = tokenAt(tokens, index + 1);
  const preposition = tokenAt(tokens, index);
  if (shop === undefined || preposition === undefined || shop.kind !== 'word') return;
  if (!(shop.capitalised || shop.allCaps) || shop.sentenceStart) return;
  if (!chainShops.has(shop.lower)) return;
  if (!isSpaceBetween(text, preposition.end, shop.start)) return;
  if (!hasWorkFrame(words, tokens, index)) return;
  out.push({ start: shop.start, end: shop.end, type: 'WORKPLACE', confidence: 0.9 });
}

/** Acronyms after a work preposition that are a field or a generic service, not an employer. */
const genericAcronyms = new Set([
  'IT',
  'IKT',
  'HR',
  'PR',
  'NAV',
  'AMK',
  'KAD',
  'DPS',
  'BUP',
  'SFO',
  'PPT',
  'USA',
  'EU',
  'TV',
  'PC',
  'ICU',
  'MR',
  'CT',
  'AS',
]);

/** "jobber i DNB", "renholder hos ISS", "forsker ved SINTEF": an acronym in a work frame. */
function recognizeAcronymEmployer(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  index: number,
  out: Candidate[],
): void {
  const preposition = tokenAt(tokens, index);
  const acronym = tokenAt(tokens, index + 1);
  if (preposition === undefined || acronym === undefined || acronym.kind !== 'word') return;
  if (!acronym.allCaps || acronym.text.length > 6 || genericAcronyms.has(acronym.text)) return;
  if (!isSpaceBetween(text, preposition.end, acronym.start)) return;
  // "jobber i IT-avdelingen" is one token; "på CT i dag" is no employer.
  const after = tokenAt(tokens, index + 2);
  if (after !== undefined && after.start === acronym.end && after.text === '-') return;
  if (!hasWorkFrame(words, tokens, index)) return;
  out.push({ start: acronym.start, end: acronym.end, type: 'WORKPLACE', confidence: 0.85 });
}

/** A word of work within the last eight tokens of the sentence. */
export function hasWorkFrame(
  words: TokenAnalysis,
  tokens: readonly Token[],
  index: number,
): boolean {
  if (words.hasEmploymentContext(tokens, index)) return true;
  for (let back = index - 1; back >= 0 && index - back <= 4; back--) {
    const token = tokenAt(tokens, back);
    if (token === undefined || (token.kind === 'punct' && token.text !== ',')) return false;
    if (workStarts.has(token.lower)) return true;
  }
  return false;
}

/**
 * "jobber på Tine på Tunga", "sommerjobb på Joker på Byneset": after a named workplace (a
 * capitalised name or a number, after a preposition in a work frame), "på" or "i" and a
 * capitalised word is where it stands — a place, even when the word is also a noun ("Tunga").
 */
function recognizeWorkplaceSite(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  index: number,
  out: Candidate[],
): void {
  const preposition = tokenAt(tokens, index);
  const site = tokenAt(tokens, index + 1);
  if (preposition === undefined || preposition.lower === 'hos') return;
  if (site === undefined || site.kind !== 'word' || !site.capitalised || site.sentenceStart) return;
  if (!isSpaceBetween(text, preposition.end, site.start)) return;
  const siteAnalysis = words.analyseToken(site);
  if (siteAnalysis.nonIdentifying || siteAnalysis.term || siteAnalysis.region) return;
  // Walk back over the workplace's name (one to three capitalised words or numbers).
  let back = index - 1;
  let nameParts = 0;
  while (back >= 0 && nameParts < 3) {
    const part = tokenAt(tokens, back);
    if (part === undefined) return;
    if (part.kind === 'number' || (part.kind === 'word' && (part.capitalised || part.allCaps))) {
      nameParts++;
      back--;
      continue;
    }
    break;
  }
  if (nameParts === 0) return;
  const workPreposition = tokenAt(tokens, back);
  if (workPreposition === undefined || !placePrepositionsAfterWork.has(workPreposition.lower))
    return;
  if (!hasWorkFrame(words, tokens, back)) return;
  out.push({ start: site.start, end: site.end, type: 'LOCATION', confidence: 0.85 });
}

/**
 * "prosessoperatør ved Yara Glomfjord", "jobber på Hydro Sunndal": a capitalised name and the
 * known place of its site, after "på"/"ved" in a work frame, is one workplace — even when the
 * name is also a given name ("Yara"). ("hos" is left out: one works "hos" a person.)
 */
function recognizeCompanyAtSite(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  index: number,
  out: Candidate[],
): void {
  const preposition = tokenAt(tokens, index);
  const name = tokenAt(tokens, index + 1);
  if (preposition === undefined || name === undefined || name.kind !== 'word') return;
  if (!name.capitalised || name.sentenceStart || name.text.length < 3) return;
  if (!isSpaceBetween(text, preposition.end, name.start)) return;
  const site = tokenAt(tokens, index + 2);
  if (site === undefined || !site.capitalised || !isSpaceBetween(text, name.end, site.start))
    return;
  const siteEnd = words.placeAt(text, tokens, index + 2);
  if (siteEnd < 0) return;
  const lexicon = words.lexicon;
  const nameAnalysis = words.analyseToken(name);
  if (
    nameAnalysis.place ||
    nameAnalysis.region ||
    nameAnalysis.nonIdentifying ||
    nameAnalysis.term ||
    lexicon.institutionHeadWords.has(name.lower) ||
    lexicon.institutionLeadWords.has(name.lower)
  )
    return;
  if (!hasWorkFrame(words, tokens, index)) return;
  const last = tokenAt(tokens, siteEnd);
  if (last === undefined) return;
  out.push({ start: name.start, end: last.end, type: 'WORKPLACE', confidence: 0.93 });
}

/** Lower-case business words a company name ends in before "as": "berg maskin as". */
const lowerCompanyHeads = new Set([
  'maskin',
  'bygg',
  'rør',
  'elektro',
  'transport',
  'regnskap',
  'eiendom',
  'entreprenør',
  'service',
  'snekkeri',
  'auto',
  'bil',
  'data',
  'consult',
  'handel',
  'anlegg',
  'renhold',
  'vekst',
  'drift',
  'trafikk',
]);

/**
 * "jobber hos berg maskin as", "hun jobber hos hansen rør as" from speech-to-text: one or two
 * name words, a business word and a lower-case "as" after a preposition in a work frame.
 */
function recognizeLowerCaseCompany(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  index: number,
  out: Candidate[],
): void {
  for (let last = index + 2; last <= index + 4 && last < tokens.length; last++) {
    const tail = tokenAt(tokens, last);
    const head = tokenAt(tokens, last - 1);
    if (tail === undefined || head === undefined) return;
    if (tail.kind !== 'word') return;
    if (tail.lower !== 'as' && tail.lower !== 'asa') continue;
    if (!lowerCompanyHeads.has(head.lower)) return;
    for (let part = index + 1; part < last; part++) {
      const word = tokenAt(tokens, part);
      const previous = tokenAt(tokens, part - 1);
      if (word === undefined || previous === undefined || word.kind !== 'word') return;
      if (!isSpaceBetween(text, previous.end, word.start)) return;
    }
    if (
      !hasWorkFrame(words, tokens, index) &&
      !isEmploymentToken(tokenAt(tokens, index - 1) ?? tail)
    )
      return;
    const first = tokenAt(tokens, index + 1);
    if (first === undefined) return;
    out.push({ start: first.start, end: tail.end, type: 'WORKPLACE', confidence: 0.9 });
    return;
  }
}
