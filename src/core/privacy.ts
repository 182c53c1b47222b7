/**
 * Privacy states as types (design §2, conventions §8).
 *
 * `RawText` may identify a patient. `PseudonymizedText` has been through `pseudonymize()` and is
 * the only text type a language model (`Drafter`) accepts. Only the pseudonymize module mints
 * `PseudonymizedText`; everything else must treat it as opaque.
 */
declare const rawBrand: unique symbol;
declare const pseudonymizedBrand: unique symbol;

/** Text that may contain identifiers: transcripts, clinician edits, re-identified drafts. */
export type RawText = string & { readonly [rawBrand]: true };

/** Text whose identifiers have been replaced by surrogates. */
export type PseudonymizedText = string & { readonly [pseudonymizedBrand]: true };

/** Marks text from an identifiable source (a transcript, an import) as raw. */
export function asRawText(text: string): RawText {
  return text as RawText;
}

/**
 * A part of pseudonymized text (`String.prototype.slice` semantics). A slice adds nothing that was
 * not already pseudonymized, so it keeps the brand: how a long transcript is cut into parts
 * without minting pseudonymized text outside `src/pseudonymize`.
 */
export function slicePseudonymized(
  text: PseudonymizedText,
  start?: number,
  end?: number,
): PseudonymizedText {
  return text.slice(start, end) as PseudonymizedText;
}

/**
 * Mints pseudonymized text. Reserved for `src/pseudonymize` (and test fakes that build
 * pseudonymized fixtures by hand); an ESLint rule is not needed because reviewers search for it.
 */
export function unsafeAsPseudonymized(text: string): PseudonymizedText {
  return text as PseudonymizedText;
}
