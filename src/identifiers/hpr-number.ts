/**
 * HPR-nummer (Helsepersonellregisteret): a positive whole number of up to 9 digits. HPR numbers
 * carry no public control digit, so only the form is checked.
 */
export function isValidHprNumber(value: string): boolean {
  return /^[1-9]\d{0,8}$/u.test(value);
}
