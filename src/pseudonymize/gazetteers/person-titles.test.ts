import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function persons(text: string): string[] {
  return detectIdentifiers(text)
    .filter((entity) => entity.type === 'PERSON')
    .map((entity) => text.slice(entity.start, entity.end));
}

describe('personTitles: crew and police roles before a name', () => {
  it('takes a name no list knows after a ship crew or police role', () => {
    expect(persons('Styrmann Tróndur Heinesen ringte fra brua.').join(' ')).toContain(
      'Tróndur Heinesen',
    );
    expect(persons('Han snakket med skipper Bárður Olsen om været.').join(' ')).toContain(
      'Bárður Olsen',
    );
    expect(persons('Politibetjent Kalevi Rautio fulgte pasienten inn.').join(' ')).toContain(
      'Kalevi Rautio',
    );
  });

  it('leaves the role words alone without a name after them', () => {
    expect(persons('Skipperen ringte i går og sa at båten var i havn.')).toEqual([]);
    expect(persons('Kaptein på båten har gitt beskjed om kvalme om bord.')).toEqual([]);
    expect(persons('Politibetjenten ventet på gangen.')).toEqual([]);
  });
});

describe('personTitles: athletes and fish-farm workers named by their role', () => {
  it('takes a name no list knows after an athlete or fish-farm role', () => {
    expect(persons('Løperen Jepkosgei har stressfraktur i tibia.').join(' ')).toContain(
      'Jepkosgei',
    );
    expect(persons('Fiskeoppdretter Arvydas jobber på merdene.').join(' ')).toContain('Arvydas');
  });

  it('leaves the role alone when no name follows it', () => {
    expect(persons('Løperen har stressfraktur.')).toEqual([]);
    expect(persons('Røkter på merdanlegg og i slakteri.')).toEqual([]);
  });
});
