/**
 * Norwegian identity numbers (Folkeregisteret): fødselsnummer, D-nummer (day + 40), H-nummer
 * (month + 40), FH-nummer (first digit 8 or 9), synthetic test numbers (month + 80, Skatteetaten's
 * Tenor range) and DUF-nummer (12 digits, UDI). Control digits per Skatteetaten: k1 with weights
 * 3 7 6 1 8 9 4 5 2, k2 with weights 5 4 3 2 7 6 5 4 3 2; for numbers issued from 1 January 2032
 * k1 may take four values (weighted sum including k1 ≡ 0, 1, 2 or 3 mod 11), k2 is unchanged.
 */

import { weightedDigitSum as weightedSum } from './mod11.js';

/** The kinds of 11- and 12-digit identity numbers. */
export type NationalIdKind =
  'fødselsnummer' | 'D-nummer' | 'H-nummer' | 'FH-nummer' | 'syntetisk' | 'DUF-nummer';

const k1Weights = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const k2Weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

/** True when both control digits of an 11-digit number are right, by the current or the 2032 rule. */
export function hasValidIdControlDigits(digits: string): boolean {
  if (!/^\d{11}$/u.test(digits)) return false;
  const k1 = digits.charCodeAt(9) - 48;
  const k1Remainder = (weightedSum(digits, k1Weights) + k1) % 11;
  if (k1Remainder > 3) return false;
  return (weightedSum(digits, k2Weights) + (digits.charCodeAt(10) - 48)) % 11 === 0;
}

/** Computes control digits by the current rule; undefined when either would be 10 (number unusable). */
export function computeIdControlDigits(nineDigits: string): string | undefined {
  const k1 = (11 - (weightedSum(nineDigits, k1Weights) % 11)) % 11;
  if (k1 === 10) return undefined;
  const withK1 = nineDigits + String(k1);
  const k2 = (11 - (weightedSum(withK1, k2Weights) % 11)) % 11;
  if (k2 === 10) return undefined;
  return `${k1}${k2}`;
}

function daysInMonth(month: number): number {
  return [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** What an 11-digit number's date part says, after removing the D/H/FH/synthetic offsets. */
export interface IdDateParts {
  readonly kind: NationalIdKind;
  readonly day: number;
  readonly month: number;
  readonly twoDigitYear: number;
}

/** Reads the date part of an 11-digit number; undefined when it cannot be a birth date. */
export function readIdDate(digits: string): IdDateParts | undefined {
  if (!/^\d{11}$/u.test(digits)) return undefined;
  let day = Number(digits.slice(0, 2));
  let month = Number(digits.slice(2, 4));
  const twoDigitYear = Number(digits.slice(4, 6));
  let kind: NationalIdKind = 'fødselsnummer';
  const first = digits.charCodeAt(0) - 48;
  if (first === 8 || first === 9) return { kind: 'FH-nummer', day: 0, month: 0, twoDigitYear };
  if (day > 40) {
    day -= 40;
    kind = 'D-nummer';
  }
  if (month > 80) {
    month -= 80;
    kind = 'syntetisk';
  } else if (month > 40) {
    month -= 40;
    kind = 'H-nummer';
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(month)) return undefined;
  return { kind, day, month, twoDigitYear };
}

/** Classifies an 11-digit identity number; `valid` reports the control digits. */
export function classifyNationalId(
  digits: string,
): { kind: NationalIdKind; valid: boolean } | undefined {
  const parts = readIdDate(digits);
  if (parts === undefined) return undefined;
  return { kind: parts.kind, valid: hasValidIdControlDigits(digits) };
}

/** DUF-nummer: 12 digits, the last two a mod-11 control number over the first ten (UDI). */
export function isValidDufNumber(digits: string): boolean {
  if (!/^\d{12}$/u.test(digits)) return false;
  const weights = [4, 6, 3, 2, 4, 6, 3, 2, 7, 5];
  const sum = weightedSum(digits, weights) % 11;
  return sum === Number(digits.slice(10));
}

/**
 * A synthetic identity number (month + 80) for the given birth date: such numbers are never issued
 * to real people, so a surrogate can never identify anyone. `dNumber` adds 40 to the day as well.
 * `nextIndividual` supplies candidate 3-digit individual numbers until the control digits work.
 */
export function createSyntheticNationalId(options: {
  day: number;
  month: number;
  twoDigitYear: number;
  dNumber: boolean;
  nextIndividual: () => number;
}): string {
  const day = String(options.day + (options.dNumber ? 40 : 0)).padStart(2, '0');
  const month = String(options.month + 80);
  const year = String(options.twoDigitYear % 100).padStart(2, '0');
  for (let attempt = 0; attempt < 100; attempt++) {
    const individual = String(options.nextIndividual() % 1000).padStart(3, '0');
    const nine = `${day}${month}${year}${individual}`;
    const control = computeIdControlDigits(nine);
    if (control !== undefined) return nine + control;
  }
  // 100 unusable individual numbers in a row cannot happen with a uniform source (p ≈ 0.17^100).
  throw new Error('could not create a synthetic identity number');
}

/**
 * The birth date (YYYY-MM-DD) an 11-digit fødselsnummer, D- or H-nummer encodes, with the
 * century from the individual number (Skatteetaten: 000–499 → 1900–1999; 500–749 with year ≥ 54 →
 * 1854–1899; 500–999 with year < 40 → 2000–2039; 900–999 with year ≥ 40 → 1940–1999). Undefined
 * for FH-nummer (no date) and for combinations that encode no century.
 */
export function readNationalIdBirthDate(digits: string): string | undefined {
  const parts = readIdDate(digits);
  if (parts === undefined || parts.kind === 'FH-nummer') return undefined;
  const individual = Number(digits.slice(6, 9));
  const year = parts.twoDigitYear;
  let century: number | undefined;
  if (individual <= 499) century = 1900;
  else if (individual <= 749 && year >= 54) century = 1800;
  else if (year < 40) century = 2000;
  else if (individual >= 900) century = 1900;
  if (century === undefined) return undefined;
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${century + year}-${pad(parts.month)}-${pad(parts.day)}`;
}

/** Why an identity number was refused, or what kind it is. */
export type NationalIdCheck =
  | { readonly ok: true; readonly kind: NationalIdKind }
  | { readonly ok: false; readonly reason: 'format' | 'date' | 'checksum' };

/**
 * Checks an 11-digit identity number: the form, a date part that can be a birth date (FH-nummer
 * has none), and both control digits by the current or the 2032 rule. Never echoes the value.
 */
export function checkNationalId(value: string): NationalIdCheck {
  if (!/^\d{11}$/u.test(value)) return { ok: false, reason: 'format' };
  const parts = readIdDate(value);
  if (parts === undefined) return { ok: false, reason: 'date' };
  if (!hasValidIdControlDigits(value)) return { ok: false, reason: 'checksum' };
  return { ok: true, kind: parts.kind };
}

/**
 * True when an 11-digit number is written as a D-nummer: 40 added to the day, so the first digit
 * is 4–7. Decided by the digit alone, so a number whose control digits fail still reads as the
 * kind it was meant to be.
 */
export function isDNumber(value: string): boolean {
  return /^[4-7]\d{10}$/u.test(value);
}
