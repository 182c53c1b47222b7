import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('lengths of time and frequencies said in passing', () => {
  const chest = indexOf([
    [
      'pasient',
      'Jeg fikk et trykk i brystet da jeg skulle måke snø. Det varte vel en ti minutters tid, og så gikk det over da jeg satte meg.',
    ],
  ]);
  const inhaler = indexOf([
    ['lege', 'Hvor mange ganger i uka bruker du Ventoline?'],
    ['pasient', 'Kanskje fem-seks ganger i uka. To drag hver gang.'],
    [
      'lege',
      'Jeg bytter deg over til Symbicort, ett drag morgen og kveld, i stedet for Ventoline.',
    ],
  ]);

  it('reads "en ti minutters tid" as ten minutes', () => {
    expect(shownFlags('Varighet ca. 10 minutter, gikk over i hvile.', chest, 'anamnese')).toEqual(
      [],
    );
    expect(
      shownFlags('Varighet ca. 30 minutter, gikk over i hvile.', chest, 'anamnese'),
    ).not.toEqual([]);
  });

  it('takes how often a drug is used from the answer to "hvor mange ganger"', () => {
    expect(shownFlags('Bruker Ventoline 2 drag 5–6 ganger i uken.', inhaler, 'anamnese')).toEqual(
      [],
    );
  });

  it('still flags a frequency the answer did not give', () => {
    expect(
      shownFlags('Bruker Ventoline 2 drag 5–6 ganger i måneden.', inhaler, 'anamnese'),
    ).not.toEqual([]);
  });
});
