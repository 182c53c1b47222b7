import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

describe('recognizeOldStyleAges', () => {
  it('takes the whole age counted unit before tens after a person and a verb', () => {
    expect(found('pasient: jeg er ni og nitti, vet du.')).toContain('AGE ni og nitti');
    expect(found('pasient: far vart fem og åtti år i fjor.')).toContain('AGE fem og åtti år');
    expect(found('pasient: mora mi er snart to og nitti.')).toContain('AGE to og nitti');
  });

  it('leaves counts and measurements without a person before the verb alone', () => {
    expect(found('pasient: vi er fem og tjue stykker.')).toEqual([]);
    expect(found('pasient: blodtrykket er hundre og førti over nitti.')).toEqual([]);
  });
});
