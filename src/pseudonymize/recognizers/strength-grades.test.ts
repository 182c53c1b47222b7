import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

const dates = (text: string): string[] =>
  detectIdentifiers(text)
    .filter((entity) => entity.type === 'DATE')
    .map((entity) => entity.text);

describe('muscle strength graded out of five is no date (issue 10, s36j)', () => {
  it('reads «Kraft … 4/5» and a list of sides after it as strength grades', () => {
    expect(dates('Kraft i knestrekkerne 4/5 høyre, 5/5 venstre.')).toEqual([]);
    expect(dates('Kraften er 3/5 i venstre hånd.')).toEqual([]);
    expect(dates('Muskelkraft i dorsalfleksjon 4/5 bilateralt.')).toEqual([]);
    expect(dates('MRC 2/5 proksimalt i beina.')).toEqual([]);
    expect(dates('Nedsatt kraft, 4/5 ved skulderabduksjon.')).toEqual([]);
  });

  it('keeps a day and month a date when no strength word stands before it', () => {
    expect(dates('Kraftige smerter siden 4/5.')).toEqual(['4/5']);
    expect(dates('Styrketrening fra 2/5, kontroll etter påske.')).toEqual(['2/5']);
    expect(dates('Innlagt 3/5 med svimmelhet.')).toEqual(['3/5']);
    expect(dates('Kraft og utholdenhet var gode. Ny time 5/5.')).toEqual(['5/5']);
    // A date in a later clause after a strength word (session-36 review).
    expect(dates('Kraften var nedsatt, ny vurdering 4/5.')).toEqual(['4/5']);
    expect(dates('Kraften i beina er bedre, sett av fysio 3/5.')).toEqual(['3/5']);
    expect(dates('Styrken var god, operert 2/5 i fjor.')).toEqual(['2/5']);
  });
});

describe('cycles, sessions and attempts counted out of a total are no dates (issue 10, s36j)', () => {
  it('reads «Syklus 2/6», «Kur 3/3», «2/3 økter», «4/5 forsøk» as counts', () => {
    expect(dates('Syklus 2/6 gis neste uke.')).toEqual([]);
    expect(dates('Kur 3/3 ble utsatt på grunn av lave nøytrofile.')).toEqual([]);
    expect(dates('Han gjennomførte 2/3 økter denne uken.')).toEqual([]);
    expect(dates('Klarte 4/5 forsøk på tåhev.')).toEqual([]);
  });

  it('keeps a day and month a date after a cycle word that dates it', () => {
    expect(dates('Neste kur 4/6 på dagposten.')).toEqual(['4/6']);
    expect(dates('Ny syklus 3/5, da med redusert dose.')).toEqual(['3/5']);
    expect(dates('Innlagt 4/5 etter forsøk på å gå.')).toEqual(['4/5']);
    // The cycle word not as a label: the day the course started (session-36 review).
    expect(dates('Startet kuren 2/6 på Ullevål.')).toEqual(['2/6']);
  });
});
