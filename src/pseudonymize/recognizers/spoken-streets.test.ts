import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

describe('recognizeSpokenStreets', () => {
  it('takes a lower-case name, a separate street word and a spoken house number as one address', () => {
    expect(found('pasient: vi bor i tordenskiolds gate ni, rett over.')).toContain(
      'ADDRESS tordenskiolds gate ni',
    );
    expect(found('pasient: det er i bygdøy allé tretten.')).toContain(
      'ADDRESS bygdøy allé tretten',
    );
  });

  it('takes a genitive name and a street word without a number after a verb of living', () => {
    expect(found('pasient: jeg bor i dronningens gate, like ved torget.')).toContain(
      'ADDRESS dronningens gate',
    );
  });

  it('takes a name and a spoken house number before a postal code for the street', () => {
    expect(found('pasient: ja, det er heiane tjueen, fire tre null fem sandnes.')).toContain(
      'ADDRESS heiane tjueen',
    );
  });

  it('takes a street-ending word and a spoken house number after "nummer" or ending the phrase', () => {
    expect(found('pasient: det er i lerkeveien nummer nitten.')).toContain(
      'ADDRESS lerkeveien nummer nitten',
    );
    expect(found('pasient: i skolebakken sju, det gule huset.')).toContain(
      'ADDRESS skolebakken sju',
    );
    expect(found('pasient: jeg gikk i skolebakken to ganger.')).toEqual([]);
  });

  it('takes a street name of several words before a street word and a spoken number', () => {
    expect(found('pasient: jeg bor i olav kyrres gate tjue.')).toContain(
      'ADDRESS olav kyrres gate tjue',
    );
    expect(found('pasient: vi bor på øvre ullern terrasse fem.')).toContain(
      'ADDRESS øvre ullern terrasse fem',
    );
  });

  it('keeps a spoken house number over a hundred whole', () => {
    expect(found('pasient: jeg har flytta til ringveien hundre og tolv.')).toContain(
      'ADDRESS ringveien hundre og tolv',
    );
  });

  it('takes a street word no dictionary holds after a verb of living, without a number', () => {
    expect(found('pasient: han bor i tollbodgata, rett ved havna.')).toContain(
      'ADDRESS tollbodgata',
    );
    expect(found('pasient: jeg bor i gata.')).toEqual([]);
  });

  it('leaves street words in ordinary talk alone', () => {
    expect(found('pasient: hun bor i samme gate som meg.')).toEqual([]);
    expect(found('pasient: vi bor i en gate like ved sentrum.')).toEqual([]);
    expect(found('pasient: jeg gikk over gata to ganger.')).toEqual([]);
  });

  it('takes a street and a spoken number given as the answer after "det er"', () => {
    expect(found('pasient: det er bjørkelunden elleve.')).toEqual(['ADDRESS bjørkelunden elleve']);
    expect(found('pasient: det er storgata hundre og tolv, i tredje etasje.')).toEqual([
      'ADDRESS storgata hundre og tolv',
    ]);
    expect(found('pasient: ja, på kleppestølen åtte.')).toEqual(['ADDRESS kleppestølen åtte']);
  });

  it('leaves a plain word and a count after "det er" alone', () => {
    expect(found('pasient: det er bakken to.')).toEqual([]);
    expect(found('pasient: det er sykdommen tre.')).toEqual([]);
    expect(found('pasient: jeg gikk i bakken hundre ganger.')).toEqual([]);
  });
});
