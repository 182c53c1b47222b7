import { describe, expect, it } from 'vitest';
import { createCodeIndex, formatCode, toCodeKey } from './index.js';

const fixture = createCodeIndex([
  { system: 'ICPC-2', code: 'R72', text: 'Streptokokkhals' },
  { system: 'ICPC-2', code: 'L13', text: 'Hofte symptomer/plager' },
  { system: 'ICD-10', code: 'M161', text: 'Annen primær hofteleddsartrose' },
  { system: 'ICD-10', code: 'T4n', text: 'Forgiftning med terapeutiske legemidler' },
]);

describe('createCodeIndex', () => {
  it('ranks a word-start match above a match inside a compound', () => {
    expect(fixture.searchCodes('hofte').map((entry) => entry.code)).toEqual(['L13', 'M161']);
  });

  it('does not match very short fragments inside words', () => {
    expect(fixture.searchCodes('ft')).toEqual([]);
    expect(fixture.searchCodes('oft').map((entry) => entry.code)).toEqual(['L13', 'M161']);
  });

  it('finds codes whose list form has lower-case letters', () => {
    expect(fixture.tryGetCode('ICD-10', 'T4N')?.code).toBe('T4n');
  });

  it('lists each system in list order', () => {
    expect(fixture.listCodes('ICPC-2').map((entry) => entry.code)).toEqual(['R72', 'L13']);
  });

  it('refuses a list with a malformed code', () => {
    expect(() => createCodeIndex([{ system: 'ICPC-2', code: 'R7', text: 'x' }])).toThrow(
      /malformed ICPC-2/,
    );
  });
});

describe('code formats', () => {
  it('derives dot-less upper-case keys', () => {
    expect(toCodeKey('ICD-10', 'j03.9')).toBe('J039');
    expect(toCodeKey('ICD-10', 'M16')).toBe('M16');
    expect(toCodeKey('ICPC-2', 'a981')).toBe('A981');
    expect(toCodeKey('ICPC-2', 'R7')).toBeUndefined();
    expect(toCodeKey('ICD-10', 'J03-9')).toBeUndefined();
  });

  it('formats ICD-10 with the dot for display and leaves ICPC-2 alone', () => {
    expect(formatCode('ICD-10', 'J039')).toBe('J03.9');
    expect(formatCode('ICD-10', 'I10')).toBe('I10');
    expect(formatCode('ICPC-2', 'A981')).toBe('A981');
  });
});
