import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

describe('joinFirmNames', () => {
  it('keeps a firm name joined by "og" or "&" in one span', () => {
    expect(found('pasient: jeg jobber på Bakeriet Brød og Sånt, står opp klokka fire.')).toContain(
      'WORKPLACE Bakeriet Brød og Sånt',
    );
    expect(found('pasient: samboeren min jobber hos Advokatfirmaet Lie og Berg.')).toContain(
      'WORKPLACE Advokatfirmaet Lie og Berg',
    );
  });

  it('leaves a person after "og" and a second institution apart', () => {
    expect(found('pasient: jeg jobber på Rema og Kari jobber på Kiwi.')).toContain('PERSON Kari');
    expect(found('Henvist fra Bryn legesenter og Ullevål sykehus.')).toEqual([
      'ORGANIZATION Bryn legesenter',
      'ORGANIZATION Ullevål sykehus',
    ]);
  });
});
