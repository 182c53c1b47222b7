import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a result written as negative after what was tested', () => {
  const visit = indexOf([
    ['lege', 'Urinstix viser leukocytter og nitritt, ikke blod og ingen protein.'],
    ['lege', 'Blodkulturene var negative, men urindyrkning viste E. coli.'],
  ]);

  it('bears out "blod negativ" and "protein negativ" where none was found', () => {
    expect(
      shownFlags('Urinstix: leukocytter og nitritt positiv, blod negativ.', visit, 'funn'),
    ).toEqual([]);
    expect(shownFlags('Urinstix: protein negativ.', visit, 'funn')).toEqual([]);
  });

  it('bears out "negative blodkulturer" said as "Blodkulturene var negative"', () => {
    expect(shownFlags('E. coli i urin, negative blodkulturer.', visit, 'funn')).toEqual([]);
  });

  it('still flags blood cultures written as positive', () => {
    expect(shownFlags('E. coli i urin, positive blodkulturer.', visit, 'funn')).not.toEqual([]);
  });
});

describe('an examined part the note calls normal ("Nevrologisk u.a.")', () => {
  const visit = indexOf([
    ['lege', 'Hjerte og lunger er normale. Ingen nevrologiske utfall. Gangen er stødig.'],
  ]);

  it('is borne out by a denial of findings there', () => {
    expect(shownFlags('Nevrologisk u.a., stødig gange.', visit, 'funn')).toEqual([]);
  });
});

describe('a reflexive verb denied after it ("det låser seg ikkje")', () => {
  const visit = indexOf([
    ['lege', 'Hovnar det opp?'],
    ['pasient', 'Av og til etter eg har gått mykje. Det låser seg ikkje.'],
  ]);

  it('bears out "ingen låsingar"', () => {
    expect(shownFlags('Periodevis hevelse, ingen låsingar.', visit, 'anamnese')).toEqual([]);
  });
});

describe('a verdict said after what it rules out ("Graviditet usannsynlig")', () => {
  const visit = indexOf([
    ['lege', 'Er det noen mulighet for at du er gravid?'],
    ['pasient', 'Nei, jeg har spiral.'],
  ]);

  it('bears out a pregnancy the patient ruled out', () => {
    expect(shownFlags('Graviditet usannsynlig, har spiral.', visit, 'anamnese')).toEqual([]);
  });
});
