import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

describe('recognizeFarmNames', () => {
  it('takes a lead word and a name after a noun for a farm for the place', () => {
    expect(found('pasient: jeg bor på gården nordre bråten, like ved vegen.')).toContain(
      'LOCATION nordre bråten',
    );
    expect(found('pasient: han bur på garden søre li.')).toContain('LOCATION søre li');
    expect(found('pasient: vi har kjøpt småbruket vesle-moen.')).toContain('LOCATION vesle-moen');
  });

  it('takes a capitalised name of several words after a noun for a farm as one place', () => {
    expect(found('Han bor på småbruket Nordigard Haugen i Lesja.')).toContain(
      'LOCATION Nordigard Haugen',
    );
  });

  it('leaves ordinary words after a noun for a farm alone', () => {
    expect(found('pasient: gården vår ligger langt unna.')).toEqual([]);
    expect(found('pasient: han driv garden åleine.')).toEqual([]);
    expect(found('pasient: vi solgte gården i fjor.')).toEqual([]);
  });
});

describe('a name before "gård" (s34g)', () => {
  it('takes the farm for a place, not a person', () => {
    expect(found('Familien på Lunden gård har hest.')).toEqual(['LOCATION Lunden']);
    expect(found('Sønnen driver Søndre Haugli gård nå.')).toEqual(['LOCATION Søndre Haugli']);
  });

  it('leaves an ordinary word and an owner in the genitive alone', () => {
    expect(found('Gammel gård ble solgt.')).toEqual([]);
    expect(found('Han jobber på Lunden gård om sommeren.')).not.toContain('LOCATION Lunden');
  });
});
