import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

describe('recognizeFirmWords', () => {
  it('takes a firm named by an ordinary word after "hos" in a work frame or "kjører buss for"', () => {
    expect(found('pasient: kona mi jobber hos mesterbygg.')).toContain('WORKPLACE mesterbygg');
    expect(found('pasient: han kjører buss for vestbuss, mest nattruter.')).toContain(
      'WORKPLACE vestbuss',
    );
  });

  it('leaves relatives, occupations, definite nouns and names after "hos" alone', () => {
    expect(found('pasient: jeg jobber hos legen.')).toEqual([]);
    expect(found('pasient: hun jobber hos frisør.')).toEqual([]);
    expect(found('pasient: jeg jobber hos mor om sommeren.')).toEqual([]);
    expect(found('pasient: jeg har vært hos tannlegen.')).toEqual([]);
    expect(found('pasient: han kjørte for fort.')).toEqual([]);
  });
});
