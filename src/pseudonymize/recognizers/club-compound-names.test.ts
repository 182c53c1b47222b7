import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map((entity) => `${entity.type} ${entity.text}`);
}

describe('recognizeClubCompoundNames', () => {
  it('takes a place and a compound club noun after it as one organisation', () => {
    expect(found('Pasienten er medlem av Sandefjord Seilforening.')).toEqual([
      'ORGANIZATION Sandefjord Seilforening',
    ]);
    expect(found('Han padler i Bærum Kajakklubb.')).toEqual(['ORGANIZATION Bærum Kajakklubb']);
  });

  it('leaves a union or an ordinary word on the same ending alone', () => {
    expect(found('Hun er med i Fagforening for sykepleiere.')).toEqual([]);
    expect(found('I Bergen Forslag om ny plan.')).toEqual(['LOCATION Bergen']);
  });

  it('takes the old spelling "klub" of an old club as its club noun', () => {
    expect(found('Jenta går på Nydalens Skiklub om vinteren.')).toEqual([
      'ORGANIZATION Nydalens Skiklub',
    ]);
  });
});

describe('association compounds «-lag» and «-mannslag» (s39e)', () => {
  it('takes a place and the association noun as one organisation', () => {
    expect(found('Kontakt med Ørland Bondelag om avløsertilskudd.')).toEqual([
      'ORGANIZATION Ørland Bondelag',
    ]);
    expect(found('Han spiller trekkspill i Løten Spelemannslag.')).toEqual([
      'ORGANIZATION Løten Spelemannslag',
    ]);
  });

  it('leaves «-slag» and «-nlag» words and a national association alone', () => {
    expect(found('Pasienten fikk Hjerneslag i fjor.')).toEqual([]);
    expect(found('I Bergen Grunnlag for vedtak mangler.')).toEqual(['LOCATION Bergen']);
    expect(found('Hun har vært i Norsk Revmatikerforbund lenge.')).toEqual([]);
  });
});
