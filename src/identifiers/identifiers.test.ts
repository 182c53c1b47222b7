import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idnr } from '@navikt/fnrvalidator';
import {
  checkNationalId,
  hasValidIdControlDigits,
  isDNumber,
  isValidHprNumber,
  isValidOrganisationNumber,
  readIdDate,
} from './index.js';

// Check digits computed independently (by hand / a separate script), all synthetic.
const validFodselsnummer = ['14030352751', '09018841425', '13031353453', '29020010027'];
const validDNummer = ['41038010091', '52059910078', '71017010187'];
const validSynthetic = ['01891210058', '15857510027']; // Skatteetaten Tenor test numbers (month + 80)

describe('checkNationalId', () => {
  it('accepts valid fødselsnummer, including the shared cases d01 and d04', () => {
    for (const value of validFodselsnummer) {
      expect(checkNationalId(value)).toEqual({ ok: true, kind: 'fødselsnummer' });
    }
  });

  it('recognises a D-nummer by the day plus 40', () => {
    for (const value of validDNummer)
      expect(checkNationalId(value)).toEqual({ ok: true, kind: 'D-nummer' });
  });

  it('accepts synthetic test numbers with the month plus 80', () => {
    for (const value of validSynthetic) expect(checkNationalId(value).ok).toBe(true);
  });

  it('rejects the deliberately broken numbers of the shared cases d03 and d06 on the check digits', () => {
    expect(checkNationalId('02040656184')).toEqual({ ok: false, reason: 'checksum' });
    expect(checkNationalId('30065133127')).toEqual({ ok: false, reason: 'checksum' });
  });

  it('rejects impossible birth dates even when the check digits match', () => {
    expect(checkNationalId('31048010000')).toEqual({ ok: false, reason: 'date' }); // 31 April
    expect(checkNationalId('32108010028')).toEqual({ ok: false, reason: 'date' });
  });

  it('rejects anything that is not 11 digits', () => {
    for (const value of ['1403035275', '140303527510', '1403035275a', '140303 52751', '']) {
      expect(checkNationalId(value)).toEqual({ ok: false, reason: 'format' });
    }
  });

  it('catches every single-digit typo in a valid number', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...validFodselsnummer, ...validDNummer),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 1, max: 9 }),
        (value, position, delta) => {
          const digits = Array.from(value, Number);
          digits[position] = ((digits[position] ?? 0) + delta) % 10;
          expect(checkNationalId(digits.join('')).ok).toBe(false);
        },
      ),
    );
  });

  it('accepts FH-nummer, which carry no birth date, where the old export check refused them', () => {
    expect(checkNationalId('91234567883')).toEqual({ ok: true, kind: 'FH-nummer' });
    expect(checkNationalId('81203987641')).toEqual({ ok: true, kind: 'FH-nummer' });
    expect(checkNationalId('81203987642')).toEqual({ ok: false, reason: 'checksum' });
  });

  it('accepts numbers issued under the 2032 rule, where k1 may take four values', () => {
    // Skatteetaten's example for 30.10.1982, individual number 999, remainder 1.
    expect(checkNationalId('30108299939')).toEqual({ ok: true, kind: 'fødselsnummer' });
  });

  it('tells a D-nummer by its first digit, also when the control digits fail', () => {
    expect(isDNumber('41038010091')).toBe(true);
    expect(isDNumber('41038010092')).toBe(true);
    expect(isDNumber('14030352751')).toBe(false);
    expect(isDNumber('91234567883')).toBe(false);
  });
});

describe('isValidHprNumber', () => {
  it('accepts HPR numbers of up to nine digits', () => {
    for (const value of ['4518263', '10247381', '108245376'])
      expect(isValidHprNumber(value)).toBe(true);
  });

  it('rejects leading zeros, letters and too many digits', () => {
    for (const value of ['0451826', '45182a3', '1082453761', ''])
      expect(isValidHprNumber(value)).toBe(false);
  });
});

describe('isValidOrganisationNumber', () => {
  it('accepts a number with the right mod-11 check digit', () => {
    expect(isValidOrganisationNumber('974760673')).toBe(true);
  });

  it('rejects a wrong check digit or wrong length', () => {
    expect(isValidOrganisationNumber('974760674')).toBe(false);
    expect(isValidOrganisationNumber('97476067')).toBe(false);
  });
});

const digit = fc.integer({ min: 0, max: 9 });
const pad = (value: number, length: number): string => String(value).padStart(length, '0');

/**
 * Eleven digits shaped like an identity number: a real or offset date, any individual number,
 * k1 by the current rule or one of the 2032 remainders, k2 computed; sometimes one digit changed.
 */
const shapedNumber = fc
  .record({
    day: fc.integer({ min: 0, max: 32 }),
    dayOffset: fc.constantFrom(0, 40),
    month: fc.integer({ min: 0, max: 13 }),
    monthOffset: fc.constantFrom(0, 40, 80),
    year: fc.integer({ min: 0, max: 99 }),
    individual: fc.integer({ min: 0, max: 999 }),
    remainder: fc.integer({ min: 0, max: 3 }),
    typo: fc.option(fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 9 }))),
  })
  .map(({ day, dayOffset, month, monthOffset, year, individual, remainder, typo }) => {
    const nine =
      pad(day + dayOffset, 2) + pad(month + monthOffset, 2) + pad(year, 2) + pad(individual, 3);
    const weighted = (digits: string, weights: readonly number[]): number =>
      weights.reduce((total, weight, index) => total + weight * Number(digits.charAt(index)), 0);
    // k1 makes the weighted sum ≡ remainder (mod 11); 10 cannot be written, so 0 stands in.
    const k1 = (((remainder - weighted(nine, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11) + 11) % 11;
    const withK1 = nine + String(k1 % 10);
    const k2 = (11 - (weighted(withK1, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)) % 11;
    let value = withK1 + String(k2 % 10);
    if (typo !== null) {
      const [position, delta] = typo;
      const digits = Array.from(value, Number);
      digits[position] = ((digits[position] ?? 0) + delta) % 10;
      value = digits.join('');
    }
    return value;
  });
const anyNumber = fc.oneof(
  shapedNumber,
  fc.array(digit, { minLength: 11, maxLength: 11 }).map((d) => d.join('')),
);

/** NAV's validator reads 29 February by the two-digit year; we accept it for every year. */
function isLeapDay(value: string): boolean {
  const parts = readIdDate(value);
  return parts !== undefined && parts.month === 2 && parts.day === 29;
}

describe('identity numbers against an independent validator (@navikt/fnrvalidator)', () => {
  it('agrees on the control digits of every 11-digit number, by the current and the 2032 rule', () => {
    fc.assert(
      fc.property(anyNumber, (value) => {
        const oracle = idnr(value);
        const oracleChecksumOk =
          oracle.status === 'valid' || !oracle.reasons.includes("checksums don't match");
        expect(hasValidIdControlDigits(value)).toBe(oracleChecksumOk);
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees on which fødselsnummer, D- and H-nummer are valid (FH-nummer are ours alone)', () => {
    fc.assert(
      fc.property(
        anyNumber.filter((value) => !/^[89]/u.test(value) && !isLeapDay(value)),
        (value) => {
          expect(checkNationalId(value).ok).toBe(idnr(value).status === 'valid');
        },
      ),
      { numRuns: 5000 },
    );
  });
});
