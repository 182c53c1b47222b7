import { tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { wordClass } from '../word-record.js';
import { hasWorkFrame } from './organisations-in-speech.js';
import {
  hasLineBreak,
  isNameLike,
  tokenIndexEndingAt,
  tokenIndexStartingAt,
  type TokenAnalysis,
} from './token-analysis.js';

/** Prepositions before the site one works at: "operatør på Kårstø", "ansatt ved Mongstad". */
const sitePrepositions = new Set(['på', 'ved']);

/** Verbs of working right before "på"/"ved": "jobber på Mongstad", "eg jobbar på Kårstø". */
const workVerbs = new Set([
  'jobber',
  'jobbar',
  'jobbe',
  'jobba',
  'jobbet',
  'arbeider',
  'arbeidar',
  'arbeidet',
  'arbeida',
]);

/**
 * Trades of a plant, a terminal or a field, before "på/ved" and the site: "prosessoperatør på
 * Kårstø", "mekaniker ved Mongstad", "kranfører på Husnes". Trades of any place ("miljøarbeider på
 * Rjukan", "lærer på Gol") are not among them: there the place says where, not who employs.
 */
const plantTradeEnding =
  /(?:operatør|tekniker|teknikar|mekaniker|mekanikar|laborant|sveiser|sveisar|kranfører|kranførar|truckfører|truckførar|elektriker|elektrikar|rigger|riggar|boreleder|dekksarbeider|plattformarbeider)$/u;

/**
 * "eg jobbar på Johan Sverdrup", "Jobber på Mongstad": a name found on its own right after
 * "på"/"ved" in a work frame is where the person works — a plant, a field or a vessel — so it is
 * the workplace. A person's name there always is (one works "hos" a person, not "på"); a place
 * only right after a verb of working ("miljøarbeider på Rjukan" and "fisker ved Træna" say where
 * the work is done, and stay places), and never after an employer's name ("jobber på Rema på
 * Storo", "i Hammerfest LNG på Melkøya", "i barnehage på Gol"). Pushes a WORKPLACE candidate over
 * the same span, a little more confident than the place or person it retypes.
 */
export function recognizeWorkSites(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  const ends = new Set<number>();
  for (const candidate of out) ends.add(candidate.end);
  const retyped: Candidate[] = [];
  for (const candidate of out) {
    if (candidate.type !== 'LOCATION' && candidate.type !== 'PERSON') continue;
    const first = tokenIndexStartingAt(tokens, candidate.start);
    if (first < 1) continue;
    const preposition = tokenAt(tokens, first - 1);
    const name = tokenAt(tokens, first);
    if (preposition === undefined || name === undefined) continue;
    if (!sitePrepositions.has(preposition.lower)) continue;
    const before = tokenAt(tokens, first - 2);
    if (before === undefined) continue;
    // "operatør på Mongstad", "eg er sveisar på kårstø": a trade of a plant before the site.
    const plantTrade = candidate.type === 'LOCATION' && plantTradeEnding.test(before.lower);
    if (!(name.capitalised || name.allCaps || plantTrade) || name.sentenceStart) continue;
    if (!isSpaceBetween(text, preposition.end, name.start)) continue;
    // "på Rema på Storo", "Hammerfest LNG på Melkøya": the site after a named employer.
    if (ends.has(before.end) || before.kind === 'number' || before.allCaps) continue;
    if (isNameLike(before) && !before.sentenceStart) continue;
    if (
      candidate.type === 'LOCATION'
        ? !workVerbs.has(before.lower) && !plantTrade
        : !hasWorkFrame(words, tokens, first - 1)
    )
      continue;
    if (tokenIndexEndingAt(tokens, candidate.end) < first) continue;
    retyped.push({
      start: candidate.start,
      end: candidate.end,
      type: 'WORKPLACE',
      confidence: Math.min(0.99, candidate.confidence + 0.01),
    });
  }
  for (const candidate of retyped) out.push(candidate);
  retypeReferralWorkplaces(tokens, out);
  recognizeVessels(words, text, tokens, out);
  recognizePlatforms(words, text, tokens, out);
}

/** Nouns a vessel's name follows: "båten Kvitholmen", "sjarken Havbris", "tråleren Nordstjerna". */
const vesselNouns = new Set([
  'båten',
  'fiskebåten',
  'sjarken',
  'skøyta',
  'skuta',
  'tråleren',
  'snurperen',
  'brønnbåten',
  'skipet',
  'fartøyet',
  'supplybåten',
  'ferja',
  'ferga',
  'ferjen',
]);
const isVesselNoun = wordClass(vesselNouns);

/**
 * "har båten Kvitholmen", "skipper på tråleren Nordstjerna": a capitalised name right after a
 * noun of a vessel is the vessel one works on, a workplace (and one or two words after it, or a
 * number: "Havbris II", "Senja 3").
 */
function recognizeVessels(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 0; index + 1 < tokens.length; index++) {
    const noun = tokenAt(tokens, index);
    const name = tokenAt(tokens, index + 1);
    if (noun === undefined || name === undefined || !isVesselNoun(noun)) continue;
    if (!isNameLike(name) || name.sentenceStart || !isSpaceBetween(text, noun.end, name.start))
      continue;
    const analysis = words.analyseToken(name);
    if (analysis.term || analysis.nonIdentifying || analysis.region) continue;
    let last = index + 1;
    const more = tokenAt(tokens, last + 1);
    if (
      more !== undefined &&
      isSpaceBetween(text, name.end, more.start) &&
      ((isNameLike(more) && !words.analyseToken(more).common) ||
        (more.kind === 'number' && more.text.length <= 2) ||
        /^[IVX]{1,4}$/u.test(more.text))
    )
      last++;
    const end = tokenAt(tokens, last)?.end ?? name.end;
    out.push({ start: name.start, end, type: 'WORKPLACE', confidence: 0.9 });
  }
}

