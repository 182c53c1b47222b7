import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';
import { recognizeFarmAddresses } from './farm-addresses.js';

const found = (text: string): string[] =>
  detectIdentifiers(text).map((entity) => `${entity.type}:${entity.text}`);

describe('recognizeFarmAddresses (issue 10, s35f)', () => {
  it('reads a farm or house name before a postal code after an address label as the ADDRESS', () => {
    expect(found('Adresse: Furulund, 2436 Våler i Solør')).toContain('ADDRESS:Furulund');
    expect(found('Bustad: Nyheim, 6823 Sandane')).toContain('ADDRESS:Nyheim');
    expect(found('Postadresse: Granly 2, 3650 Tinn Austbygd')).toContain('ADDRESS:Granly 2');
  });

  it('leaves a farm after «bor på»/«bur på» to the place recognizers (a LOCATION)', () => {
    expect(found('Ho bur på Søndre Moen, 6210 Valldal, med sonen.')).toContain(
      'LOCATION:Søndre Moen',
    );
    expect(recognizeFarmAddresses('Han bor på Granly, 3650 Tinn Austbygd.')).toEqual([]);
  });

  it('needs the postal code and its place: a farm after «bor på» alone stays a place', () => {
    expect(recognizeFarmAddresses('Hun bor på Søndre Moen sammen med sønnen.')).toEqual([]);
    expect(recognizeFarmAddresses('Adresse: se henvisning, 2436 Våler')).toEqual([]);
  });

  it('leaves the post office itself a place («bor i Gjøvik, 2815 Gjøvik»)', () => {
    expect(recognizeFarmAddresses('Bor i Gjøvik, 2815 Gjøvik.')).toEqual([]);
  });
});
