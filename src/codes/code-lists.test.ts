import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isKnownCode, searchCodes, tryGetCode } from './index.js';
import { getSharedConsultationsDirectory } from '../testing/shared-data.js';

const consultationsDirectory = getSharedConsultationsDirectory();

describe('tryGetCode', () => {
  it('returns the Norwegian text of an ICPC-2 code', () => {
    expect(tryGetCode('ICPC-2', 'R72')).toEqual({
      system: 'ICPC-2',
      code: 'R72',
      text: 'Streptokokkhals',
    });
  });

  it('accepts ICD-10 with and without the dot and stores the dot-less form', () => {
    const withDot = tryGetCode('ICD-10', 'J03.9');
    expect(withDot).toEqual({
      system: 'ICD-10',
      code: 'J039',
      text: 'Uspesifisert akutt tonsillitt',
    });
    expect(tryGetCode('ICD-10', 'J039')).toEqual(withDot);
  });

  it('accepts lower case and surrounding spaces', () => {
    expect(tryGetCode('ICPC-2', ' r74 ')?.code).toBe('R74');
    expect(tryGetCode('ICD-10', 'm16.1')?.code).toBe('M161');
  });

  it('returns undefined for codes that do not exist or are malformed', () => {
    expect(tryGetCode('ICPC-2', 'R99X')).toBeUndefined();
    expect(tryGetCode('ICPC-2', 'Q01')).toBeUndefined();
    expect(tryGetCode('ICD-10', 'J03.99')).toBeUndefined();
    expect(tryGetCode('ICD-10', 'not a code')).toBeUndefined();
    expect(tryGetCode('ICD-10', '')).toBeUndefined();
  });

  it('does not mix the two systems', () => {
    // R72 exists in both lists with different meanings.
    expect(tryGetCode('ICPC-2', 'R72')?.text).toBe('Streptokokkhals');
    expect(tryGetCode('ICD-10', 'R72')?.text).not.toBe('Streptokokkhals');
    expect(isKnownCode('ICPC-2', 'J039')).toBe(false);
  });

  it('knows every diagnosis code of the shared consultations', () => {
    const files = readdirSync(consultationsDirectory).filter((file) => file.endsWith('.json'));
    expect(files.length).toBe(6);
    for (const file of files) {
      const consultation = JSON.parse(readFileSync(join(consultationsDirectory, file), 'utf8')) as {
        reference_note: { diagnosis: { system: 'ICPC-2' | 'ICD-10'; code: string }[] };
      };
      for (const diagnosis of consultation.reference_note.diagnosis) {
        expect(isKnownCode(diagnosis.system, diagnosis.code), `${file} ${diagnosis.code}`).toBe(
          true,
        );
      }
    }
  });
});

describe('searchCodes', () => {
  it('finds codes by code prefix, in code order', () => {
    const codes = searchCodes('J03', { system: 'ICD-10' }).map((entry) => entry.code);
    expect(codes).toEqual(['J030', 'J038', 'J039']);
  });

  it('puts an exact code first', () => {
    expect(searchCodes('R74')[0]?.code).toBe('R74');
    expect(searchCodes('M16.1')[0]?.code).toBe('M161');
  });

  it('finds codes by Norwegian words, ranking the general-practice code first', () => {
    const results = searchCodes('tonsillitt');
    expect(results[0]).toEqual({ system: 'ICPC-2', code: 'R76', text: 'Akutt tonsillitt' });
    expect(results.map((entry) => entry.code)).toContain('J039');
  });

  it('requires every query word to match', () => {
    const results = searchCodes('akutt tonsill');
    expect(results.length).toBeGreaterThan(0);
    for (const entry of results) {
      expect(entry.text.toLowerCase()).toContain('akutt');
      expect(entry.text.toLowerCase()).toContain('tonsill');
    }
  });

  it('ignores diacritics and case', () => {
    expect(searchCodes('MYKSODEM').map((entry) => entry.code)).toContain('T86');
    expect(searchCodes('ovre luftveisinfeksjon', { system: 'ICPC-2' })[0]?.code).toBe('R74');
  });

  it('evens out c/k spelling variants of medical terms', () => {
    expect(searchCodes('urtikaria', { system: 'ICPC-2' })[0]?.code).toBe('S98');
  });

  it('finds words inside Norwegian compounds, after word-start matches', () => {
    const results = searchCodes('artrose', { system: 'ICD-10', limit: 100 });
    expect(results.map((entry) => entry.code)).toContain('M161');
  });

  it('filters by system and respects the limit', () => {
    const results = searchCodes('hodepine', { system: 'ICD-10', limit: 2 });
    expect(results).toHaveLength(2);
    expect(results.every((entry) => entry.system === 'ICD-10')).toBe(true);
  });

  it('returns nothing for an empty query or one that matches nothing', () => {
    expect(searchCodes('')).toEqual([]);
    expect(searchCodes('   ')).toEqual([]);
    expect(searchCodes('xyzzyqwerty')).toEqual([]);
  });
});
