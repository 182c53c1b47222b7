import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function persons(text: string): string[] {
  return detectIdentifiers(text)
    .filter((entity) => entity.type === 'PERSON')
    .map((entity) => text.slice(entity.start, entity.end));
}

describe('names in a register order or in capitals', () => {
  it('finds the surname before a comma and a given name after a record label', () => {
    expect(persons('Navn: ØSTBY, KARI')).toContain('ØSTBY');
    expect(persons('Pasient: HAUGEN, ODD ARNE')).toContain('HAUGEN');
  });

  it('finds a surname in capitals after a given name', () => {
    expect(persons('Pasient: Kari ØSTBY')).toEqual(['Kari ØSTBY']);
  });

  it('leaves lists of findings and abbreviations after a given name', () => {
    expect(persons('Funn: EKG, CRP og Hb normale.')).toEqual([]);
    expect(persons('Kontroll hos Kari MR i dag')).toEqual(['Kari']);
  });
});

describe('a surname after a title and an initial', () => {
  it('covers the surname, not only the initial the title makes a name', () => {
    expect(persons('Dikt. av overlege T. Vik')).toEqual(['overlege T. Vik']);
    expect(persons('Vurdert av lege K. Berg, LIS.')).toEqual(['lege K. Berg']);
  });
});
