/**
 * Modulus-11 arithmetic shared by the Norwegian identifiers (Skatteetaten, Brønnøysundregistrene,
 * Bits for account numbers): a control digit makes the weighted digit sum divisible by 11.
 */

/** Σ digit·weight over the first `weights.length` digits of a string of digits. */
export function weightedDigitSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let index = 0; index < weights.length; index++)
    sum += (digits.charCodeAt(index) - 48) * (weights[index] ?? 0);
  return sum;
}

/** The mod-11 control digit for the digits and weights; undefined when it would be 10 (unusable). */
export function computeMod11ControlDigit(
  digits: string,
  weights: readonly number[],
): number | undefined {
  const control = (11 - (weightedDigitSum(digits, weights) % 11)) % 11;
  return control === 10 ? undefined : control;
}

/** Appends a mod-11 control digit with the given weights; undefined when it would be 10. */
export function appendMod11ControlDigit(
  digits: string,
  weights: readonly number[],
): string | undefined {
  const control = computeMod11ControlDigit(digits, weights);
  return control === undefined ? undefined : digits + String(control);
}
