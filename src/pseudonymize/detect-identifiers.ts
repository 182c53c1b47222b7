import type { KnownPatient } from '../core/index.js';
import { weekdayWords } from '../language/index.js';
import { finiteVerbs, placePrepositions } from './gazetteers/context-words.js';
import { getSharedLexicon, type Lexicon } from './lexicon.js';
import { recognizeAges, recognizeYears } from './recognizers/ages.js';
import {
  recognizeEmails,
  recognizeHandles,
  recognizeNetwork,
  recognizePlates,
  recognizeSpokenEmails,
  spokenEmailCue,
} from './recognizers/contact.js';
import { recognizeDates } from './recognizers/dates.js';
import {
  createKnownForms,
  recognizeCutOffKnownNames,
  recognizeKnownPatient,
  type KnownForms,
} from './recognizers/known-patient.js';
import { recognizeAddresses } from './recognizers/addresses.js';
import { recognizePersonNamedStreets } from './recognizers/person-named-streets.js';
import { recognizeWhoQuestionNames } from './recognizers/who-question-names.js';
import { recognizeSentenceStartFullNames } from './recognizers/sentence-start-full-names.js';
import {
  recognizeSpokenCadastralNumbers,
  spokenCadastralCue,
} from './recognizers/spoken-cadastral-numbers.js';
import { recognizeKnownNameParts } from './recognizers/consultation-names.js';
import {
  composeInstitutionsWithPlaces,
  recognizeInstitutions,
} from './recognizers/institutions.js';
import { extendPersonChains } from './recognizers/name-chains.js';
import { withBracketNicknames } from './recognizers/bracket-nicknames.js';
import { withCoordinatedNameParts } from './recognizers/coordinated-name-parts.js';
import {
  withCorrectedHouseNumbers,
  withHouseNumberTails,
} from './recognizers/house-number-tail.js';
import { withPersonHeadsTrimmed } from './recognizers/person-span-heads.js';
import { withSpokenHouseNumbers } from './recognizers/spoken-house-numbers.js';
import { recognizeFarmAddresses } from './recognizers/farm-addresses.js';
import { withEmployerUnitsJoined } from './recognizers/employer-units.js';
import { recognizeLooseEmails, withEmailTails } from './recognizers/loose-emails.js';
import { withPhonePrefixes } from './recognizers/phone-prefix.js';
import { recognizeTitledParticleSurnames } from './recognizers/surname-particles.js';
import { recognizeDateTails } from './recognizers/date-tails.js';
import { recognizeSeasonYears } from './recognizers/season-years.js';
import { isClinicalNonIdentifier } from './recognizers/clinical-non-identifiers.js';
import { recognizeOldStyleAges } from './recognizers/old-style-ages.js';
import { recognizeAgePhrases } from './recognizers/age-phrases.js';
import { recognizeSocialHandles } from './recognizers/social-handles.js';
import { recognizePlateMarks } from './recognizers/plate-marks.js';
import { recognizeDeviceSerials } from './recognizers/device-serials.js';
import { recognizeDigitBrandWorkplaces } from './recognizers/digit-brand-workplaces.js';
import { recognizeHyphenSiteWorkplaces } from './recognizers/hyphen-site-workplaces.js';
import { recognizeInitials } from './recognizers/initials.js';
import { recognizeHyphenInitials } from './recognizers/hyphen-initials.js';
import { recognizeInvertedNames } from './recognizers/inverted-names.js';
import { recognizeBrandGivenNames } from './recognizers/brand-given-names.js';
import { recognizePersonFrames } from './recognizers/person-frames.js';
import { recognizePersonsAndPlaces } from './recognizers/persons-and-places.js';
import { recognizeOrganisationsInSpeech } from './recognizers/organisations-in-speech.js';
import { recognizeWorkSites } from './recognizers/work-sites.js';
import { recognizeSpokenWorkplaces } from './recognizers/spoken-workplaces.js';
import { employerBrandCue, recognizeEmployerBrands } from './recognizers/employer-brands.js';
import { recognizeServiceSurnames } from './recognizers/service-surnames.js';
import { recognizeWordNameAgeHeads } from './recognizers/word-name-age-heads.js';
import {
  healthServiceBrandCue,
  recognizeHealthServiceBrands,
} from './recognizers/health-service-brands.js';
import { recognizeSpokenStreets } from './recognizers/spoken-streets.js';
import { pronounNameCue, recognizePronounNames } from './recognizers/pronoun-names.js';
import { pronounVerbNameCue, recognizePronounVerbNames } from './recognizers/pronoun-verb-names.js';
import { farmNameCue, recognizeFarmNames } from './recognizers/farm-names.js';
import {
  passiveAgentNameCue,
  recognizePassiveAgentNames,
} from './recognizers/passive-agent-names.js';
import {
  invertedSubjectNameCue,
  recognizeInvertedSubjectNames,
} from './recognizers/inverted-subject-names.js';
import { recognizeFirmWords } from './recognizers/firm-words.js';
import { siblingNamePairCue, recognizeSiblingNamePairs } from './recognizers/sibling-name-pairs.js';
import { visitHostNameCue, recognizeVisitHostNames } from './recognizers/visit-host-names.js';
import { recognizeContactFrameNames } from './recognizers/contact-frame-names.js';
import { recognizeLabelColonNames } from './recognizers/label-colon-names.js';
import { recognizeLowerContactNames } from './recognizers/lower-contact-names.js';
import { recognizeLowerPatientNames } from './recognizers/lower-patient-names.js';
import { recognizeLowerSlotNames } from './recognizers/lower-slot-names.js';
import {
  recognizePredicateSubjectNames,
  recognizeSentenceStartForeignSurnames,
} from './recognizers/predicate-subject-names.js';
import {
  recognizeTitledLowerSurnames,
  titledLowerSurnameCue,
} from './recognizers/titled-lower-surnames.js';
import { recognizeCoordinatedSubjectNames } from './recognizers/coordinated-subject-names.js';
import { recognizeListedSubjectNames } from './recognizers/listed-subject-names.js';
import { recognizeUnlistedSubjectNames } from './recognizers/unlisted-subject-names.js';
import { recognizeAcronymOrganisations } from './recognizers/acronym-organisations.js';
import { recognizeDistrictPlaces } from './recognizers/district-places.js';
import { recognizeClubCompoundNames } from './recognizers/club-compound-names.js';
import {
  recognizeRelationNounNames,
  relationNounNameCue,
} from './recognizers/relation-noun-names.js';
import { recognizeAgeAppositionNames } from './recognizers/age-apposition-names.js';
import { recognizeCapitalSignatureNames } from './recognizers/capital-signature-names.js';
import {
  withMovedToPlacesRetyped,
  withRomancePlacesRetyped,
} from './recognizers/moved-to-places.js';
import {
  recognizeTravelPlaces,
  travelPlaceCue,
  withTravelChainPlaces,
} from './recognizers/travel-places.js';
import { lowerCasePlaceCue, recognizeLowerCasePlaces } from './recognizers/lower-case-places.js';
import {
  recognizeAgencyRegions,
  recognizeDialectPlaces,
  withFramePlacesRetyped,
} from './recognizers/place-frames.js';
import { clubFrameCue, recognizeClubFrames } from './recognizers/club-frames.js';
import {
  residenceStreetCue,
  recognizeCapitalisedStreetNames,
  recognizeResidenceStreets,
} from './recognizers/residence-streets.js';
import { joinFirmNames } from './recognizers/firm-name-joins.js';
import { cabinPlaceCue, recognizeCabinPlaces } from './recognizers/cabin-places.js';
import {
  foreignPlaceHeadCue,
  recognizeForeignPlaceHeads,
} from './recognizers/foreign-place-heads.js';
import { schoolFrameCue, recognizeSchoolFrames } from './recognizers/school-frames.js';
import { recognizeAssociationBranches } from './recognizers/association-branches.js';
import { joinChainShopSites } from './recognizers/chain-shop-sites.js';
import { joinHyphenSurnames } from './recognizers/hyphen-surnames.js';
import { callNameCue, recognizeCallNames } from './recognizers/call-names.js';
import { partnerNameCue, recognizePartnerNames } from './recognizers/partner-names.js';
import { askedNameCue, recognizeAskedNames } from './recognizers/asked-names.js';
import { ownFirmNameCue, recognizeOwnFirmNames } from './recognizers/own-firm-names.js';
import {
  recognizeSpacedSpelledNames,
  recognizeSpelledKnownNames,
  recognizeSpelledNames,
  recognizeSpelledWordsOfLine,
  spacedSpelledNameCue,
  spelledNameCue,
} from './recognizers/spelled-names.js';
import { recognizePostalCodesAfterHouseNumbers } from './recognizers/postal-code-after-house-number.js';
import { isVerbHomographName } from './recognizers/verb-homograph-names.js';
import { getTokenAnalysis, type TokenAnalysis } from './recognizers/token-analysis.js';
import { recognizeNumberSequences, type KnownDigits } from './recognizers/numbers.js';
import { recognizeLineSplitPhones } from './recognizers/turn-split-phones.js';
import { recognizePhoneGreetingNames } from './recognizers/phone-greeting-names.js';
import { recognizeConsultationStreets } from './recognizers/consultation-streets.js';
import {
  recognizeAddressFrameNames,
  type AddressQuestion,
} from './recognizers/address-frame-names.js';
import {
  englishDigitCue,
  recognizeEnglishSpokenNumbers,
} from './recognizers/english-spoken-numbers.js';
import { tokenAt, isSpaceBetween, tokenize } from './tokenize.js';
import { lineCueMask } from './word-record.js';
import type { Candidate, DetectedEntity, PhiType } from './types.js';

