import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

const dates = (text: string): string[] =>
  detectIdentifiers(text)
    .filter((entity) => entity.type === 'DATE')
    .map((entity) => entity.text);

describe('scores out of ten after a bound word are no dates (issue 10, s35f)', () => {
  it('reads «under 3/10», «over 6/10», «opp mot 8/10» as scores', () => {
    expect(dates('Trafikklys: grønt under 2/10, gult til 5/10, rødt over 6/10.')).toEqual([]);
    expect(dates('Smertene skal holde seg under 4/10 når han går tur.')).toEqual([]);
    expect(dates('Smertene blir opp mot 8/10 om natta.')).toEqual([]);
    expect(dates('Nå er smertene under 3/10 i hvile.')).toEqual([]);
    expect(dates('Smerter i hvile 1/10, ved trappegang opp mot 5/10.')).toEqual([]);
    expect(dates('Smerter i nedre del av magen, han sier under 2/10.')).toEqual([]);
    expect(dates('Hun skårer til 7/10 etter trappene.')).toEqual([]);
    expect(dates('Skåret på 5/10 ved siste kontroll.')).toEqual([]);
  });

  it('keeps a day and month after a booking or visit word a date', () => {
    expect(dates('Ny kontroll 3/10 kl. 09.')).toEqual(['3/10']);
    expect(dates('Innlagt 6/10 etter fall.')).toEqual(['6/10']);
  });

  it('keeps a day and month after a bound word with no score word before it a date', () => {
    expect(dates('Sykmeldt inntil 12/10, ny vurdering da.')).toEqual(['12/10']);
    expect(dates('Sykemeldingen forlenges inntil 3/10.')).toEqual(['3/10']);
    expect(dates('Han var innlagt over 3/10 og skrevet ut 5/10.')).toEqual(['3/10', '5/10']);
    expect(dates('Operert under 14/10-oppholdet ved Haukeland.')).toEqual(['14/10']);
    expect(dates('Ventetid på MR er over 1/10 i år.')).toEqual(['1/10']);
    expect(dates('Reiser bort over 2/10 og er tilbake mandag.')).toEqual(['2/10']);
    expect(dates('Smerter i magen tidligere, men innlagt over 3/10.')).toEqual(['3/10']);
  });
});
