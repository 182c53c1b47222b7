import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

const dates = (text: string): string[] =>
  detectIdentifiers(text)
    .filter((entity) => entity.type === 'DATE')
    .map((entity) => entity.text);

describe('scores out of ten after a bound word are no dates (issue 10, s35f)', () => {
  it('reads «under 3/10», «over 6/10», «opp mot 8/10» as scores', () => {
    expect(dates('Trafikklys: grønt under 2/10, gult til 5/10, rødt over 6/10.')).toEqual([]);
    expect(dates('Skal holde seg under 4/10 når han går tur.')).toEqual([]);
    expect(dates('Blir opp mot 8/10 om natta.')).toEqual([]);
    expect(dates('Hun skårer til 7/10 etter trappene.')).toEqual([]);
    expect(dates('Skåret på 5/10 ved siste kontroll.')).toEqual([]);
  });

  it('keeps a day and month after a booking or visit word a date', () => {
    expect(dates('Ny kontroll 3/10 kl. 09.')).toEqual(['3/10']);
    expect(dates('Innlagt 6/10 etter fall.')).toEqual(['6/10']);
  });
});