/** Options for `detectIdentifiers`. */
export interface DetectOptions {
  /** Identifiers the EHR or clinician passed: every form of them is found. */
  readonly known?: KnownPatient;
  /** Candidates below this confidence are dropped (default 0.5). */
  readonly minConfidence?: number;
  /** Word lists; the shared process-wide lexicon by default. */
  readonly lexicon?: Lexicon;
  /**
   * Lower-case name parts already mapped for a person in this consultation (the vault's): every
   * capitalised occurrence, and its genitive, is found as PERSON even when it is an ordinary word.
   */
  readonly isConsultationNamePart?: (lower: string) => boolean;
  /**
   * The digits of the phone and identity numbers found in any segment of this consultation (see
   * `reserveNames`): their first or last groups said on their own are found as that number.
   */
  readonly consultationNumbers?: ReadonlyMap<string, 'PHONE' | 'ID'>;
  /**
   * Lower-case street names of the addresses found in any segment of this consultation (see
   * `reserveNames`): the street said again on its own is found as an address too.
   */
  readonly isConsultationStreet?: (lower: string) => boolean;
  /**
   * Lower-case places someone in this consultation lives in ("bor i Nordnesboder", see
   * `reserveNames`): the place said with a house number is found as an address.
   */
  readonly isConsultationHomePlace?: (lower: string) => boolean;
  /**
   * The turn before this text asked for a house number ("Og husnummeret?"): a lone number at its
   * start is that house number.
   */
  readonly afterHouseNumberQuestion?: boolean;
  /**
   * The turn before this text asked for an address or a postal code ("Hvor bor du nå?", "Og
   * postnummer?"): the name or code its answer starts with is the address.
   */
  readonly addressQuestion?: AddressQuestion;
}

