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

  it('finds a name spelled after "navnet staves", and never takes "staves" for the name', () => {
    expect(persons('pasient: navnet staves h-a-l-v-o-r-s-e-n, med to e.')).toEqual([
      'h-a-l-v-o-r-s-e-n',
    ]);
    expect(persons('pasient: etternavnet skrives m-y-r-v-a-n-g, med y.')).toEqual([
      'm-y-r-v-a-n-g',
    ]);
    // The name of a thing spelled the same way stays out.
    expect(persons('Navnet på testen staves M-M-S-E.')).toEqual([]);
    expect(persons('Navnet staves som det uttales.')).toEqual([]);
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

  it('keeps a spelled abbreviation or test that a thing is called out of the names', () => {
    expect(persons('Diagnosen heter K-O-L-S, sa legen.')).toEqual([]);
    expect(persons('Navnet på testen er M-M-S-E.')).toEqual([]);
    expect(persons('Hva heter vitaminene? B, C, D, K er viktige.')).toEqual([]);
    expect(persons('lege: hva heter du? pasient: det er k-o-l-s.')).toEqual([]);
  });

  it("still finds a spelled name when the name word is a person's", () => {
    expect(persons('pasient: Etternavnet mitt staves h-e-l-g-e-s-e-n.')).toContain(
      'h-e-l-g-e-s-e-n',
    );
    // A surname that is also a dictionary word stays a name.
    expect(persons('pasient: etternavnet mitt er s-t-r-a-n-d.')).toContain('s-t-r-a-n-d');
    expect(persons('lege: kan du stave navnet ditt? pasient: l-i-e, b-e-r-g.')).toContain(
      'l-i-e, b-e-r-g',
    );
    expect(persons('pårørende: datteren min heter Siri, s-i-r-i.')).toContain('s-i-r-i');
  });

  it('finds a listed name spelled in capitals, or one that repeats a word of the line', () => {
    expect(persons('pasient: Å-S-H-I-L-D, med bolle-å.')).toContain('Å-S-H-I-L-D');
    expect(persons('pasient: det er Solveig, S-O-L-V-E-I-G.')).toContain('S-O-L-V-E-I-G');
    expect(persons('pårørende: jeg heter Arne Mo, M-O, bare to bokstaver.')).toContain('M-O');
  });

  it('finds a listed name spelled with spaces on a line about spelling', () => {
    expect(persons('lege: kan du stave fornavnet? pasient: k a r i.')).toContain('k a r i');
    expect(persons('pasient: etternavnet er Tveit, det staves t v e i t.')).toContain('t v e i t');
    expect(persons('lege: kan du stave etternavnet? pasient: ja, h a u g e n.')).toContain(
      'h a u g e n',
    );
  });

  it('leaves spelled abbreviations and spaced letters that are no listed name alone', () => {
    expect(persons('Bokstavene A-B-C ble brukt i vurderingen.')).toEqual([]);
    expect(persons('Kan du stave ordet? Pasienten svarte p r k t riktig.')).toEqual([]);
    expect(persons('Hun staver h-i-v og k-o-l-s uten feil.')).toEqual([]);
  });

  it('finds a name spelled in the answer to a question asked in the turn before', () => {
    // The word for the name was said by the other speaker; the answer repeats the name.
    expect(persons('pasient: K, o, w, a, l, c, z, y, k. Kowalczyk.')).toContain(
      'K, o, w, a, l, c, z, y, k',
    );
    // Spelled in part and said for the rest: the rest belongs to the spelled name.
    expect(persons('pasient: Og Gebremedhin, G-E-B-R-E, medhin.')).toContain('G-E-B-R-E, medhin');
  });

  it('finds a long name spelled in capitals that makes no word', () => {
    expect(persons('pasient: T-E-S-F-A-M-A-R-I-A-M. Og så resten.')).toContain(
      'T-E-S-F-A-M-A-R-I-A-M',
    );
    // Counter-examples: a word or an abbreviation spelled in capitals stays what it is.
    expect(persons('lege: Det står S-T-O-P-P på skiltet.')).toEqual([]);
    expect(persons('lege: Vi går gjennom A-B-C-D-E-F først.')).toEqual([]);
    expect(persons('lege: Alternativene er a, b, c og d.')).toEqual([]);
  });
});

describe('clinical words spelled letter by letter', () => {
  it('leaves a microbe or a drug spelled out, whole or in part, alone', () => {
    expect(persons('lege: Det vokste E-N-T-E-R-O-K-O-K-K i urinen.')).toEqual([]);
    expect(persons('lege: Klebsiella, K-L-E-B-S, iella, i blodkulturen.')).toEqual([]);
    expect(persons('lege: Eliquis, E-L-I-Q, uis, to ganger daglig.')).toEqual([]);
  });
});
