import { z } from 'zod';
import {
  InvalidInputError,
  unsafeAsPseudonymized,
  type KnownPatient,
  type PseudonymizedText,
  type RawText,
} from '../core/index.js';
import { pseudonymize, reserveNames } from './pseudonymize.js';
import { createVault, parseVault, serializeVault } from './vault.js';

/** Random bytes a new vault is made from (its surrogate seed and date offset); see `createVault`. */
export const vaultSeedBytes = 34;

/** What `pseudonymizeSegments` works on. */
export interface SegmentsToPseudonymize {
  readonly segments: readonly { readonly text: RawText }[];
  readonly known?: KnownPatient;
  /** The consultation's serialized vault from earlier calls, if any. */
  readonly vault?: string;
  /**
   * `vaultSeedBytes` cryptographically random bytes for a new vault (required without `vault`,
   * ignored with it). Key material: it decides every surrogate; never log it.
   */
  readonly seed?: Uint8Array;
}

/** One segment's pseudonymized text and where, in its raw text, something was replaced. */
export interface PseudonymizedSegmentText {
  readonly text: PseudonymizedText;
  /** Replaced spans in the raw text and the length of what replaced them, in order. */
  readonly replacements: readonly {
    readonly start: number;
    readonly end: number;
    readonly length: number;
  }[];
}

/** The result of `pseudonymizeSegments`: texts in input order and the updated vault. */
export interface PseudonymizedSegments {
  readonly segments: readonly PseudonymizedSegmentText[];
  /** The serialized vault (real values ↔ surrogates), for the caller to encrypt and store. */
  readonly vault: string;
}

/**
 * Pseudonymizes every segment with one vault (consistent surrogates across segments): a pure
 * function of its input, so it gives the same result on the main thread and on a worker thread
 * (the compute pool, issue 14). Every real name of the consultation is reserved first, so no
 * surrogate can equal one of them. The vault comes back serialized; storing it (encrypted) is the
 * caller's business.
 */
export function pseudonymizeSegments(input: SegmentsToPseudonymize): PseudonymizedSegments {
  const { known } = input;
  const vault =
    input.vault === undefined
      ? createVault({ random: seedSource(input.seed) })
      : parseVault(input.vault);
  const options = { vault, ...(known === undefined ? {} : { known }) };
  reserveNames(
    input.segments.map((segment) => segment.text),
    options,
  );
  const segments = input.segments.map((segment): PseudonymizedSegmentText => {
    const result = pseudonymize(segment.text, options);
    const replacements = result.entities
      .filter((entity) => entity.surrogate !== null)
      .map((entity) => ({
        start: entity.start,
        end: entity.end,
        length: entity.surrogate?.length ?? 0,
      }));
    return { text: result.text, replacements };
  });
  return { segments, vault: serializeVault(vault) };
}

function seedSource(seed: Uint8Array | undefined): (bytes: number) => Buffer {
  if (seed?.length !== vaultSeedBytes)
    throw new InvalidInputError(`a new vault needs ${vaultSeedBytes} random bytes`);
  const copy = Buffer.from(seed);
  return () => copy;
}

/**
 * The result of `pseudonymizeSegments` after it crossed a thread boundary (structured clone drops
 * the brand). Only for what a worker thread's `pseudonymizeSegments` returned: it brands the texts
 * as pseudonymized again.
 */
export const pseudonymizedSegmentsSchema = z
  .object({
    segments: z.array(
      z
        .object({
          text: z.string(),
          replacements: z.array(
            z
              .object({
                start: z.number().int().nonnegative(),
                end: z.number().int().nonnegative(),
                length: z.number().int().nonnegative(),
              })
              .strict(),
          ),
        })
        .strict(),
    ),
    vault: z.string(),
  })
  .strict()
  .transform((value): PseudonymizedSegments => ({
    segments: value.segments.map((segment) => ({
      text: unsafeAsPseudonymized(segment.text),
      replacements: segment.replacements,
    })),
    vault: value.vault,
  }));
