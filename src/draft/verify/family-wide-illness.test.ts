import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

// Dev cases v678, v685: "det er mye diabetes i familien" tells of the family, not the patient.
describe('an illness the patient says runs in the family', () => {
  const visit = indexOf([
    ['lege', 'Er det noen i familien som har hodepine eller migrene?'],
    ['pasient', 'Mamma har migrene. Og det er mye diabetes i familien, bestemor og to onkler.'],
    ['lege', 'Bruker du noen medisiner?'],
    ['pasient', 'Paracet nesten hver dag.'],
  ]);

  it('flags «Har diabetes, i likhet med flere i familien» as the family’s illness', () => {
    expect(shownFlags('Har diabetes, i likhet med flere i familien.', visit, 'anamnese')).toContain(
      'error:person-conflict',
    );
  });

  it('accepts the family history written as the family’s', () => {
    expect(
      shownFlags('Mye diabetes i familien (bestemor og to onkler).', visit, 'anamnese'),
    ).toEqual([]);
    expect(shownFlags('Du fortalte at det er mye diabetes i familien.', visit, 'funn')).toEqual([]);
  });

  it('keeps the patient’s own illness the patient’s when they say they share it', () => {
    const own = indexOf([
      ['pasient', 'Jeg har diabetes, det er mye diabetes i familien.'],
      ['lege', 'Hvilke medisiner bruker du for den?'],
      ['pasient', 'Metformin.'],
    ]);
    expect(shownFlags('Har diabetes, som flere i familien.', own, 'anamnese')).toEqual([]);
  });
});

// Review item (session 38): "… og jeg har det også" makes the family's illness the patient's too.
describe('an illness the patient says runs in the family and that they have too', () => {
  const visit = indexOf([
    ['lege', 'Er det noen sykdommer i familien?'],
    ['pasient', 'Det er mye diabetes i familien, og jeg har det også.'],
    ['lege', 'Og astma?'],
    ['pasient', 'Faren min har astma, men ikke jeg.'],
  ]);

  it('accepts «Har diabetes.» as the patient’s own illness', () => {
    expect(shownFlags('Har diabetes.', visit, 'anamnese')).toEqual([]);
  });

  it('accepts the family history beside it', () => {
    expect(shownFlags('Mye diabetes i familien.', visit, 'anamnese')).toEqual([]);
  });

  it('still flags «Har astma.», which only the father has', () => {
    expect(shownFlags('Har astma.', visit, 'anamnese')).not.toEqual([]);
  });

  it('reads the nynorsk «det har eg òg» the same way', () => {
    const nynorsk = indexOf([['pasient', 'Mor mi har migrene, og det har eg òg.']]);
    expect(shownFlags('Har migrene.', nynorsk, 'anamnese')).toEqual([]);
  });
});
