import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkPersonalNumber,
  isValidHprNumber,
  isValidOrganizationNumber,
} from './norwegian-identifiers.js';

// Check digits computed independently (by hand / a separate script), all synthetic.
const validFodselsnummer = ['14030352751', '09018841425', '13031353453', '29020010027'];
const validDNummer = ['41038010091', '52059910078', '71017010187'];
const validSynthetic = ['01891210058', '15857510027']; // Skatteetaten Tenor test numbers (month + 80)

describe('checkPersonalNumber', () => {
  it('accepts valid fødselsnummer, including the shared cases d01 and d04', () => {
    for (const value of validFodselsnummer) {
      expect(checkPersonalNumber(value)).toEqual({ ok: true, kind: 'fodselsnummer' });
    }
  });

  it('recognises a D-nummer by the day plus 40', () => {
    for (const value of validDNummer)
      expect(checkPersonalNumber(value)).toEqual({ ok: true, kind: 'd-nummer' });
  });

  it('accepts synthetic test numbers with the month plus 80', () => {
    for (const value of validSynthetic) expect(checkPersonalNumber(value).ok).toBe(true);
  });

  it('rejects the deliberately broken numbers of the shared cases d03 and d06 on the check digits', () => {
    expect(checkPersonalNumber('02040656184')).toEqual({ ok: false, reason: 'checksum' });
    expect(checkPersonalNumber('30065133127')).toEqual({ ok: false, reason: 'checksum' });
  });

  it('rejects impossible birth dates even when the check digits match', () => {
    expect(checkPersonalNumber('31048010000')).toEqual({ ok: false, reason: 'date' }); // 31 April
    expect(checkPersonalNumber('32108010028')).toEqual({ ok: false, reason: 'date' });
  });

  it('rejects anything that is not 11 digits', () => {
    for (const value of ['1403035275', '140303527510', '1403035275a', '140303 52751', '']) {
      expect(checkPersonalNumber(value)).toEqual({ ok: false, reason: 'format' });
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
          expect(checkPersonalNumber(digits.join('')).ok).toBe(false);
        },
      ),
    );
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

describe('isValidOrganizationNumber', () => {
  it('accepts a number with the right mod-11 check digit', () => {
    expect(isValidOrganizationNumber('974760673')).toBe(true);
  });

  it('rejects a wrong check digit or wrong length', () => {
    expect(isValidOrganizationNumber('974760674')).toBe(false);
    expect(isValidOrganizationNumber('97476067')).toBe(false);
  });
});
