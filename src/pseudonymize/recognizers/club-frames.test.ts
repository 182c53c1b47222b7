import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

describe('recognizeClubFrames', () => {
  it('takes a club said in lower case after a team-sport frame', () => {
    expect(found('pasient: hun trener med ready på tirsdager.')).toContain('ORGANIZATION ready');
    expect(found('pasient: han er keeper på strindheim sitt juniorlag.')).toContain(
      'ORGANIZATION strindheim',
    );
    expect(found('pasient: sønnen trener bryting i fossum og fikk et slag.')).toContain(
      'ORGANIZATION fossum',
    );
    expect(found('pasient: datteren går på turn i oppsal turn.')).toContain(
      'ORGANIZATION oppsal turn',
    );
  });

  it('takes an ordinary word as the club only at the end of a clause about training', () => {
    expect(found('pasient: gutten spiller på lyn, han trener fire ganger i uka.')).toContain(
      'ORGANIZATION lyn',
    );
    expect(found('pasient: det er lyn og torden og ungene er redde.')).toEqual([]);
  });

  it('leaves instruments, gear, training partners and places after "spiller i" alone', () => {
    expect(found('pasient: han spiller på gitar og trener med ball i hagen.')).toEqual([]);
    expect(found('pasient: jeg trener med mannen min.')).toEqual([]);
    expect(found('pasient: hun trener med Kari på tirsdager.')).toEqual(['PERSON Kari']);
    expect(found('pasient: han spiller i Bergen nå.')).not.toContain('ORGANIZATION Bergen');
  });

  it('takes a capitalised club name and its place as one club', () => {
    expect(found('pasient: han spiller håndball for Ørn Horten.')).toEqual([
      'ORGANIZATION Ørn Horten',
    ]);
    expect(found('pasient: gutten er med i Ørn Horten, på juniorlaget.')).toEqual([
      'ORGANIZATION Ørn Horten',
    ]);
  });

  it('leaves a training partner with a surname that is a place a person', () => {
    expect(found('Han trener med Ola Horten.')).toEqual(['PERSON Ola Horten']);
  });

  it('takes a capitalised club name that is also a word, and clubs after "padler", "spilt", "driver <sport>"', () => {
    expect(found('pasient: han spiller fotball for Lyn på juniorlaget.')).toEqual([
      'ORGANIZATION Lyn',
    ]);
    expect(found('pasient: eg går på skiskyting med Ørn om vinteren.')).toEqual([
      'ORGANIZATION Ørn',
    ]);
    expect(found('Pasienten padler for Tertnes og har fått seneskjedebetennelse.')).toEqual([
      'ORGANIZATION Tertnes',
    ]);
  });

  it('leaves the same word in lower case mid-clause a word', () => {
    expect(found('pasient: det var lyn og torden da han spilte fotball.')).toEqual([]);
  });

  it('takes neither "for Moro skyld" nor a plural ordinary word after a sport frame for a club', () => {
    expect(found('han spiller fotball for Moro skyld')).toEqual([]);
    expect(found('Hun går på ski med Venninnene.')).toEqual([]);
    expect(found('han spiller fotball for Lyn på juniorlaget')).toEqual(['ORGANIZATION Lyn']);
  });

  it('takes a club that is a word or a given name in lower case right after a sport frame', () => {
    expect(found('pasient: gutten spiller for skeid, på g14.')).toEqual(['ORGANIZATION skeid']);
    expect(found('pasient: han spiller for vard, på haugesund.')).toEqual([
      'ORGANIZATION vard',
      'LOCATION haugesund',
    ]);
    expect(found('pasient: han har spilt for brann i mange år.')).toEqual(['ORGANIZATION brann']);
    expect(found('pasient: jeg spiller for fyllingen, på damelaget.')).toEqual([
      'ORGANIZATION fyllingen',
    ]);
  });

  it('leaves the same words alone outside a sport frame', () => {
    expect(found('pasient: det var brann i naboens garasje.')).toEqual([]);
    expect(found('pasient: han var med på start og mål.')).toEqual([]);
  });

  it('takes an ordinary word that names a club only when no "av", "fra" or "og" + noun follows it', () => {
    expect(found('pasient: han trener for start av behandlingen neste uke.')).toEqual([]);
    expect(found('pasient: han spiller på brann fra tidligere i høst.')).toEqual([]);
    expect(found('pasient: hun trener for start og landing i skihopp.')).toEqual([]);
    expect(found('pasient: han spiller for lyn og trener tre ganger i uka.')).toEqual([
      'ORGANIZATION lyn',
    ]);
    expect(found('pasient: sønnen spiller for brann.')).toEqual(['ORGANIZATION brann']);
    expect(found('Gutten spiller bandy for ready og fikk en kølle i ansiktet.')).toEqual([
      'ORGANIZATION ready',
    ]);
  });

  it('still finds the surname, place and date in a sentence whose ordinary word is no club', () => {
    const withDate = found(
      'pasient: han trener for start av behandlingen 12.03.2024 hos dr. Solberg i Molde.',
    );
    expect(withDate).toEqual(
      expect.arrayContaining(['DATE 12.03.2024', 'PERSON dr. Solberg', 'LOCATION Molde']),
    );
    expect(found('pasient: han spiller på brann fra Kari Nordhagen i Levanger.')).toEqual(
      expect.arrayContaining(['PERSON Kari Nordhagen', 'LOCATION Levanger']),
    );
  });

  it('takes an ordinary-word club before "fra" + a pronoun, a number or a place, capitalised, or before "og" + a club', () => {
    expect(found('Han spiller for brann fra han var ti år.')).toContain('ORGANIZATION brann');
    expect(found('Hun spiller for odd fra 2019.')).toContain('ORGANIZATION odd');
    expect(found('Spiller håndball på Viking fra Stavanger.')).toEqual(
      expect.arrayContaining(['ORGANIZATION Viking', 'LOCATION Stavanger']),
    );
    expect(found('Han spiller for Start av og til.')).toContain('ORGANIZATION Start');
    expect(found('Hun spiller for lyn og skeid.')).toEqual([
      'ORGANIZATION lyn',
      'ORGANIZATION skeid',
    ]);
  });

  it('still leaves an ordinary word before "av" or "fra" + a noun alone', () => {
    expect(found('pasient: han spiller på viking fra høsten av.')).toEqual([]);
    expect(found('pasient: han trener for start av sesongen.')).toEqual([]);
    expect(found('pasient: hun trener for start og landing i skihopp.')).toEqual([]);
  });
});
