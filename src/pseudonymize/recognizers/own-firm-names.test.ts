import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

describe('recognizeOwnFirmNames', () => {
  it("takes the name after a noun for one's own business as the workplace", () => {
    expect(found('Hun har eget firma, Lille Blomsterbu, og driver alene.')).toEqual([
      'WORKPLACE Lille Blomsterbu',
    ]);
    expect(found('pasient: jeg har eget firma, Hageservice Nord, og driver alene.')).toEqual([
      'WORKPLACE Hageservice Nord',
    ]);
  });

  it('leaves a business noun without a capitalised name alone', () => {
    expect(found('Han har eget firma og jobber mye.')).toEqual([]);
    expect(found('Firmaet har gått konkurs.')).toEqual([]);
  });
});