/** Texts longer than this are processed in line-aligned chunks to bound memory. */
const chunkSize = 128 * 1024;

function toKnownDigits(known: KnownPatient | undefined): KnownDigits {
  const fnr = known?.fnr?.replace(/\D/gu, '');
  const birthDate = known?.birthDate;
  const birthDateDigits: string[] = [];
  if (birthDate !== undefined) {
    const [year = '', month = '', day = ''] = birthDate.split('-');
    birthDateDigits.push(`${day}${month}${year.slice(2)}`, `${day}${month}${year}`);
  }
  return {
    ...(fnr !== undefined && fnr.length === 11 ? { fnr } : {}),
    ...(birthDateDigits.length > 0 ? { birthDateDigits } : {}),
  };
}

/** What `detectChunk` looks for about the known patient, derived once per `known` object. */
interface KnownLookups {
  readonly forms: KnownForms;
  readonly digits: KnownDigits;
}

const noKnownLookups: KnownLookups = { forms: createKnownForms(undefined), digits: {} };
const knownLookups = new WeakMap<KnownPatient, KnownLookups>();

function getKnownLookups(known: KnownPatient | undefined): KnownLookups {
  if (known === undefined) return noKnownLookups;
  let lookups = knownLookups.get(known);
  if (lookups === undefined) {
    lookups = { forms: createKnownForms(known.name), digits: toKnownDigits(known) };
    knownLookups.set(known, lookups);
  }
  return lookups;
}

/** Types whose matches are structured (checksums, "@", digit patterns): they beat names inside them. */
const structuredTypes = new Set<PhiType>(['EMAIL', 'PHONE', 'ID']);
const nameTypes = new Set<PhiType>(['PERSON', 'LOCATION', 'ORGANIZATION', 'WORKPLACE']);
const institutionTypes = new Set<PhiType>(['ORGANIZATION', 'WORKPLACE']);
/** A structured or institution match this sure suppresses the name candidates inside it. */
const containerConfidence = 0.75;

/**
 * Drops the name candidates that lie inside a structured match (the patient's first name inside
 * her e-mail address, a surname inside a URL) and the shorter institution or place candidates
 * inside a longer institution ("Sykehuset Østfold" inside "Sykehuset Østfold Kalnes"), so the
 * whole identifier is replaced as one.
 */
function withoutContainedNames(candidates: readonly Candidate[]): Candidate[] {
  const structured: Candidate[] = [];
  const all: Candidate[] = [];
  for (const candidate of candidates) {
    if (candidate.confidence < containerConfidence) continue;
    const isStructured =
      structuredTypes.has(candidate.type) ||
      (candidate.type === 'OTHER' && candidate.subtype === 'URL');
    if (isStructured) structured.push(candidate);
    if (isStructured || institutionTypes.has(candidate.type)) all.push(candidate);
  }
  if (all.length === 0) return [...candidates];
  // Persons are dropped only inside structured matches; places and institutions inside any container.
  const insideStructured = createContainment(structured);
  const insideAny = createContainment(all);
  const insideInstitution = createContainment(
    all.filter((candidate) => institutionTypes.has(candidate.type)),
  );
  return candidates.filter((candidate) => {
    if (
      candidate.type === 'POSTAL_CODE' ||
      (candidate.type === 'DATE' && candidate.confidence < 0.9)
    )
      return !insideInstitution(candidate);
    if (!nameTypes.has(candidate.type)) return true;
    return candidate.type === 'PERSON' ? !insideStructured(candidate) : !insideAny(candidate);
  });
}

