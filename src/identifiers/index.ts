/**
 * Norwegian identifiers with their control-digit rules: fødselsnummer, D-, H- and FH-nummer,
 * synthetic test numbers, DUF-nummer (with the 2032 rule for k1), organisasjonsnummer,
 * kontonummer and HPR-nummer. The one implementation for pseudonymization, patient checks,
 * export and the evaluation sets.
 */
export { isValidAccountNumber } from './account-number.js';
export { isValidHprNumber } from './hpr-number.js';
export { appendMod11ControlDigit, computeMod11ControlDigit } from './mod11.js';
export {
  checkNationalId,
  classifyNationalId,
  computeIdControlDigits,
  createSyntheticNationalId,
  hasValidIdControlDigits,
  isDNumber,
  isValidDufNumber,
  readIdDate,
  readNationalIdBirthDate,
} from './national-id.js';
export type { IdDateParts, NationalIdCheck, NationalIdKind } from './national-id.js';
export { isValidOrganisationNumber } from './organisation-number.js';
