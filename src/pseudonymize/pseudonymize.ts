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
import { defaultPolicy, type PolicyAction, type PseudonymizationPolicy } from './policy.js';
import type { DetectedEntity, PhiType } from './types.js';
import { minimumWholeConfidence } from './recognizers/number-parts.js';
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

/**
 * Vaults whose last pseudonymized text asked for a house number ("Og husnummeret?"): the next
 * turn's lone number ("Sytten.") is that house number. Kept beside the vault, like
 * `unsureNameParts`; segments are pseudonymized in order.
 */
const houseNumberAsked = new WeakSet<Vault>();

/** PERSON detections at least this sure carry their name parts over to later texts. */
const carryOverConfidence = 0.8;

/**
 * Name parts a vault holds only because of unsure PERSON detections (a heading such as
 * "Innkomstnotat" taken for a name): they are replaced where they were detected, but do not make
 * every later occurrence in the consultation a person. Kept beside the vault object, not in it:
 * a vault parsed again treats all its name parts as confident, as before.
 */
const unsureNameParts = new WeakMap<Vault, Set<string>>();

function toNameParts(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}'’-]+/u)
    .flatMap((part) => [part, ...(part.includes('-') ? part.split('-') : [])])
    .map((part) => part.replace(/(?:'s|’s)$/u, ''))
    .filter((part) => part.length >= 2);
}

function rememberConfidence(vault: Vault, detected: readonly DetectedEntity[]): void {
  let unsure = unsureNameParts.get(vault);
  for (const entity of detected) {
    if (entity.type !== 'PERSON') continue;
    for (const part of toNameParts(entity.text)) {
      if (entity.confidence >= carryOverConfidence) unsure?.delete(part);
      else if (!vault.hasNamePart(part)) {
        unsure ??= new Set();
        unsure.add(part);
      }
    }
  }
  if (unsure !== undefined) unsureNameParts.set(vault, unsure);
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
    ...(houseNumberAsked.has(vault) ? { afterHouseNumberQuestion: true } : {}),
  });
  if (asksForHouseNumber(text)) houseNumberAsked.add(vault);
  else houseNumberAsked.delete(vault);
  return pseudonymizeDetected(text, detected, options);
}

/**
 * Whether a lower-cased word is a name part mapped earlier in this consultation. Only confident
 * ones count: an unsure guess stays where it was made and does not spread to later lines.
 */
export function consultationNamePartsOf(vault: Vault): (lower: string) => boolean {
  return (lower) => vault.hasNamePart(lower) && unsureNameParts.get(vault)?.has(lower) !== true;
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

function reservePersonNames(detected: readonly DetectedEntity[], vault: Vault): void {
  for (const entity of detected) {
    if (entity.type !== 'PERSON') continue;
    for (const part of entity.text.toLowerCase().split(/[^\p{L}]+/u)) {
      if (part.length >= 2) vault.reserveRealNamePart(part);
    }
  }
}

/**
 * The phone and identity numbers (8 digits or more) that `reserveNames` found in any segment of
 * the consultation, kept beside the vault (not in it: they are only needed while pseudonymizing).
 */
const consultationNumbers = new WeakMap<Vault, Map<string, 'PHONE' | 'ID'>>();

/** The detection option that lets a part of a number found elsewhere in the consultation count. */
function consultationNumbersOf(vault: Vault): {
  consultationNumbers?: ReadonlyMap<string, 'PHONE' | 'ID'>;
} {
  const numbers = consultationNumbers.get(vault);
  return numbers === undefined ? {} : { consultationNumbers: numbers };
}

function rememberNumbers(detected: readonly DetectedEntity[], vault: Vault): void {
  for (const entity of detected) {
    if (entity.type !== 'PHONE' && entity.type !== 'ID') continue;
    // A guess (a dose scheme read as a number) lends no parts to other segments.
    if (entity.confidence < minimumWholeConfidence) continue;
    const digits = entity.text.replace(/\D/gu, '');
    if (digits.length < 8) continue;
    let numbers = consultationNumbers.get(vault);
    if (numbers === undefined) {
      numbers = new Map();
      consultationNumbers.set(vault, numbers);
    }
    if (!numbers.has(digits)) numbers.set(digits, entity.type);
  }
}

/**
 * Detects the person names in every text and reserves them in `vault`, so no surrogate handed out
 * for an earlier segment equals the real name of someone who is only named in a later one. Call it
 * with all segments before pseudonymizing them one by one; `pseudonymizeTranscript` does. It also
 * remembers the phone and identity numbers of every segment, so a part of one said in another
 * segment ("nittifem, nittien …" before the clinician reads back "95 91 28 60") is found too.
 */
export function reserveNames(texts: readonly RawText[], options: PseudonymizeOptions): void {
  const policy = options.policy ?? defaultPolicy;
  for (const text of texts) {
    const detected = detectIdentifiers(text, {
      minConfidence: policy.minConfidence,
      ...(options.known === undefined ? {} : { known: options.known }),
    });
    reservePersonNames(detected, options.vault);
    rememberNumbers(detected, options.vault);
  }
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