/**
 * A test for "strictly inside one of `containers`" in O(log n): containers sorted by start, with
 * the furthest end reached by any container starting at or before each position.
 */
function createContainment(containers: readonly Candidate[]): (candidate: Candidate) => boolean {
  const sorted = [...containers].sort((left, right) => left.start - right.start);
  const reach: { start: number; end: number; firstStart: number }[] = [];
  let end = -1;
  let firstStart = 0;
  for (const container of sorted) {
    if (container.end > end) {
      end = container.end;
      firstStart = container.start;
    }
    reach.push({ start: container.start, end, firstStart });
  }
  return (candidate) => {
    let low = 0;
    let high = reach.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if ((reach[middle]?.start ?? 0) <= candidate.start) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    const entry = reach[found];
    if (entry === undefined || entry.end < candidate.end) return false;
    return entry.end > candidate.end || entry.firstStart < candidate.start;
  };
}

/**
 * Resolves overlapping candidates: structured matches first take the name candidates inside
 * them, then the most confident wins, a longer span breaks ties (the full name over the first
 * name, the institution over the place in its name).
 */
function resolve(candidates: Candidate[], textLength: number): Candidate[] {
  const scored = withoutContainedNames(candidates)
    .filter(
      (candidate) =>
        candidate.end > candidate.start && candidate.start >= 0 && candidate.end <= textLength,
    )
    .map((candidate) => ({
      candidate,
      score: candidate.confidence * 100 + Math.min(candidate.end - candidate.start, 80) / 8,
    }));
  scored.sort((left, right) => right.score - left.score);
  const taken = new Uint8Array(textLength);
  const accepted: Candidate[] = [];
  for (const { candidate } of scored) {
    let free = true;
    for (let index = candidate.start; index < candidate.end; index++) {
      if (taken[index] === 1) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, candidate.start, candidate.end);
    accepted.push(candidate);
  }
  accepted.sort((left, right) => left.start - right.start);
  return accepted;
}

/**
 * Institutions, addresses, persons, places and postal codes, over one shared token analysis.
 * Those that declare a line cue (`lineCue`) are skipped on lines without their cue words.
 */
