import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map((entity) => `${entity.type}:${entity.text}`);
}

/** Every letter of `name` lies inside a detected span of the text. */
function covered(text: string, name: string): boolean {
  const at = text.indexOf(name);
  const spans = detectIdentifiers(text);
  for (let index = at; index < at + name.length; index++) {
    if (!/\p{L}/u.test(text.charAt(index))) continue;
    if (!spans.some((span) => span.start <= index && index < span.end)) return false;
  }
  return true;
}

describe('recognizeCapitalSignatureNames', () => {
  it('finds the name after a signature word in a line written in capitals', () => {
    expect(covered('DIKTERT AV LIS HANSEN', 'HANSEN')).toBe(true);
    expect(covered('SIGNERT: OVERLEGE KARI NORDMANN', 'KARI NORDMANN')).toBe(true);
    expect(covered('GODKJENT AV: OLSEN', 'OLSEN')).toBe(true);
    expect(found('GODKJENT AV: OLSEN')).toEqual(['PERSON:OLSEN']);
  });

  it('finds the name at the end of a signature line below the text of a note', () => {
    const note =
      'Pasienten utskrives til hjemmet.\nDIKTERT AV LIS HANSEN, GODKJENT AV OVERLEGE BERG';
    expect(covered(note, 'HANSEN')).toBe(true);
    expect(covered(note, 'BERG')).toBe(true);
  });

  it('finds nothing in a signature line in capitals that names roles only', () => {
    expect(found('DIKTERT AV LIS, GODKJENT AV OVERLEGE')).toEqual([]);
    expect(found('SIGNERT: OVERLEGE')).toEqual([]);
    expect(found('GODKJENT AV: VAKTHAVENDE LEGE')).toEqual([]);
  });

  it('finds nothing in a heading in capitals with no signature word', () => {
    expect(found('EPIKRISE MEDISINSK AVDELING')).toEqual([]);
    expect(found('DIKTERT NOTAT, IKKE GODKJENT')).toEqual([]);
  });
});
