/**
 * The PHI types of the evaluation set. They mirror the types of the shared consultation cases
 * (`../shared/data/consultations/README.md`) and the pseudonymizer's `PhiType`; the scorer keeps
 * its own copy so that the held-out measure does not depend on the code it measures.
 */
export const PHI_TYPES = [
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

export type PhiType = (typeof PHI_TYPES)[number];

/**
 * Direct identifiers: each one alone points at a person. The recall target for these is stricter
 * (≥ 0.97) than for all identifiers together (≥ 0.92).
 */
export const DIRECT_TYPES: readonly PhiType[] = ['PERSON', 'ID', 'PHONE', 'EMAIL', 'ADDRESS'];

/** True when `value` is one of the PHI type names. */
export function isPhiType(value: string): value is PhiType {
  return (PHI_TYPES as readonly string[]).includes(value);
}
