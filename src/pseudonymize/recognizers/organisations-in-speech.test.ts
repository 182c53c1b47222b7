import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

describe('organisations, workplaces and post offices in speech', () => {
  it('finds a sports club after "spiller … for", also when the club is a place or lower case', () => {
    expect(found('Datteren spiller håndball for Steinkjer og har vondt i skulderen.')).toContain(
      'ORGANIZATION Steinkjer',
    );
    expect(found('han spiller fotball for strindheim og vrikket kneet')).toContain(
      'ORGANIZATION strindheim',
    );
    expect(found('Gutten spiller ishockey for Stjernen Hockey.')).toContain(
      'ORGANIZATION Stjernen Hockey',
    );
  });

  it('finds a club with a hyphenated name or after "trener med", but not a place or a person', () => {
    expect(found('Hun spiller i Orkdal-Ørn og har vondt i ankelen.')).toContain(
      'ORGANIZATION Orkdal-Ørn',
    );
    expect(found('Han trener med Lade Lynx to kvelder i uka.')).toContain('ORGANIZATION Lade Lynx');
    expect(found('Hun spiller i Bergen nå.')).not.toContain('ORGANIZATION Bergen');
    expect(found('Han trener med Ola hver uke.')).toContain('PERSON Ola');
  });

  it('finds an acronym employer in a work frame, but not a field or a service', () => {
    expect(found('Hun jobber i SMN på kundesenteret.')).toContain('WORKPLACE SMN');
    expect(found('Han jobber i IT og sitter mye. Sykepleier på AMK ringte.')).toEqual([]);
  });

  it('leaves a sport played without a club alone', () => {
    expect(found('Han spiller fotball i friminuttene og trener i helgene.')).toEqual([]);
  });

  it('finds a chain shop as the workplace after a word of starting or working', () => {
    expect(found('Hun har begynt på Kiwi og trives godt.')).toContain('WORKPLACE Kiwi');
    expect(found('Han har vikariat på Joker fram til sommeren.')).toContain('WORKPLACE Joker');
    expect(found('Spar på saltet og spis mer grønnsaker.')).toEqual([]);
  });

  it('finds where a workplace stands, even when the word is also a noun', () => {
    expect(found('Han jobber på Tine på Tunga og går nattskift.')).toContain('LOCATION Tunga');
  });

  it('finds a lower-case company with "as" from speech-to-text', () => {
    expect(found('hun jobber hos lund transport as og kjører varer')).toContain(
      'WORKPLACE lund transport as',
    );
  });

  it('finds a postal code with a country prefix and its post office', () => {
    expect(found('Returadresse: Postboks 77, N-7601 Levanger.')).toEqual(
      expect.arrayContaining(['POSTAL_CODE N-7601', 'LOCATION Levanger']),
    );
  });

  it('finds a postal code said in words before its post office, also after a house number', () => {
    expect(found('adressen er fjellstien fire sju fem fem en hommelvik')).toEqual(
      expect.arrayContaining(['POSTAL_CODE sju fem fem en', 'LOCATION hommelvik']),
    );
    expect(found('postnummer sju tre hundre orkanger')).toEqual(
      expect.arrayContaining(['LOCATION orkanger']),
    );
  });

  it('finds four digits said one by one before any post office', () => {
    expect(found('adressa er sju null tre null Heimdal')).toEqual(
      expect.arrayContaining(['POSTAL_CODE sju null tre null', 'LOCATION Heimdal']),
    );
  });

  it('finds a postal code after a house number and a comma, but not a dose', () => {
    expect(found('Hun bor i Prinsens gate 40, 7012 og har heis.')).toContain('POSTAL_CODE 7012');
    expect(found('Dosen var 2, 7500 IE totalt.')).toEqual([]);
  });

  it('does not read counted numbers before an ordinary word as a postal code', () => {
    expect(found('Hun tar to tre fire tabletter om dagen.')).toEqual([]);
  });

  it('finds a typed postal code before a lower-case post office', () => {
    expect(found('bor på 7224 melhus nå')).toEqual(
      expect.arrayContaining(['POSTAL_CODE 7224', 'LOCATION melhus']),
    );
  });

  it('finds a named home-care unit but not home care as a service', () => {
    expect(found('Tilsyn fra Lade hjemmetjeneste to ganger daglig.')).toContain(
      'ORGANIZATION Lade hjemmetjeneste',
    );
    expect(found('Hjemmesykepleien kommer morgen og kveld. Hun får hjemmesykepleie.')).toEqual([]);
  });

  it('finds a lower-case street with a separate street word and a house number', () => {
    expect(found('hun bor i bispehaugen allé 7 nå')).toContain('ADDRESS bispehaugen allé 7');
  });
});

describe('spoken ages written as two words', () => {
  it('finds an age over 89 said as tens and units apart, but not a blood pressure', () => {
    expect(found('farfaren er nitti to år og bor på gården')).toContain('AGE nitti to år');
    expect(found('Blodtrykket er nitti fem over seksti.')).toEqual([]);
  });
});

describe('nynorsk text', () => {
  it('does not read a nynorsk function word before a head word as an institution', () => {
    expect(found('Ho har ikkje bil og tek bussen.')).toEqual([]);
  });

  it('finds a spoken age over 89 after a definite relative and a nynorsk possessive', () => {
    expect(found('Oldefaren hennar er nittiein og bur heime.')).toContain('AGE nittiein');
  });
});

describe('clubs and associations named by a club word or a local head word', () => {
  it('finds a club whose name is a place before a club word ("Os Turn")', () => {
    expect(found('Sonen spelar i Voss Turn og har vondt i handleddet.')).toContain(
      'ORGANIZATION Voss Turn',
    );
  });

  it('finds local associations, scout groups, shared housing and nynorsk upper secondary schools', () => {
    expect(found('Ho er med i Sauda pensjonistforening.')).toContain(
      'ORGANIZATION Sauda pensjonistforening',
    );
    expect(found('Han er med i Levanger speidergruppe.')).toContain(
      'ORGANIZATION Levanger speidergruppe',
    );
    expect(found('pasient: ho bur på Solbakken bufellesskap.')).toContain(
      'ORGANIZATION Solbakken bufellesskap',
    );
    expect(found('pasient: ho går på Firda vidaregåande, første året.')).toContain(
      'ORGANIZATION Firda vidaregåande',
    );
  });
});
