import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

describe('surnames that also name a scale or a device', () => {
  it('keeps scales and staging systems listed in a note', () => {
    expect(
      found('Skalaer: Breslow, Clark, Ann Arbor, MADRS, Hamilton, Becks, Norton, Morse og Berg.'),
    ).toEqual([]);
    expect(found('Braden 13, Norton 14 og Barthel 40.')).toEqual([]);
  });

  it('still replaces the same surname after a title, a cue word or a given name', () => {
    expect(found('Henvist av dr. Clark.')).toEqual(['PERSON dr. Clark']);
    expect(found('Pasienten Norton har trykksår.')).toEqual(['PERSON Norton']);
    expect(found('Skjemaet er fylt ut av læreren, Siri Conners.')).toEqual(['PERSON Siri Conners']);
    expect(found('Ann kom i går.')).toEqual(['PERSON Ann']);
  });
});

describe('the surnames of a bone-age atlas (s33d)', () => {
  it('keeps «(Greulich og Pyle)» after the method', () => {
    expect(
      found('Beinalder kan bestemmes med røntgen av hånd (Greulich og Pyle) ved usikker alder.'),
    ).toEqual([]);
  });
  it('still replaces the same surname after a given name or a cue word', () => {
    expect(found('Hun heter Anna Pyle og bor alene.')).toEqual(['PERSON Anna Pyle']);
  });
});

describe('surnames that name a test or a device only in that term context (fix38e)', () => {
  it('takes no person from the eponym in its term context', () => {
    expect(found('Trykk med Goldmann-tonometri 21 mmHg.')).toEqual([]);
    expect(found('Amsler-kart viser bølgete linjer.')).toEqual([]);
    expect(found('Innsatt Charnley-protese i fjor.')).toEqual([]);
    expect(found('Redon-dren fjernet etter to døgn.')).toEqual([]);
    expect(found('Humphrey 24-2 viser nasalt trinn.')).toEqual([]);
  });

  it('keeps the person anywhere else (fails closed)', () => {
    expect(found('Mason ringte i dag.')).toEqual(['PERSON Mason']);
    expect(found('Samtale med Humphrey i dag.')).toEqual(['PERSON Humphrey']);
    expect(found('Goldmann er innlagt.')).toEqual(['PERSON Goldmann']);
  });
});
