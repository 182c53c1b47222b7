import { describe, expect, it } from 'vitest';
import {
  classifyNationalId,
  createSyntheticNationalId,
  hasValidIdControlDigits,
  isValidOrganisationNumber,
  readNationalIdBirthDate,
} from './index.js';

describe('national identity numbers', () => {
  it('accepts the shared cases whose fødselsnummer passes the checksum and rejects those that fail it', () => {
    expect(hasValidIdControlDigits('14030352751')).toBe(true);
    expect(hasValidIdControlDigits('09018841425')).toBe(true);
    expect(hasValidIdControlDigits('02040656184')).toBe(false);
    expect(hasValidIdControlDigits('30065133127')).toBe(false);
  });

  it('accepts numbers issued under the 2032 rule, where k1 may take four values', () => {
    // Skatteetaten's examples for 30.10.1982, individual number 999, remainders 0 and 1.
    expect(hasValidIdControlDigits('30108299920')).toBe(true);
    expect(hasValidIdControlDigits('30108299939')).toBe(true);
    expect(hasValidIdControlDigits('02013299997')).toBe(true);
  });

  it('reads the birth date with the century the individual number gives', () => {
    expect(readNationalIdBirthDate('14030352751')).toBe('2003-03-14');
    expect(readNationalIdBirthDate('25059112379')).toBe('1991-05-25');
    expect(readNationalIdBirthDate('54030352745')).toBe('2003-03-14'); // D-nummer
    expect(readNationalIdBirthDate('30108299939')).toBe('1982-10-30'); // individual 999, year 82
    expect(readNationalIdBirthDate('99999999999')).toBeUndefined(); // FH-nummer has no date
  });

  it('recognises D-nummer, H-nummer and synthetic numbers by their date offsets', () => {
    expect(classifyNationalId('54030352751')?.kind).toBe('D-nummer');
    expect(classifyNationalId('14430352751')?.kind).toBe('H-nummer');
    expect(classifyNationalId('14830352751')?.kind).toBe('syntetisk');
    expect(classifyNationalId('99999999999')?.kind).toBe('FH-nummer');
  });

  it('creates synthetic numbers (month + 80) with valid control digits', () => {
    let next = 0;
    for (let day = 1; day <= 28; day++) {
      const id = createSyntheticNationalId({
        day,
        month: 3,
        twoDigitYear: 3,
        dNumber: false,
        nextIndividual: () => next++,
      });
      expect(hasValidIdControlDigits(id)).toBe(true);
      expect(Number(id.slice(2, 4))).toBe(83);
    }
  });

  it('checks organisation numbers with mod 11', () => {
    expect(isValidOrganisationNumber('974760673')).toBe(true);
    expect(isValidOrganisationNumber('974760674')).toBe(false);
  });
});
