/*
 * Norwegian identifiers used in a record hand-over, with the checks receivers apply.
 *
 * Fødselsnummer and D-nummer (Skatteetaten, folkeregisteret): 11 digits, DDMMYY + three-digit
 * individual number + two mod-11 check digits. A D-nummer adds 4 to the first digit of the day.
 * Synthetic test numbers add 40 (NAV) or 80 (Skatteetaten's Tenor) to the month; we accept them so
 * test environments work, and they still must pass both check digits.
 * Check digits: k1 = 11 − (Σ d_i·w_i mod 11) with w = 3 7 6 1 8 9 4 5 2; k2 likewise over the
 * first ten digits with w = 5 4 3 2 7 6 5 4 3 2; 11 becomes 0 and 10 means the number is invalid.
 */

/** What an 11-digit personal identifier is, or why it is not one. */
export type PersonalNumberKind = 'fodselsnummer' | 'd-nummer';

export type PersonalNumberCheck =
  | { readonly ok: true; readonly kind: PersonalNumberKind }
  | { readonly ok: false; readonly reason: 'format' | 'date' | 'checksum' };

const firstWeights = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const secondWeights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

function mod11CheckDigit(
  digits: readonly number[],
  weights: readonly number[],
): number | undefined {
  let sum = 0;
  for (let index = 0; index < weights.length; index += 1) {
    sum += (digits[index] ?? 0) * (weights[index] ?? 0);
  }
  const remainder = 11 - (sum % 11);
  if (remainder === 11) return 0;
  if (remainder === 10) return undefined;
  return remainder;
}

/**
 * Checks a fødselsnummer or D-nummer: format, a plausible birth date, and both mod-11 check
 * digits. Returns which kind it is. Never echoes the value.
 */
export function checkPersonalNumber(value: string): PersonalNumberCheck {
  if (!/^\d{11}$/.test(value)) return { ok: false, reason: 'format' };
  const digits = Array.from(value, Number);
  const [d1 = 0, d2 = 0, m1 = 0, m2 = 0] = digits;
  let day = d1 * 10 + d2;
  let month = m1 * 10 + m2;
  let kind: PersonalNumberKind = 'fodselsnummer';
  if (day > 40) {
    kind = 'd-nummer';
    day -= 40;
  }
  if (month > 80) month -= 80;
  else if (month > 40) month -= 40;
  // Any century works for the date check; 2000 is a leap year, so 29 February passes.
  const daysInMonth =
    month >= 1 && month <= 12 ? new Date(Date.UTC(2000, month, 0)).getUTCDate() : 0;
  if (day < 1 || day > daysInMonth) return { ok: false, reason: 'date' };
  const first = mod11CheckDigit(digits, firstWeights);
  const second = mod11CheckDigit(digits, secondWeights);
  if (first === undefined || second === undefined || first !== digits[9] || second !== digits[10]) {
    return { ok: false, reason: 'checksum' };
  }
  return { ok: true, kind };
}

/**
 * HPR number (Helsepersonellregisteret): a positive whole number of up to 9 digits. HPR numbers
 * carry no public check digit, so only the form is checked.
 */
export function isValidHprNumber(value: string): boolean {
  return /^[1-9]\d{0,8}$/.test(value);
}

const organizationWeights = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/**
 * Organisasjonsnummer (Enhetsregisteret, Brønnøysundregistrene): 9 digits, the last a mod-11
 * check digit over the first eight with weights 3 2 7 6 5 4 3 2.
 */
export function isValidOrganizationNumber(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const digits = Array.from(value, Number);
  const check = mod11CheckDigit(digits, organizationWeights);
  return check !== undefined && check === digits[8];
}
