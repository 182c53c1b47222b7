/** Identifier categories, the same as the `phi` lists of the shared consultations. */
export const phiTypes = [
  'PERSON',
  'ID',
  'PHONE',
  'EMAIL',
  'ADDRESS',
  'POSTAL_CODE',
  'LOCATION',
  'ORGANIZATION',
  'DATE',
  'AGE',
  'WORKPLACE',
  'OTHER',
] as const;
export type PhiType = (typeof phiTypes)[number];

/** One identifier found in a text. Offsets are JavaScript string indices; `text` is the slice. */
export interface DetectedEntity {
  readonly start: number;
  readonly end: number;
  readonly type: PhiType;
  /** Finer kind, e.g. 'fødselsnummer', 'D-nummer', 'HPR', 'URL', 'IP', 'kjennemerke', 'year'. */
  readonly subtype?: string;
  /** 0–1: how sure the recognizer is. 1 for seeded known-patient identifiers. */
  readonly confidence: number;
  readonly text: string;
}

/** A recognizer's proposal before overlaps are resolved. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly type: PhiType;
  readonly subtype?: string;
  readonly confidence: number;
}
