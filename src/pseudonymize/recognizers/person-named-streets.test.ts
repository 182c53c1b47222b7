import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map((entity) => `${entity.type} ${entity.text}`);
}

describe('recognizePersonNamedStreets', () => {
  it('finds a street named after a person without a house number, every word of it', () => {
    expect(found('lege: Og adressen er fortsatt i Bjørnstjerne Bjørnsons gate?')).toEqual([
      'ADDRESS Bjørnstjerne Bjørnsons gate',
    ]);
    expect(found('pasient: Vi bor i Henrik Ibsens gate nå.')).toEqual([
      'ADDRESS Henrik Ibsens gate',
    ]);
  });

  it("leaves an ordinary word's genitive and a sentence's first word out", () => {
    expect(found('lege: Det er Livets vei, sa hun.')).toEqual([]);
    expect(found('Ved Ibsens vei bor hun.')).not.toContain('ADDRESS Ved Ibsens vei');
  });
});
