/**
 * Checksum of the Norwegian fødselsnummer and D-nummer (11 digits: DDMMYY, three individual digits,
 * two control digits). Control digits follow Skatteetaten's modulus-11 definition with the weights
 * below; a remainder giving 10 means no valid number exists for those nine digits.
 * Used only to check that the evaluation set holds numbers both with and without valid control
 * digits.
 */
const FIRST_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const SECOND_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

function controlDigit(digits: readonly number[], weights: readonly number[]): number | undefined {
  const sum = weights.reduce((total, weight, index) => total + weight * (digits[index] ?? 0), 0);
  const control = 11 - (sum % 11);
  if (control === 11) return 0;
  return control === 10 ? undefined : control;
}

/** True when `value` is 11 digits whose two control digits are correct. */
export function hasValidControlDigits(value: string): boolean {
  if (!/^\d{11}$/.test(value)) return false;
  const digits = Array.from(value, (digit) => Number(digit));
  const first = controlDigit(digits.slice(0, 9), FIRST_WEIGHTS);
  if (first === undefined || first !== digits[9]) return false;
  const second = controlDigit(digits.slice(0, 10), SECOND_WEIGHTS);
  return second !== undefined && second === digits[10];
}