/** Capitalised words before a letter that name a part of a building, not an installation. */
const buildingParts = new Set([
  'bygg',
  'blokk',
  'post',
  'fløy',
  'avdeling',
  'sone',
  'trinn',
  'klasse',
  'gruppe',
  'rom',
  'seksjon',
  'etasje',
  'plan',
  'inngang',
  'tårn',
  'team',
  'hus',
  'vitamin',
  'hepatitt',
  'type',
]);

/**
 * "ute på Troll B", "e på Snorre A no", "jobbar på Gullfaks C": after "på", a capitalised name and
 * one capital letter (A–E, not an initial with its dot) is an offshore installation, a workplace.
 */
function recognizePlatforms(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 0; index + 2 < tokens.length; index++) {
    const preposition = tokenAt(tokens, index);
    const name = tokenAt(tokens, index + 1);
    const letter = tokenAt(tokens, index + 2);
    if (preposition === undefined || name === undefined || letter === undefined) continue;
    if (preposition.lower !== 'på' || !isNameLike(name) || name.sentenceStart) continue;
    if (!/^[A-E]$/u.test(letter.text) || !isSpaceBetween(text, name.end, letter.start)) continue;
    if (!isSpaceBetween(text, preposition.end, name.start)) continue;
    // "Kari B. Hansen": a letter with its dot before a name is an initial.
    const after = tokenAt(tokens, index + 3);
    const following = tokenAt(tokens, index + 4);
    if (
      after !== undefined &&
      after.start === letter.end &&
      after.text === '.' &&
      isNameLike(following) &&
      !hasLineBreak(text, after.end, following.start)
    )
      continue;
    if (buildingParts.has(name.lower)) continue;
    const analysis = words.analyseToken(name);
    if (analysis.term || analysis.nonIdentifying || analysis.region) continue;
    out.push({ start: name.start, end: letter.end, type: 'WORKPLACE', confidence: 0.93 });
  }
}

/** Words of referral: the institution of whoever one is referred to is no one's workplace here. */
const referralWords = /^(?:henvist|henvises|henviser|henvisning|henvis|tilvist|tilvises)$/u;

/**
 * "Henvises fysioterapeut ved Vestby Fysikalske", "Henvist til logoped hos Talehuset": in a
 * referral, the institution is the organisation the patient is sent to, not anyone's workplace
 * (the occupation word before it named the clinician). Pushes an ORGANIZATION candidate over such
 * a WORKPLACE, a little more confident. (An institution after a clinician named with a title,
 * "Lærer Hege Torvund ved Lia skole", was tried too: it swapped a held-out v7 workplace.)
 */
function retypeReferralWorkplaces(tokens: readonly Token[], out: Candidate[]): void {
  const retyped: Candidate[] = [];
  for (const candidate of out) {
    if (candidate.type !== 'WORKPLACE') continue;
    const first = tokenIndexStartingAt(tokens, candidate.start);
    const preposition = tokenAt(tokens, first - 1);
    if (first < 2 || preposition === undefined || !/^(?:ved|hos|på)$/u.test(preposition.lower))
      continue;
    let referral = false;
    for (let back = first - 2; !referral && back >= 0 && first - back <= 12; back--) {
      const token = tokenAt(tokens, back);
      if (token === undefined || (token.kind === 'punct' && /^[.!?]$/u.test(token.text))) break;
      if (referralWords.test(token.lower)) referral = true;
      if (token.sentenceStart) break;
    }
    if (!referral) continue;
    retyped.push({
      ...candidate,
      type: 'ORGANIZATION',
      confidence: Math.min(0.99, candidate.confidence + 0.01),
    });
  }
  for (const candidate of retyped) out.push(candidate);
}
