import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

describe('recognizePlateMarks', () => {
  it('takes a number plate after its cue word and a leisure boat mark', () => {
    expect(found('Bil med reg.nr. SU 12345 er meldt stjålet.')).toEqual(['OTHER SU 12345']);
    expect(found('Skiltnummeret er BT 98765, en grå stasjonsvogn.')).toEqual(['OTHER BT 98765']);
    expect(found('Snekka hans, VF 2231 HN, ble funnet.')).toEqual(['OTHER VF 2231 HN']);
  });

  it('leaves lab values and scores in capitals alone', () => {
    expect(found('EF 45 %, NT-proBNP 2300, CRP 12.')).toEqual([]);
  });

  it('takes a number plate said aloud after its cue: letters, then four or five digit words', () => {
    expect(found('pasient: registreringsnummeret er ce ka sju en null ni fire.')).toEqual([
      'OTHER ce ka sju en null ni fire',
    ]);
    expect(found('pasient: skiltnummeret var ve ha to to åtte null, tror jeg.')).toEqual([
      'OTHER ve ha to to åtte null',
    ]);
  });

  it('leaves a plate cue followed by ordinary words alone', () => {
    expect(found('Skiltnummeret er ukjent for pasienten.')).toEqual([]);
    expect(found('pasient: skiltnummeret er på en lapp i lomma.')).toEqual([]);
  });
});