function recognizeNamedEntities(
  words: TokenAnalysis,
  text: string,
  tokens: ReturnType<typeof tokenize>,
  cues: number,
): Candidate[] {
  const out: Candidate[] = [];
  recognizeInstitutions(words, text, tokens, out);
  recognizeAddresses(words, text, tokens, out, cues);
  recognizePersonNamedStreets(words, text, tokens, out);
  recognizeSentenceStartFullNames(words, text, tokens, out);
  recognizeWhoQuestionNames(words, tokens, out);
  if ((cues & spokenCadastralCue) !== 0) recognizeSpokenCadastralNumbers(tokens, out);
  recognizePersonsAndPlaces(words, text, tokens, out);
  recognizePersonFrames(words, text, tokens, out);
  recognizeBrandGivenNames(words, text, tokens, out);
  recognizeInvertedNames(words, text, tokens, out);
  recognizeOrganisationsInSpeech(words, text, tokens, out);
  composeInstitutionsWithPlaces(words, text, tokens, out);
  recognizeWorkSites(words, text, tokens, out);
  recognizeSpokenWorkplaces(words, text, tokens, out);
  if ((cues & employerBrandCue) !== 0) recognizeEmployerBrands(words, text, tokens, out);
  if ((cues & healthServiceBrandCue) !== 0) recognizeHealthServiceBrands(words, text, tokens, out);
  recognizeSpokenStreets(words, text, tokens, out);
  if ((cues & pronounNameCue) !== 0) recognizePronounNames(words, text, tokens, out);
  if ((cues & pronounVerbNameCue) !== 0) recognizePronounVerbNames(words, text, tokens, out);
  if ((cues & farmNameCue) !== 0) recognizeFarmNames(words, text, tokens, out);
  if ((cues & passiveAgentNameCue) !== 0) recognizePassiveAgentNames(words, text, tokens, out);
  if ((cues & invertedSubjectNameCue) !== 0)
    recognizeInvertedSubjectNames(words, text, tokens, out);
  recognizeFirmWords(words, text, tokens, out);
  recognizeDigitBrandWorkplaces(words, text, tokens, out);
  recognizeHyphenSiteWorkplaces(words, text, tokens, out);
  if ((cues & siblingNamePairCue) !== 0) recognizeSiblingNamePairs(words, text, tokens, out);
  if ((cues & visitHostNameCue) !== 0) recognizeVisitHostNames(words, text, tokens, out);
  recognizeContactFrameNames(words, text, tokens, out);
  if (text.includes(':')) recognizeLabelColonNames(words, text, tokens, out);
  recognizeLowerContactNames(words, text, tokens, out);
  recognizeLowerPatientNames(words, text, tokens, out);
  recognizeLowerSlotNames(words, text, tokens, out);
  recognizePredicateSubjectNames(words, tokens, out);
  recognizeSentenceStartForeignSurnames(words, tokens, out);
  if ((cues & titledLowerSurnameCue) !== 0) recognizeTitledLowerSurnames(words, text, tokens, out);
  recognizeCoordinatedSubjectNames(words, text, tokens, out);
  recognizeListedSubjectNames(words, text, tokens, out);
  recognizeUnlistedSubjectNames(words, text, tokens, out);
  recognizeClubCompoundNames(words, text, tokens, out);
  recognizeAcronymOrganisations(words, text, tokens, out);
  recognizeDistrictPlaces(words, text, tokens, out);
  if ((cues & relationNounNameCue) !== 0) recognizeRelationNounNames(words, text, tokens, out);
  recognizeAgeAppositionNames(words, text, tokens, out);
  recognizeWordNameAgeHeads(words, text, tokens, out);
  recognizeServiceSurnames(words, text, tokens, out);
  recognizeCapitalSignatureNames(words, text, tokens, out);
  if ((cues & clubFrameCue) !== 0) recognizeClubFrames(words, text, tokens, out);
  if ((cues & residenceStreetCue) !== 0) recognizeResidenceStreets(words, text, tokens, out);
  recognizeCapitalisedStreetNames(words, text, tokens, out);
  if ((cues & cabinPlaceCue) !== 0) recognizeCabinPlaces(words, text, tokens, out);
  if ((cues & foreignPlaceHeadCue) !== 0) recognizeForeignPlaceHeads(text, tokens, out);
  if ((cues & travelPlaceCue) !== 0) recognizeTravelPlaces(words, text, tokens, out);
  if ((cues & lowerCasePlaceCue) !== 0) recognizeLowerCasePlaces(words, text, tokens, out);
  recognizeDialectPlaces(words, text, tokens, out);
  recognizeAgencyRegions(text, out);
  if ((cues & schoolFrameCue) !== 0) recognizeSchoolFrames(words, text, tokens, out);
  recognizeAssociationBranches(words, text, tokens, out);
  if ((cues & callNameCue) !== 0) recognizeCallNames(words, text, tokens, out);
  if ((cues & partnerNameCue) !== 0) recognizePartnerNames(words, text, tokens, out);
  if ((cues & askedNameCue) !== 0) recognizeAskedNames(words, text, tokens, out);
  if ((cues & ownFirmNameCue) !== 0) recognizeOwnFirmNames(words, text, tokens, out);
  if ((cues & spelledNameCue) !== 0) recognizeSpelledNames(text, tokens, out);
  recognizeSpelledKnownNames(tokens, out);
  recognizeSpelledWordsOfLine(text, tokens, out);
  if ((cues & spacedSpelledNameCue) !== 0) recognizeSpacedSpelledNames(tokens, out);
  joinFirmNames(words, text, tokens, out);
  joinChainShopSites(words, text, tokens, out);
  joinHyphenSurnames(words, text, tokens, out);
  recognizePostalCodesAfterHouseNumbers(words, text, tokens, out);
  return out;
}

/**
 * Appends `items` to `target` one by one: a spread call (`push(...items)`) passes every item as
 * an argument, which is slow for the tens of thousands of candidates of a long adversarial chunk.
 */
function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** Place and institution types: a first part of a shared compound is never one of them alone. */
const suspendableTypes = new Set<string>(['LOCATION', 'WORKPLACE', 'ORGANIZATION']);

/**
 * "på Lærings- og mestringssenteret", "Barne- og ungdomspsykiatrisk": a one-word first part of a
 * compound that shares its end with the next word ("Lærings-" + "og") is no place or institution,
 * unless it is a place itself.
 */
function isSuspendedCompoundPart(
  words: TokenAnalysis,
  text: string,
  candidate: Candidate,
): boolean {
  if (!suspendableTypes.has(candidate.type)) return false;
  const part = text.slice(candidate.start, candidate.end);
  if (/\s/u.test(part)) return false;
  if (!/^-\s{1,2}(?:og|eller|til|,)\s/u.test(text.slice(candidate.end, candidate.end + 10)))
    return false;
  // "Tveita- og Haugerud-området": a place stays one; only an ordinary word is a compound's part.
  const lower = part.toLowerCase();
  const analysis = words.analyse(lower);
  const stem = lower.replace(/(?:a|en|et|s)$/u, '');
  if (analysis.place || words.analyse(stem).place) return false;
  return analysis.common || words.analyse(stem).common || words.isCompound(lower);
}

/** Words after "inga" that keep it a name: verbs, prepositions and joiners ("inga kommer"). */
const afterNameInga = new Set([
  ...finiteVerbs,
  'og',
  'eller',
  'i',
  'på',
  'til',
  'fra',
  'frå',
  'med',
  'som',
  'sa',
  'sier',
  'seier',
  'ringde',
  'ringte',
  'kjem',
  'kom',
  'om',
  'for',
  'ved',
  'hos',
]);

