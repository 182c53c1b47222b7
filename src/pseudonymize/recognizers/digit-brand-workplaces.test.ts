import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

describe('recognizeDigitBrandWorkplaces', () => {
  it('takes a firm name ending in digits after a work frame, in any case', () => {
    expect(found('Hun jobber på Bygg4 som tømrer.')).toContain('WORKPLACE Bygg4');
    expect(found('pasient: eg jobbar i snøkrystall3 på lageret.')).toContain(
      'WORKPLACE snøkrystall3',
    );
    expect(found('Han er sjåfør for Transport24 på kveldstid.')).toContain('WORKPLACE Transport24');
  });

  it('takes a lower-case place before an energy or power firm word after a work frame', () => {
    expect(found('pasient: svogeren min jobber hos hallingdal kraft som linjemontør.')).toContain(
      'WORKPLACE hallingdal kraft',
    );
    expect(found('pasient: jeg er elektriker i valdres energi.')).toContain(
      'WORKPLACE valdres energi',
    );
  });

  it('leaves lab names with digits, vitamins and plain energy talk alone', () => {
    expect(found('Hun jobber med å få opp B12 og HbA1c er 48.')).toEqual([]);
    expect(found('Han jobber på CD4-tallet, som er lavt.')).toEqual([]);
    expect(found('pasient: jeg jobber med lite energi og mye kraft i armene.')).toEqual([]);
    expect(found('Fikk resept på D3 dråper i apoteket.')).toEqual([]);
  });
});
