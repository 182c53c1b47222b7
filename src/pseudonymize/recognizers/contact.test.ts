import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map((entity) => `${entity.type} ${entity.text}`);
}

describe('spoken e-mail, handles and registration plates', () => {
  it('leaves links to public health sites and section numbers, and finds personal ones', () => {
    expect(
      found('Les mer på helsenorge.no/sykdom/hjerte eller www.felleskatalogen.no. Se nhi.no.'),
    ).toEqual([]);
    expect(found('Se punkt 1.2.3.4 i veilederen. Appen er v2.14.0.3.')).toEqual([]);
    expect(found('Bloggen hennes tirilskriver.blogg.no. Serveren har IP 192.168.1.10.')).toEqual([
      'OTHER tirilskriver.blogg.no',
      'OTHER 192.168.1.10',
    ]);
    // A path with digits or a query may name the patient: still replaced.
    expect(found('Se https://www.helsenorge.no/min-side?id=12345.')).toEqual([
      'OTHER https://www.helsenorge.no/min-side?id=12345',
    ]);
  });

  it('reads batch, lot and procedure codes as no registration plate', () => {
    expect(found('Batch FK8891, utløp neste år. Lot: EW0172. Prosedyrekode 2AB1234.')).toEqual([]);
    expect(found('Bilen hans, EK 12345, sto ute. Han kjørte DN-44912 hjem.')).toEqual([
      'OTHER EK 12345',
      'OTHER DN-44912',
    ]);
  });

  it('reads "krøll" or "alfa" said alone for "@" before a spelled-out domain', () => {
    expect(found('pasient: mailen er k punktum nordmann krøll gmail punktum com')).toEqual([
      'EMAIL k punktum nordmann krøll gmail punktum com',
    ]);
    expect(found('pasient: hun har krøll i håret.')).toEqual([]);
  });

  it('reads "snabel a", "at-tegn", "krølltegn" and a dictated "punktum, com" in a spoken e-mail', () => {
    expect(found('pasient: det er kari snabel a gmail punktum com')).toEqual([
      'EMAIL kari snabel a gmail punktum com',
    ]);
    expect(found('pasient: det er kari at-tegn gmail punktum com')).toEqual([
      'EMAIL kari at-tegn gmail punktum com',
    ]);
    expect(
      found('pasient: mailen er kari punktum nordmann, krøllalfa, gmail, punktum, com'),
    ).toEqual(['EMAIL kari punktum nordmann, krøllalfa, gmail, punktum, com']);
  });

  it('reads e-mail addresses spelled out with "at", "krøll alfa", "dått" and a provider', () => {
    expect(found('Mailen er per at outlook dot com.')).toEqual(['EMAIL per at outlook dot com']);
    expect(found('e-posten min er jonas.berg at gmail punktum com')).toEqual([
      'EMAIL jonas.berg at gmail punktum com',
    ]);
    expect(found('e-posten er liv understrek eik krøll alfa online prikk no.')).toEqual([
      'EMAIL liv understrek eik krøll alfa online prikk no',
    ]);
    expect(found('send til kari bindestrek berg alfakrøll hotmail dått com')).toEqual([
      'EMAIL kari bindestrek berg alfakrøll hotmail dått com',
    ]);
    expect(found('e-posten er trine lie på gmail, send det der')).toEqual([
      'EMAIL trine lie på gmail',
    ]);
  });

  it('does not read "at" or "på" as an at-sign without an address around it', () => {
    expect(found('Vi var på gmail hele dagen, at the hotel.')).toEqual([]);
  });

  it('finds social-media handles but not the "@" of an e-mail address', () => {
    expect(
      found('På Instagram er jeg @tirilmathilde.').filter((item) => item.startsWith('OTHER')),
    ).toEqual(['OTHER @tirilmathilde']);
    expect(found('Skriv til kari@example.no.')).toEqual(['EMAIL kari@example.no']);
    // A handle inside a web address stays part of the address, so all of it is replaced.
    expect(found('Kanalen youtube.com/@fjordfisker om havfiske.')).toEqual([
      'OTHER youtube.com/@fjordfisker',
    ]);
  });

  it('finds a registration plate written in two digit groups', () => {
    expect(found('Bilen, EV 44 912, sto parkert.')).toEqual(['OTHER EV 44 912']);
  });

  it('reads "dott" before the top-level domain of a spoken e-mail address', () => {
    expect(found('det er ahmed understrek åttiåtte at hotmail dott com')).toEqual([
      'EMAIL ahmed understrek åttiåtte at hotmail dott com',
    ]);
  });
});

