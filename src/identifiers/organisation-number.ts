import { computeMod11ControlDigit } from './mod11.js';

/**
 * Organisasjonsnummer (Enhetsregisteret, Brønnøysundregistrene): 9 digits, the last a mod-11
 * control digit over the first eight with weights 3 2 7 6 5 4 3 2.
 */
export function isValidOrganisationNumber(digits: string): boolean {
  if (!/^\d{9}$/u.test(digits)) return false;
  return computeMod11ControlDigit(digits, [3, 2, 7, 6, 5, 4, 3, 2]) === digits.charCodeAt(8) - 48;
}
