import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

describe('recognizeAssociationBranches', () => {
  it('takes an association with its place as one organisation', () => {
    expect(found('Han har vært på Blå Kors i Bergen i tre uker.')).toEqual([
      'ORGANIZATION Blå Kors i Bergen',
    ]);
    expect(found('Samarbeid med Frelsesarmeen i Oslo om bolig.')).toEqual([
      'ORGANIZATION Frelsesarmeen i Oslo',
    ]);
  });

  it('leaves a place after a municipal service or any other word to the place recognizer', () => {
    expect(found('Hun får hjelp fra hjemmetjenesten i Asker.')).toEqual(['LOCATION Asker']);
    expect(found('pasient: vi bor i Asker nå.')).toEqual(['LOCATION Asker']);
  });
});
