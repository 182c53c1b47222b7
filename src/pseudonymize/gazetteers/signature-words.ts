/**
 * Where a signature word opens a frame for the writer's name or initials:
 * - `capitals`: a line in capitals, "DIKTERT AV LIS HANSEN" (`recognizeCapitalSignatureNames`);
 * - `colon`: a name after the word and its colon, "Sign.: Tveit" (`recognizeSignatures`);
 * - `initials`: initials after the word, "Sign. GA", "Mvh /tk" (`recognizeInitials`).
 */
export type SignatureFrame = 'capitals' | 'colon' | 'initials';

/**
 * The one list of words that sign, dictate or approve a note before its writer, each with the
 * frames it opens. Lower case, without the abbreviation's dot.
 */
const signatureWordFrames: ReadonlyMap<string, readonly SignatureFrame[]> = new Map([
  ['sign', ['capitals', 'colon', 'initials']],
  ['signert', ['capitals', 'colon', 'initials']],
  ['signatur', ['colon', 'initials']],
  ['sig', ['initials']],
  ['mvh', ['colon', 'initials']],
  ['vh', ['colon', 'initials']],
  ['hilsen', ['colon', 'initials']],
  ['initialer', ['initials']],
  ['initialene', ['initials']],
  ['attestert', ['initials']],
  ['dikt', ['initials']],
  ['diktert', ['capitals', 'initials']],
  ['diktat', ['initials']],
  ['kontrasignert', ['capitals', 'initials']],
  ['kontrasign', ['initials']],
  ['godkjent', ['capitals', 'initials']],
  ['ansvarlig', ['initials']],
  ['journalført', ['initials']],
  ['skrevet', ['capitals', 'initials']],
  ['skr', ['initials']],
  ['vurdert', ['initials']],
  ['undersøkt', ['initials']],
  ['utført', ['initials']],
  ['ref', ['initials']],
  ['vidimert', ['capitals']],
]);

/** The signature words that open `frame`. */
export function signatureWordsFor(frame: SignatureFrame): ReadonlySet<string> {
  return new Set(
    [...signatureWordFrames].filter(([, frames]) => frames.includes(frame)).map(([word]) => word),
  );
}
