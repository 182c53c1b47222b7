import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map((entity) => `${entity.type}:${entity.text}`);
}

describe('spoken phone numbers with hundreds said as one word', () => {
  it('finds a phone number whose groups are "nihundre og fire" and "hundre og tolv"', () => {
    expect(found('pasient: nummeret er nihundre og fire, trettitre, hundre og tolv.')).toEqual([
      'PHONE:nihundre og fire, trettitre, hundre og tolv',
    ]);
  });

  it('leaves hundreds in a measurement alone', () => {
    expect(found('Han veier hundre og tolv kilo og gikk firehundre meter.')).toEqual([]);
    expect(found('Blodtrykket var hundre og førti over nitti.')).toEqual([]);
  });
});
