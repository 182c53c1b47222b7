/**
 * The control-digit check the evaluation sets use to hold numbers both with and without valid
 * control digits: the product's own (`src/identifiers`, current and 2032 rule), under the name the
 * evaluation tests import.
 */
export { hasValidIdControlDigits as hasValidControlDigits } from '../../src/identifiers/index.js';
