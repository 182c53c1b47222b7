import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map((entity) => `${entity.type} ${entity.text}`);
}

describe('recognizeSpokenCadastralNumbers', () => {
  it('finds a farm and holding number said aloud, in bokmål and nynorsk', () => {
    expect(
      found('pasient: vi bor på et småbruk, gårdsnummer tolv, bruksnummer fire, oppi lia.'),
    ).toContain('ADDRESS gårdsnummer tolv, bruksnummer fire');
    expect(found('pasient: adressa er gardsnummer åtte og bruksnummer tjueto.')).toContain(
      'ADDRESS gardsnummer åtte og bruksnummer tjueto',
    );
    expect(found('Bor på gnr. hundre og tre, bnr. sju i bygda.')).toContain(
      'ADDRESS gnr. hundre og tre, bnr. sju',
    );
  });

  it('needs both halves, and leaves doses and counts after them alone', () => {
    expect(found('Han spurte om gårdsnummer, bruksnummer og matrikkel hos kommunen.')).toEqual([]);
    expect(
      found('gårdsnummer tolv, bruksnummer fire. Metoprolol 50 mg x 2, BT 140/90, Hb 12,3.'),
    ).toEqual(['ADDRESS gårdsnummer tolv, bruksnummer fire']);
  });
});
