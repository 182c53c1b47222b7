import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function persons(text: string): string[] {
  return detectIdentifiers(text)
    .filter((entity) => entity.type === 'PERSON')
    .map((entity) => entity.text);
}

describe('names spelled letter by letter', () => {
  it('finds a name spelled with hyphens after a word for the name', () => {
    expect(persons('pasient: etternavnet er h-e-l-g-e-s-e-n, med g.')).toContain('h-e-l-g-e-s-e-n');
    expect(persons('pasient: jeg heter Øyvor, det staves ø-y-v-o-r.')).toContain('ø-y-v-o-r');
  });

  it('finds letters said one by one with commas', () => {
    expect(persons('lege: kan du stave etternavnet? pasient: s, o, l, h, e, i, m.')).toContain(
      's, o, l, h, e, i, m',
    );
  });

  it('takes spelled groups joined by "mellomrom" as one name', () => {
    expect(persons('lege: hva heter du? pasient: ja, d-e, mellomrom, l-a-n-g-e.')).toContain(
      'd-e, mellomrom, l-a-n-g-e',
    );
  });

  it('leaves short letter lists and lines about something else alone', () => {
    expect(persons('Navnet på skjemaet er del a, b og c.')).toEqual([]);
    expect(persons('Vurdering etter A-B-C-D-E ved ankomst, stabil.')).toEqual([]);
    expect(persons('pasient: æ heter Ola, æ e i å o byen no.')).toEqual(['Ola']);
    expect(persons('pasient: jeg heter Åse og bor i v-a-t-n-e-b-r-y-n-e-t.')).toEqual(['Åse']);
  });
});
