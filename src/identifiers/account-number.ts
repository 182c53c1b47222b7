import { computeMod11ControlDigit } from './mod11.js';

/** Kontonummer (bank account): 11 digits, mod 11 with weights 5 4 3 2 7 6 5 4 3 2. */
export function isValidAccountNumber(digits: string): boolean {
  if (!/^\d{11}$/u.test(digits)) return false;
  return (
    computeMod11ControlDigit(digits, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) === digits.charCodeAt(10) - 48
  );
}
