import {
  unsafeAsPseudonymized,
  type KnownPatient,
  type PseudonymizedSegment,
  type PseudonymizedText,
  type PseudonymizedTranscript,
  type RawText,
  type Transcript,
} from '../core/index.js';
import { detectIdentifiers, type DetectOptions } from './detect-identifiers.js';
import { asksForHouseNumber } from './recognizers/spoken-house-numbers.js';
import {
  asksForAddress,
  speaksOfAddress,
  type AddressQuestion,
} from './recognizers/address-frame-names.js';
import { defaultPolicy, type PolicyAction, type PseudonymizationPolicy } from './policy.js';
import type { DetectedEntity, PhiType } from './types.js';
import { minimumWholeConfidence } from './recognizers/number-parts.js';
import { toNumberDigits } from './recognizers/numbers.js';
import { findTurnSplitPhones } from './recognizers/turn-split-phones.js';
import { ageOf, generalise, type Vault } from './vault.js';

/** One identifier and what was done with it. Offsets index the input text. */
export interface PseudonymizedEntity {
  readonly start: number;
  readonly end: number;
  readonly type: PhiType;
  readonly action: PolicyAction;
  /** The text that replaced it; null when the policy kept it. */
  readonly surrogate: string | null;
}

export interface PseudonymizeOptions {
  readonly vault: Vault;
  readonly known?: KnownPatient;
  readonly policy?: PseudonymizationPolicy;
}

/** PERSON detections at least this sure carry their name parts over to later texts. */
const carryOverConfidence = 0.8;