/**
 * "eg har inga planar", "inga sykdomma", "inga teikn til": the nynorsk "inga" ("ingen") in lower
 * case before a word that is no name, verb or preposition is no person ("ring til inga i morgen",
 * "inga kjem" still are).
 */
function isNynorskDeterminer(words: TokenAnalysis, text: string, candidate: Candidate): boolean {
  if (candidate.type !== 'PERSON') return false;
  // Lower case anywhere; capitalised only where a sentence starts ("Inga sykdomma.").
  if (
    !text.startsWith('inga', candidate.start) &&
    !(
      text.startsWith('Inga', candidate.start) &&
      /(?:^|[.!?:]\s{1,3})$/u.test(text.slice(Math.max(0, candidate.start - 4), candidate.start))
    )
  )
    return false;
  const next = /^\p{L}nga\s{1,2}(\p{Ll}+)/u.exec(
    text.slice(candidate.start, candidate.start + 40),
  )?.[1];
  if (next === undefined || afterNameInga.has(next)) return false;
  const analysis = words.analyse(next);
  return !((analysis.firstName || analysis.surname) && !analysis.common);
}

const asciiDigit = /[0-9]/u;

function detectChunk(
  text: string,
  options: DetectOptions,
  lexicon: Lexicon,
  words: TokenAnalysis,
): Candidate[] {
  const tokens = tokenize(text, words.recordOf);
  // Plates and years need a number token, which starts with an ASCII digit: most lines hold none.
  const hasDigit = asciiDigit.test(text);
  // The line cues of its tokens: a recognizer with a cue runs only where the line holds a cue word.
  const cues = lineCueMask(tokens);
  const candidates: Candidate[] = [];
  const known = getKnownLookups(options.known);
  pushAll(
    candidates,
    recognizeKnownPatient(text, tokens, known.forms, (lower) => lexicon.isDictionaryEntry(lower)),
  );
  pushAll(
    candidates,
    recognizeCutOffKnownNames(text, tokens, known.forms, (lower) => lexicon.isCommonWord(lower)),
  );
  pushAll(
    candidates,
    recognizeNumberSequences(
      text,
      tokens,
      options.consultationNumbers === undefined
        ? known.digits
        : { ...known.digits, consultationNumbers: options.consultationNumbers },
    ),
  );
  pushAll(candidates, recognizeLineSplitPhones(text));
  if (englishDigitCue.test(text)) pushAll(candidates, recognizeEnglishSpokenNumbers(text));
  pushAll(candidates, recognizeEmails(text));
  if ((cues & spokenEmailCue) !== 0) pushAll(candidates, recognizeSpokenEmails(tokens));
  pushAll(candidates, recognizeLooseEmails(text));
  pushAll(candidates, recognizeNetwork(text));
  pushAll(candidates, recognizeHandles(text));
  if (hasDigit) pushAll(candidates, recognizePlates(text, tokens));
  pushAll(candidates, recognizeDates(text, tokens));
  pushAll(candidates, recognizeDateTails(text));
  pushAll(candidates, recognizeSeasonYears(text));
  pushAll(candidates, recognizeInitials(text, tokens));
  pushAll(candidates, recognizeHyphenInitials(text));
  if (hasDigit) pushAll(candidates, recognizeYears(text, tokens));
  pushAll(candidates, recognizeOldStyleAges(text, tokens));
  pushAll(candidates, recognizeAgePhrases(text));
  pushAll(candidates, recognizeSocialHandles(text));
  pushAll(candidates, recognizePlateMarks(text));
  pushAll(candidates, recognizeDeviceSerials(text));
  pushAll(
    candidates,
    recognizeNamedEntities(words, text, tokens, cues).filter(
      (candidate) =>
        !isSuspendedCompoundPart(words, text, candidate) &&
        !isNynorskDeterminer(words, text, candidate),
    ),
  );
  pushAll(candidates, recognizeTitledParticleSurnames(text, tokens));
  pushAll(candidates, recognizePhoneGreetingNames(words, tokens));
  if (options.isConsultationStreet !== undefined || options.isConsultationHomePlace !== undefined)
    recognizeConsultationStreets(
      words,
      tokens,
      {
        isStreet: options.isConsultationStreet ?? (() => false),
        isHomePlace: options.isConsultationHomePlace ?? (() => false),
      },
      candidates,
    );
  if (hasDigit) pushAll(candidates, recognizeFarmAddresses(text));
  recognizeAddressFrameNames(
    words,
    text,
    tokens,
    {
      ...(options.addressQuestion === undefined
        ? {}
        : { addressQuestion: options.addressQuestion }),
      isPostalCode: (digits) => lexicon.postalCodes.has(digits),
    },
    candidates,
  );
  const personStarts = new Set<number>();
  const personEnds = new Set<number>();
  for (const candidate of candidates) {
    if (candidate.type === 'PERSON') {
      personStarts.add(candidate.start);
      personEnds.add(candidate.end);
    }
  }
  candidates.push(
    ...recognizeAges(
      text,
      tokens,
      (index) => personStarts.has(tokenAt(tokens, index)?.start ?? -1),
      (index) => personEnds.has(tokenAt(tokens, index)?.end ?? -1),
    ),
  );
  const minimum = options.minConfidence ?? 0.5;
  const accepted = withTravelChainPlaces(
    words,
    text,
    tokens,
    withFramePlacesRetyped(
      words,
      tokens,
      withMovedToPlacesRetyped(
        words,
        text,
        tokens,
        resolve(
          candidates.filter(
            (candidate) =>
              candidate.confidence >= minimum &&
              !isClinicalNonIdentifier(words, text, tokens, candidate),
          ),
          text.length,
        ),
      ),
    ),
  );
  const chained = withRomancePlacesRetyped(
    tokens,
    withCoordinatedNameParts(
      words,
      text,
      tokens,
      withBracketNicknames(
        words,
        text,
        extendPersonChains(
          words,
          text,
          tokens,
          withConsistentNames(text, tokens, accepted, lexicon, options.isConsultationNamePart),
        ),
      ),
    ),
    (token) => words.analyseToken(token).firstName,
  );
  return withPersonHeadsTrimmed(
    text,
    withEmailTails(
      text,
      withSpokenHouseNumbers(
        text,
        withCorrectedHouseNumbers(
          text,
          withHouseNumberTails(
            text,
            withPhonePrefixes(
              text,
              withWeekdays(text, tokens, withEmployerUnitsJoined(text, chained)),
            ),
          ),
        ),
        options.afterHouseNumberQuestion === true ? { afterHouseNumberQuestion: true } : {},
      ),
    ),
    (lower) =>
      lexicon.femaleNames.has(lower) ||
      lexicon.maleNames.has(lower) ||
      lexicon.internationalNames.has(lower),
  );
}

