import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

// Dev cases v510, v170, v198: "Ingen X i familien" where a relative was said to have had X.
describe('a family history denied where a relative was said to have it', () => {
  const visit = indexOf([
    ['pasient', 'Æ fikk trykk i brystet da æ gikk i bakken i går.'],
    ['lege', 'Er det hjertesykdom i familien?'],
    ['pasient', 'Far min fikk infarkt da han va seksti.'],
    ['lege', 'Har du hatt blodpropp?'],
    ['pasient', 'Nei, aldri. Men mor mi hadde det, i lungene.'],
    ['lege', 'Er det kreft i familien?'],
    ['pasient', 'Nei. Bror min har diabetes, da.'],
  ]);

  it('flags "Ingen hjertesykdom i familien" after "Far min fikk infarkt"', () => {
    expect(shownFlags('Ingen hjertesykdom i familien.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('flags "Ingen blodpropp i familien" after "Men mor mi hadde det"', () => {
    expect(shownFlags('Ingen blodpropp i familien.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('accepts a denial where the relative named had something else', () => {
    expect(shownFlags('Ingen kreft i familien.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Aldri hatt blodpropp selv.', visit, 'anamnese')).toEqual([]);
  });
});

// Review finding (session 32): a question that named two illnesses, a reply naming only one.
describe('a family question about two illnesses answered with one', () => {
  const visit = indexOf([
    ['lege', 'Er det noen i familien med hjertesykdom eller diabetes?'],
    ['pasient', 'Mor mi har diabetes.'],
  ]);

  it('accepts «Ingen hjertesykdom i familien» when the mother has diabetes', () => {
    expect(shownFlags('Ingen hjertesykdom i familien.', visit, 'anamnese')).toEqual([]);
  });

  it('still flags «Ingen hjertesykdom i familien» when the father had an infarct', () => {
    const infarct = indexOf([
      ['lege', 'Er det noen i familien med hjertesykdom eller diabetes?'],
      ['pasient', 'Far min fikk infarkt.'],
    ]);
    expect(shownFlags('Ingen hjertesykdom i familien.', infarct, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('flags «Ingen diabetes i familien» when the mother has diabetes', () => {
    expect(shownFlags('Ingen diabetes i familien.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });
});