function toNameParts(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}'’-]+/u)
    .flatMap((part) => [part, ...(part.includes('-') ? part.split('-') : [])])
    .map((part) => part.replace(/(?:'s|’s)$/u, ''))
    .filter((part) => part.length >= 2);
}

function rememberConfidence(vault: Vault, detected: readonly DetectedEntity[]): void {
  for (const entity of detected) {
    if (entity.type !== 'PERSON') continue;
    for (const part of toNameParts(entity.text)) {
      if (entity.confidence >= carryOverConfidence) vault.forgetUnsureNamePart(part);
      else if (!vault.hasNamePart(part)) vault.rememberUnsureNamePart(part);
    }
  }
}

/**
 * Replaces identifiers in `text` with surrogates from `vault` (adding new mappings to it, so the
 * same real value gets the same surrogate across calls). The only producer of `PseudonymizedText`.
 */
export function pseudonymize(
  text: RawText,
  options: PseudonymizeOptions,
): { text: PseudonymizedText; entities: readonly PseudonymizedEntity[] } {
  const vault = options.vault;
  const detected = detectIdentifiers(text, {
    ...detectOptionsFor(options, consultationNamePartsOf(vault)),
    ...consultationNumbersOf(vault),
    ...consultationStreetsOf(vault),
    ...(vault.wasHouseNumberAsked() ? { afterHouseNumberQuestion: true } : {}),
    ...addressQuestionOf(vault.wasAddressAsked()),
  });
  // Segments are pseudonymized in order: the next turn's lone number answers this question. A bare
  // "Og nummer?" asks for the house number only when this turn or the one before was about the
  // address ("Hvor bor du?" – "Det er Kjerraten." – "Kjerraten, ja. Og nummer?").
  const aboutAddress =
    vault.wasAddressAsked() === 'address' ||
    speaksOfAddress(text) ||
    detected.some((entity) => entity.type === 'ADDRESS');
  vault.rememberHouseNumberQuestion(
    asksForHouseNumber(text, aboutAddress || vault.wasAboutAddress()),
  );
  vault.rememberAddressQuestion(asksForAddress(text));
  vault.rememberAboutAddress(aboutAddress);
  return pseudonymizeDetected(text, detected, options);
}

/**
 * Whether a lower-cased word is a name part mapped earlier in this consultation. Only confident
 * ones count: an unsure guess stays where it was made and does not spread to later lines.
 */
export function consultationNamePartsOf(vault: Vault): (lower: string) => boolean {
  return (lower) => vault.hasNamePart(lower) && !vault.isUnsureNamePart(lower);
}

/**
 * The detection options `pseudonymize` uses. `isConsultationNamePart` answers for the vault as it
 * is before this text: a name part mapped earlier in this consultation is that person wherever it
 * is capitalised.
 */
export function detectOptionsFor(
  options: Omit<PseudonymizeOptions, 'vault'>,
  isConsultationNamePart: (lower: string) => boolean,
): DetectOptions {
  return {
    minConfidence: (options.policy ?? defaultPolicy).minConfidence,
    isConsultationNamePart,
    ...(options.known === undefined ? {} : { known: options.known }),
  };
}

/**
 * The second half of `pseudonymize`: replaces identifiers already detected in `text` (with
 * `detectOptionsFor` and this vault's name parts) by the vault's surrogates. Lets detection run
 * elsewhere (a worker thread) while surrogates stay in the one vault, in input order.
 */
export function pseudonymizeDetected(
  text: RawText,
  detected: readonly DetectedEntity[],
  options: PseudonymizeOptions,
): { text: PseudonymizedText; entities: readonly PseudonymizedEntity[] } {
  const policy = options.policy ?? defaultPolicy;
  const vault = options.vault;
  const entities: PseudonymizedEntity[] = [];
  const pieces: string[] = [];
  let cursor = 0;
  reservePersonNames(detected, vault);
  rememberConfidence(vault, detected);
  for (const entity of detected) {
    let action = policy.actions[entity.type];
    if (entity.type === 'AGE') {
      const age = ageOf(entity.text);
      if (age === undefined || age > policy.maxKeptAge) action = 'generalise';
      else if (action === 'replace') action = 'generalise';
    }
    let surrogate: string | null = null;
    if (action === 'replace')
      surrogate = vault.surrogateFor(entity.type, entity.text, entity.subtype);
    else if (action === 'generalise') surrogate = generalise(entity.type, entity.text);
    pieces.push(text.slice(cursor, entity.start), surrogate ?? entity.text);
    cursor = entity.end;
    entities.push({ start: entity.start, end: entity.end, type: entity.type, action, surrogate });
  }
  pieces.push(text.slice(cursor));
  return { text: unsafeAsPseudonymized(pieces.join('')), entities };
}

/** Words said inside a spoken e-mail address that are no part of a name. */
const spokenEmailWords = new Set([
  'punktum',
  'prikk',
  'dot',
  'understrek',
  'bindestrek',
  'strek',
  'alt',
  'i',
  'ett',
  'ord',
  'med',
  'små',
  'bokstaver',
]);

/**
 * "kari.berge@online.no", "kari punktum berge krøllalfa …": the words of an e-mail address's
 * local part are often a real person's names; no surrogate handed out elsewhere may equal them.
 */
function reserveEmailNames(detected: readonly DetectedEntity[], vault: Vault): void {
  for (const entity of detected) {
    if (entity.type !== 'EMAIL') continue;
    const local = entity.text.split(/@|\s(?:krøllalfa|alfakrøll|at)\s/iu)[0] ?? '';
    for (const part of local.toLowerCase().split(/[^\p{L}]+/u)) {
      if (part.length >= 2 && !spokenEmailWords.has(part)) vault.reserveRealNamePart(part);
    }
  }
}

function reservePersonNames(detected: readonly DetectedEntity[], vault: Vault): void {
  for (const entity of detected) {
    if (entity.type !== 'PERSON') continue;
    for (const part of entity.text.toLowerCase().split(/[^\p{L}]+/u)) {
      if (part.length >= 2) vault.reserveRealNamePart(part);
    }
  }
}

/** The detection option that lets a part of a number found elsewhere in the consultation count. */
function consultationNumbersOf(vault: Vault): {
  consultationNumbers?: ReadonlyMap<string, 'PHONE' | 'ID'>;
} {
  const numbers = vault.getConsultationNumbers();
  return numbers.size === 0 ? {} : { consultationNumbers: numbers };
}

/** The detection option for a turn that answers a question for an address or postal code. */
function addressQuestionOf(asked: AddressQuestion | undefined): {
  addressQuestion?: AddressQuestion;
} {
  return asked === undefined ? {} : { addressQuestion: asked };
}

/** The detection option that makes a street of an address found elsewhere count on its own. */
function consultationStreetsOf(vault: Vault): {
  isConsultationStreet?: (lower: string) => boolean;
  isConsultationHomePlace?: (lower: string) => boolean;
} {
  return vault.hasConsultationStreets()
    ? {
        isConsultationStreet: (lower) => vault.hasConsultationStreet(lower),
        isConsultationHomePlace: (lower) => vault.hasConsultationHomePlace(lower),
      }
    : {};
}

/** An address found this surely lends its street to other segments; a guess stays where it is. */
const streetCarryOverConfidence = 0.8;

/** "bor i", "bur no på", "bor fortsatt i": where someone lives is said right after. */
const livesIn = /(?:^|[^\p{L}])(?:bor|bur|bodde|budde)\s+(?:\p{L}+\s+)?(?:i|på)\s+$/iu;

function rememberStreets(text: string, detected: readonly DetectedEntity[], vault: Vault): void {
  for (const entity of detected) {
    // "Og du bor fortsatt i Nordnesboder?": a place no list knows, where someone lives.
    if (
      entity.type === 'LOCATION' &&
      !/\s/u.test(entity.text) &&
      livesIn.test(text.slice(Math.max(0, entity.start - 40), entity.start))
    )
      vault.rememberConsultationHomePlace(entity.text.toLowerCase());
    if (entity.type !== 'ADDRESS' || entity.confidence < streetCarryOverConfidence) continue;
    // Its capitalised words; ordinary ones ("Nedre", "Gate") are refused where they are said.
    for (const word of entity.text.match(/\p{Lu}[\p{L}'’-]{3,}/gu) ?? [])
      vault.rememberConsultationStreet(word.toLowerCase());
  }
}

/** A turn cut off at its end ("Det er ni sju …") and one that takes it up ("… tolv, førtiåtte"). */
const cutOffEnd = /(?:…|\.{3})\s*$/u;
const cutOffStart = /^\s*(?:…|\.{3})/u;

/**
 * "Det er ni sju …" – "Ja?" – "… tolv, førtiåtte, trettien.": a number told over two turns (the
 * second at most one turn later) that nobody reads back is found in the two turns joined, and
 * remembered, so each turn's part of it is found as that number.
 */
function rememberSplitNumbers(
  texts: readonly RawText[],
  vault: Vault,
  detectOptions: DetectOptions,
): void {
  for (let index = 0; index < texts.length; index++) {
    const first = texts[index];
    if (first === undefined || !cutOffEnd.test(first)) continue;
    for (const next of texts.slice(index + 1, index + 3)) {
      if (!cutOffStart.test(next)) continue;
      const joined = `${first} ${next}`;
      const detected = detectIdentifiers(joined, detectOptions).filter(
        (entity) => entity.start < first.length && entity.end > first.length + 1,
      );
      rememberNumbers(detected, vault);
      break;
    }
  }
}

function rememberNumbers(detected: readonly DetectedEntity[], vault: Vault): void {
  for (const entity of detected) {
    if (entity.type !== 'PHONE' && entity.type !== 'ID') continue;
    // A guess (a dose scheme read as a number) lends no parts to other segments.
    if (entity.confidence < minimumWholeConfidence) continue;
    // Said aloud ("ni sju tolv, førtiåtte, trettien") or typed, its digits.
    const digits = toNumberDigits(entity.text);
    if (digits.length >= 8) vault.rememberConsultationNumber(digits, entity.type);
  }
}

/**
 * Detects the person names in every text and reserves them in `vault`, so no surrogate handed out
 * for an earlier segment equals the real name of someone who is only named in a later one. Call it
 * with all segments before pseudonymizing them one by one; `pseudonymizeTranscript` does. It also
 * remembers the phone and identity numbers of every segment, so a part of one said in another
 * segment ("nittifem, nittien …" before the clinician reads back "95 91 28 60") is found too, and
 * the streets of its addresses, so a street said again on its own is found too. The words of an
 * e-mail address's local part are reserved like names.
 */
export function reserveNames(texts: readonly RawText[], options: PseudonymizeOptions): void {
  const policy = options.policy ?? defaultPolicy;
  const detectOptions: DetectOptions = {
    minConfidence: policy.minConfidence,
    ...(options.known === undefined ? {} : { known: options.known }),
  };
  let asked: AddressQuestion | undefined;
  for (const text of texts) {
    // The answer to an address question is read as one here too, so its street carries over.
    const detected = detectIdentifiers(text, { ...detectOptions, ...addressQuestionOf(asked) });
    asked = asksForAddress(text);
    reservePersonNames(detected, options.vault);
    reserveEmailNames(detected, options.vault);
    rememberNumbers(detected, options.vault);
    rememberStreets(text, detected, options.vault);
  }
  rememberSplitNumbers(texts, options.vault, detectOptions);
  // "Det er førti-fem, tolv" – "førti-fem, tolv, ja" – "åtti-ni, null-tre.": told over turns.
  for (const number of findTurnSplitPhones(texts))
    options.vault.rememberConsultationNumber(number.digits, 'PHONE');
}

/** Pseudonymizes every segment with one vault, so surrogates stay consistent across the transcript. */
export function pseudonymizeTranscript(
  transcript: Transcript,
  options: PseudonymizeOptions,
): { transcript: PseudonymizedTranscript; entityCount: number } {
  let entityCount = 0;
  reserveNames(
    transcript.segments.map((segment) => segment.text),
    options,
  );
  const segments = transcript.segments.map((segment): PseudonymizedSegment => {
    const result = pseudonymize(segment.text, options);
    entityCount += result.entities.length;
    return {
      speaker: segment.speaker,
      text: result.text,
      ...(segment.start === undefined ? {} : { start: segment.start }),
      ...(segment.end === undefined ? {} : { end: segment.end }),
    };
  });
  return { transcript: { segments }, entityCount };
}