const weekdays = new Set<string>(weekdayWords);

/**
 * A weekday written right before a date belongs to it ("fredag 6.10"): the whole mention is one
 * DATE, so no part of it is left beside the surrogate. (The surrogate's weekday is moved with the
 * date whenever the shift is not whole weeks of a real calendar, see date-format.ts.)
 */
function withWeekdays(
  text: string,
  tokens: ReturnType<typeof tokenize>,
  accepted: Candidate[],
): Candidate[] {
  if (!accepted.some((candidate) => candidate.type === 'DATE')) return accepted;
  let tokenIndex = 0;
  let previousEnd = 0;
  return accepted.map((candidate) => {
    const ownStart = previousEnd;
    previousEnd = candidate.end;
    if (candidate.type !== 'DATE') return candidate;
    while (
      tokenIndex < tokens.length &&
      (tokenAt(tokens, tokenIndex)?.start ?? 0) < candidate.start
    )
      tokenIndex++;
    const weekday = tokenAt(tokens, tokenIndex - 1);
    if (
      weekday === undefined ||
      weekday.kind !== 'word' ||
      !weekdays.has(weekday.lower) ||
      weekday.start < ownStart
    )
      return candidate;
    if (
      tokenAt(tokens, tokenIndex)?.start !== candidate.start ||
      !isSpaceBetween(text, weekday.end, candidate.start)
    )
      return candidate;
    return { ...candidate, start: weekday.start };
  });
}

/** Confident PERSON detections whose parts count for the rest of the text. */
const consistentNameConfidence = 0.8;

/**
 * Adds every further capitalised occurrence of a name part that this text (confidently) or the
 * consultation's vault already attributes to a person. Keeps `accepted` sorted and overlap-free.
 */