describe('handles said with a spoken "@"', () => {
  it('reads a spoken "@" before a user name with no domain as a handle, not an e-mail', () => {
    expect(found('pårørende: han heter snabel-a gamer_tor_99 på discord.')).toEqual([
      'OTHER snabel-a gamer_tor_99',
    ]);
    expect(found('pasient: hun har en konto som heter krøllalfa livetmedlupus.')).toEqual([
      'OTHER krøllalfa livetmedlupus',
    ]);
  });

  it('takes no function word as the user name after a spoken "@"', () => {
    expect(found('skriv til snabel-a i journalen')).toEqual([]);
    // The words before the "@" may still be read as a spoken e-mail's local part, as with
    // "han heter snabel-a på discord"; the function word after it is never the name.
    expect(found('han heter snabel-a med på discord').join(' | ')).not.toContain('med');
    // A user name that starts with a function word but goes on is still a handle.
    expect(found('han heter snabel-a med_tor_99 på discord')).toEqual([
      'OTHER snabel-a med_tor_99',
    ]);
  });

  it('takes spoken joiners ("punktum", "understrek") inside a handle after a spoken "@"', () => {
    expect(
      found('pasient: sønnen min, han heter snabel-a gamer punktum jonas på discord.'),
    ).toEqual(['OTHER snabel-a gamer punktum jonas']);
    expect(found('pasient: hun heter krøllalfa lille understrek my på snap.')).toEqual([
      'OTHER krøllalfa lille understrek my',
    ]);
    // Counter-example: a sentence's "punktum" said as an ending is no part of the handle.
    expect(found('pasient: han heter snabel-a mørkeulv punktum.')).toEqual([
      'OTHER snabel-a mørkeulv',
    ]);
  });

  it('never takes the naming verb "heter" or its subject into a spoken "@"', () => {
    expect(found('pasient: han heter snabel-a på discord, men jeg husker ikke hva.')).toEqual([]);
    expect(
      found('pasient: på discord heter han snabel-a mørkeulv, det er han jeg chatter med.'),
    ).toEqual(['OTHER snabel-a mørkeulv']);
    // Counter-example: a spoken e-mail after "heter" keeps its local part and domain.
    expect(found('pasient: mailen hans heter ola punktum vik snabel-a gmail punktum com.')).toEqual(
      ['EMAIL ola punktum vik snabel-a gmail punktum com'],
    );
  });

  it('keeps a spoken e-mail whole, and grows it over the name when words before may be its local part', () => {
    expect(found('pasient: e-posten er tore punktum vik snabel-a gmail punktum com.')).toEqual([
      'EMAIL tore punktum vik snabel-a gmail punktum com',
    ]);
    expect(found('pasient: mailen er kari hansen krøllalfa kari77, tror jeg.')).toEqual([
      'EMAIL kari hansen krøllalfa kari77',
    ]);
  });
});

describe('warning and road services of the state (s33d)', () => {
  it('are no personal URL: «Varsom.no», «yr.no»', () => {
    expect(found('Varsom.no og yr.no viser skredfare og vêr for fjellet.')).toEqual([]);
  });
  it("still replaces a person's own site", () => {
    expect(found('Se bloggen min, annesinliv.no.')).toEqual(['OTHER annesinliv.no']);
  });
});
