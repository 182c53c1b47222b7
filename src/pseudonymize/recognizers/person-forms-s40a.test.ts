import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';
import { getSharedLexicon } from '../lexicon.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

describe('role and kin nouns the dictionary lacks (gazetteers/role-nouns.ts)', () => {
  it('counts their bokmål and nynorsk forms as ordinary words', () => {
    const lexicon = getSharedLexicon();
    for (const word of ['samboeren', 'naboen', 'beboer', 'onkolog', 'naprapaten', 'syster'])
      expect(lexicon.isCommonWord(word), word).toBe(true);
    expect(lexicon.isCommonWord('sjukepleiaren')).toBe(true);
    expect(lexicon.isCommonWord('systra')).toBe(true);
  });

  it('leaves names that merely look like them alone', () => {
    const lexicon = getSharedLexicon();
    for (const name of ['nordby', 'hansen', 'aalvik', 'ingrid'])
      expect(lexicon.isCommonWord(name), name).toBe(false);
  });

  it('never takes a role word for a person, alone or before a name', () => {
    expect(found('Onkologen ringer når svaret kommer.')).toEqual([]);
    expect(found('Naprapaten mente det var muskulært.')).toEqual([]);
    expect(found('Til stede: beboeren, samboeren hans og primærkontakt.')).toEqual([]);
    expect(found('Onkolog Hilde Grimsrud har ansvaret.')).toEqual(['PERSON Hilde Grimsrud']);
    expect(found('Osteopat Line Vestby hadde sendt epikrise.')).toEqual(['PERSON Line Vestby']);
    expect(found('Eg har snakka med syster mi Solbjørg om det.')).toEqual(['PERSON Solbjørg']);
  });
});

describe('what-questions (word-not-person.ts)', () => {
  it('does not take the noun a what-question asks the name of for a person', () => {
    expect(found('Kva heiter garden?')).toEqual([]);
    expect(found('Kva heiter garden dykkar?')).toEqual([]);
    expect(found('hva heter legen din')).toEqual([]);
  });

  it('still finds the name in the answer and after "heter" outside a question', () => {
    expect(found('Hva heter du? Kari.')).toEqual(['PERSON Kari']);
    expect(found('jeg heter marit solberg')).toEqual(['PERSON marit solberg']);
    expect(found('han heter vold tror jeg')).toEqual(['PERSON vold']);
  });

  it('still finds a listed name that is also a word right after the question (review s40a-r)', () => {
    expect(found('hva heter liv sin mann')).toEqual(['PERSON liv']);
    expect(found('hva heter bjørn olsen sin kone')).toEqual(['PERSON bjørn olsen']);
    expect(found('kva heiter siv si dotter')).toEqual(['PERSON siv']);
    expect(found('kva heiter storm')).toEqual(['PERSON storm']);
    expect(found('hva heter rose sin datter')).toEqual(['PERSON rose']);
  });
});

describe('a surname that is also a word or a town after "hos"', () => {
  it('is the person one is with', () => {
    expect(found('Hun har time hos Strand på fredag.')).toEqual(['PERSON Strand']);
    expect(found('Jeg bor hos Lund i kjelleren nå.')).toEqual(['PERSON Lund']);
    expect(found('Hos Berg.')).toEqual(['PERSON Berg']);
    expect(found('Ho er no hos Vik på kontroll.')).toEqual(['PERSON Vik']);
  });

  it('is left to the workplace rules in a work frame, and roles after "hos" stay words', () => {
    expect(found('Han jobber hos Berg som snekker.')).not.toContain('PERSON Berg');
    expect(found('Han har vært hos Fastlegen.')).toEqual([]);
    expect(found('Hun var hos Frisøren i går.')).toEqual([]);
  });
});

describe('a given name before a double surname (hyphen-surnames.ts)', () => {
  it('takes the given name and the double surname as one person', () => {
    expect(found('Senere kom Ulrikke Bjørnstad-Vik innom.')).toEqual([
      'PERSON Ulrikke Bjørnstad-Vik',
    ]);
    expect(found('Telefon fra Chidinma Okonkwo-Eze i dag.')).toEqual([
      'PERSON Chidinma Okonkwo-Eze',
    ]);
  });

  it('leaves eponym pairs and products of several capitalised words alone', () => {
    expect(found('Mistanke om Ehlers-Danlos syndrom.')).toEqual([]);
    expect(found('Pasienten har Charcot-Marie-Tooth.')).toEqual([]);
    expect(found('Inhalasjonskammer AeroChamber Plus Flow-Vu brukes.')).toEqual([]);
  });
});

describe('a given name and a surname before a closed apposition (address-frame-names.ts)', () => {
  it('takes both words, the surname even a capitalised ordinary word', () => {
    expect(found('Så ringte Fredrikke Nordmann, barnebarnet, og spurte om besøk.')).toEqual([
      'PERSON Fredrikke Nordmann',
    ]);
  });

  it('leaves a brand or a title before an ordinary capitalised word as it was (review s40a-r)', () => {
    expect(found('Han spiller Fortnite Online, sønnen, også.')).toEqual([]);
    expect(found('Han leste Aftenposten Junior, barnebarnet, hadde med.')).toEqual([]);
  });

  it('leaves a drug, an institution or a place before an apposition as it was', () => {
    expect(found('Han har brukt Ventoline Diskus, kona sier det.')).toEqual([]);
    expect(found('Hun flyttet til Nedre Eiker, søsteren bor der.')).toEqual([
      'LOCATION Nedre Eiker',
    ]);
  });
});

describe('Norwegian -ikke/-ine given names the lists lacked (review s40a-r)', () => {
  it('finds them alone in a sentence', () => {
    expect(found('I dag kom Fredrikke og Henrikke på besøk.')).toEqual([
      'PERSON Fredrikke',
      'PERSON Henrikke',
    ]);
    expect(found('Severine har vondt i magen.')).toEqual(['PERSON Severine']);
  });

  it('leaves the olive genus alone', () => {
    expect(found('Olea europaea pollen gir allergi.')).toEqual([]);
  });
});
