import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

/** "TYPE text" for every detection. */
function found(text: string): string[] {
  return detectIdentifiers(text).map((entity) => `${entity.type} ${entity.text}`);
}

describe('an employer named without a preposition', () => {
  it('replaces the company after an employer noun, by apposition or as a predicate', () => {
    expect(
      found('Arbeidsgiveren hans, Vestfjord Kjetting, har ringt om tilrettelegging.'),
    ).toContain('WORKPLACE Vestfjord Kjetting');
    expect(found('Arbeidsstedet er GLØD IKS, der hun har vært i seks år.')).toContain(
      'WORKPLACE GLØD IKS',
    );
    expect(found('Nåværende arbeidsgiver: Holmsund Trelast.')).toContain(
      'WORKPLACE Holmsund Trelast',
    );
  });

  it('leaves a generic word after an employer noun alone', () => {
    expect(found('Arbeidsgiver er informert om sykmeldingen.')).toEqual([]);
    expect(found('Arbeidsplassen: Kommunen har tilbudt lettere arbeid.')).toEqual([]);
  });

  it('takes a bare occupation noun as the sign of a workplace', () => {
    expect(found('Hun var sekretær ved Breivoll ungdomsskole i mange år.')).toContain(
      'WORKPLACE Breivoll ungdomsskole',
    );
  });
});

describe('an abbreviated title', () => {
  it('marks the surname after "Hr." and "Frk."', () => {
    expect(found('Kveld: Hr. Mossberg klaget over kvalme.')).toContain('PERSON Mossberg');
  });
});
