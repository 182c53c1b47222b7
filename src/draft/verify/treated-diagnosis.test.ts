import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a chronic diagnosis the patient’s own treatment names', () => {
  const visit = indexOf([
    ['lege', 'Velkommen til årskontroll. Korsn går det med sukkeret?'],
    ['pasient', 'Det går greit. Eg tek Januvia ein gong om dagen og Levaxin femti mikrogram.'],
    ['lege', 'HbA1c er 58.'],
  ]);

  it('bears out diabetes and hypothyroidism', () => {
    expect(shownFlags('Årskontroll diabetes.', visit, 'kontaktarsak')).toEqual([]);
    expect(shownFlags('Hypotyreose, godt substituert.', visit, 'vurdering')).toEqual([]);
  });

  it('still flags a complication nobody spoke of', () => {
    expect(shownFlags('Diabetes type 2 med nefropati.', visit, 'vurdering')).not.toEqual([]);
  });
});

describe('a treatment that does not name the patient’s diagnosis', () => {
  it('keeps a relative’s insulin as the relative’s', () => {
    const visit = indexOf([
      ['lege', 'Er det sukkersyke i familien?'],
      ['pasient', 'Mor bruker insulin, hun har hatt det lenge.'],
    ]);
    expect(shownFlags('Velregulert diabetes.', visit, 'vurdering')).not.toEqual([]);
  });

  it('keeps a drug only asked about as no evidence', () => {
    const visit = indexOf([
      ['lege', 'Bruker du insulin?'],
      ['pasient', 'Nei.'],
    ]);
    expect(shownFlags('Velregulert diabetes.', visit, 'vurdering')).not.toEqual([]);
  });

  it('keeps metformin alone as no evidence of diabetes (it is given for prediabetes too)', () => {
    const visit = indexOf([['pasient', 'Jeg bruker Metformin fem hundre milligram.']]);
    expect(shownFlags('Velregulert diabetes.', visit, 'vurdering')).not.toEqual([]);
  });
});
