import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map((entity) => `${entity.type} ${entity.text}`);
}

describe('recognizeServiceSurnames', () => {
  it('finds the surname after a service abbreviation when a verb said of a person follows', () => {
    expect(found('CPAP Berg følger opp behandlingen.')).toEqual(['PERSON Berg']);
    expect(found('CPAP Berg sier at masken må byttes.')).toEqual(['PERSON Berg']);
  });

  it('takes nothing when the verb is said of a finding', () => {
    expect(found('MR Berg viser ingenting.')).toEqual([]);
    expect(found('CT Thorax viser ingen fortetninger.')).toEqual([]);
  });
});