function withConsistentNames(
  text: string,
  tokens: ReturnType<typeof tokenize>,
  accepted: Candidate[],
  lexicon: Lexicon,
  isConsultationNamePart: ((lower: string) => boolean) | undefined,
): Candidate[] {
  const parts = new Set<string>();
  // Later parts of a full name ("Sigrid Holmedal"): the surname alone is the person, even a place.
  const surnames = new Set<string>();
  for (const candidate of accepted) {
    if (candidate.type !== 'PERSON' || candidate.confidence < consistentNameConfidence) continue;
    const nameWords = text
      .slice(candidate.start, candidate.end)
      .toLowerCase()
      .split(/[^\p{L}'’-]+/u);
    for (const [position, word] of nameWords.entries()) {
      if (word.length < 3) continue;
      const part = word.replace(/(?:'s|’s)$/u, '');
      parts.add(part);
      if (position > 0) surnames.add(part);
    }
  }
  if (parts.size === 0 && isConsultationNamePart === undefined) return accepted;
  const isNamePart = (lower: string): boolean =>
    parts.has(lower) || (isConsultationNamePart?.(lower) ?? false);
  const resolved = withPlacesRetypedAsSurnames(
    text,
    withWeakPlacesRetypedAsNames(text, accepted, isNamePart),
    surnames,
  );
  let cursor = 0;
  const covered = (token: { start: number; end: number }): boolean => {
    while (cursor < resolved.length && (resolved[cursor]?.end ?? 0) <= token.start) cursor++;
    const entity = resolved[cursor];
    return entity !== undefined && entity.start < token.end;
  };
  // "Far heiter Ammar … Barnet ammar godt": a name part that reads as its verb here stays the verb.
  const added = recognizeKnownNameParts(tokens, isNamePart, covered, (lower) =>
    lexicon.isCommonWord(lower),
  ).filter((candidate) => !isVerbHomographName(tokens, candidate));
  if (added.length === 0) return resolved;
  return [...resolved, ...added].sort((left, right) => left.start - right.start);
}

/** Below this, a one-word place is a guess from its frame ("ringte Brekke", "fra X"). */
const weakPlaceConfidence = 0.7;

/**
 * A one-word place guessed from its frame alone ("Ringte deretter Brekke selv") whose word this
 * text or the consultation names as part of a person ("Leif Arne Brekke") is that person.
 */
function withWeakPlacesRetypedAsNames(
  text: string,
  accepted: Candidate[],
  isNamePart: (lower: string) => boolean,
): Candidate[] {
  let result: Candidate[] | undefined;
  for (const [index, candidate] of accepted.entries()) {
    if (candidate.type !== 'LOCATION' || candidate.confidence >= weakPlaceConfidence) continue;
    const word = text.slice(candidate.start, candidate.end);
    if (word.length < 3 || !/^\p{Lu}\p{Ll}+$/u.test(word) || !isNamePart(word.toLowerCase()))
      continue;
    result ??= [...accepted];
    result[index] = {
      ...candidate,
      type: 'PERSON',
      subtype: 'consultation-name',
      confidence: 0.9,
    };
  }
  return result ?? accepted;
}

/** The word right before `position`, lower-case ("" at a line start or after punctuation). */
function wordBefore(text: string, position: number): string {
  return (
    /(\p{L}+)[ \t]+$/u.exec(text.slice(Math.max(0, position - 24), position))?.[1]?.toLowerCase() ??
    ''
  );
}

/**
 * "Sigrid Holmedal kommer til kontroll … Holmedal har fortsatt hevelse": a one-word place that is
 * a later part of a full name this text confidently found is that person's surname — unless a
 * place preposition stands before it ("bor på Holmedal").
 */
function withPlacesRetypedAsSurnames(
  text: string,
  accepted: Candidate[],
  surnames: ReadonlySet<string>,
): Candidate[] {
  if (surnames.size === 0) return accepted;
  let result: Candidate[] | undefined;
  for (const [index, candidate] of accepted.entries()) {
    if (candidate.type !== 'LOCATION') continue;
    const word = text.slice(candidate.start, candidate.end);
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word) || !surnames.has(word.toLowerCase())) continue;
    if (placePrepositions.has(wordBefore(text, candidate.start))) continue;
    result ??= [...accepted];
    result[index] = { start: candidate.start, end: candidate.end, type: 'PERSON', confidence: 0.9 };
  }
  return result ?? accepted;
}

function chunkEnd(text: string, from: number): number {
  const limit = from + chunkSize;
  if (limit >= text.length) return text.length;
  const newline = text.lastIndexOf('\n', limit);
  if (newline > from + chunkSize / 2) return newline + 1;
  const space = text.lastIndexOf(' ', limit);
  if (space > from + chunkSize / 2) return space + 1;
  return limit;
}

/**
 * Finds identifiers in Norwegian clinical text (notes and speech-to-text transcripts): national
 * identity numbers, persons, phone numbers, e-mail, addresses, postal codes, places, institutions,
 * workplaces, dates, ages, URLs, IP addresses, licence plates. Offsets are JavaScript string
 * indices into `text`. Never throws on any string input.
 */
export function detectIdentifiers(
  text: string,
  options: DetectOptions = {},
): readonly DetectedEntity[] {
  if (text.length === 0) return [];
  const lexicon = options.lexicon ?? getSharedLexicon();
  // One token analysis per lexicon and process: its word cache stays warm from line to line.
  const words = getTokenAnalysis(lexicon);
  const entities: DetectedEntity[] = [];
  let from = 0;
  while (from < text.length) {
    const to = chunkEnd(text, from);
    const chunk = from === 0 && to === text.length ? text : text.slice(from, to);
    for (const candidate of detectChunk(chunk, options, lexicon, words)) {
      const start = candidate.start + from;
      const end = candidate.end + from;
      const entity: DetectedEntity = {
        start,
        end,
        type: candidate.type,
        confidence: candidate.confidence,
        text: text.slice(start, end),
        ...(candidate.subtype === undefined ? {} : { subtype: candidate.subtype }),
      };
      entities.push(entity);
    }
    from = to;
  }
  return entities;
}
