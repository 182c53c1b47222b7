import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a grown child who calls the patient "Mor" without saying who they are', () => {
  const visit = indexOf([
    ['lege', 'Kva er problemet?'],
    ['pårørende', 'Mor har vore svimmel i ei veke, særleg når ho reiser seg.'],
    ['lege', 'Har du dotte?'],
    ['pasient', 'Nei, eg har ikkje dotte, men eg har vore nær ved.'],
  ]);

  it('is speaking about the patient', () => {
    expect(shownFlags('Svimmelhet i en uke.', visit, 'kontaktarsak')).toEqual([]);
  });

  it('still contradicts a wrong duration', () => {
    expect(shownFlags('Svimmelhet i tre uker.', visit, 'kontaktarsak')).toContain(
      'error:number-conflict',
    );
  });
});

describe('a bare parent word that may not be the patient', () => {
  it('keeps a parent speaking for a child about their own mother as a relative', () => {
    const visit = indexOf([
      ['pårørende', 'Dattera mi har hatt hodepine i ei veke.'],
      ['lege', 'Er det migrene i familien?'],
      ['pårørende', 'Mor har migrene, ho har hatt det lenge.'],
    ]);
    expect(shownFlags('Har migrene.', visit, 'anamnese')).not.toEqual([]);
  });

  it('keeps a father who is not the patient as a relative', () => {
    const visit = indexOf([
      ['pårørende', 'Pappa har diabetes, men det er ikke henne. Hun har vært svimmel i ei uke.'],
      ['pasient', 'Ja, det går rundt når jeg reiser meg.'],
    ]);
    expect(shownFlags('Kjent diabetes.', visit, 'anamnese')).toContain('error:person-conflict');
  });

  it('keeps both parents as relatives when the relative names both', () => {
    const visit = indexOf([
      ['pårørende', 'Far har KOLS, og han har vore tung i pusten ei veke.'],
      ['pårørende', 'Mor har hjartesvikt, ho er òg sjuk.'],
      ['pasient', 'Eg er så tung i pusten.'],
    ]);
    expect(shownFlags('Kjent hjertesvikt.', visit, 'anamnese')).toContain('error:person-conflict');
  });
});

describe('a bare parent word in family history after the reason for the visit', () => {
  it('keeps the parent a relative when the relative first spoke of the patient', () => {
    const visit = indexOf([
      ['pårørende', 'Ho har vore svimmel i ei veke.'],
      ['lege', 'Er det hjarte- og karsjukdom i familien?'],
      ['pårørende', 'Far hadde hjerneslag, han var sytti.'],
    ]);
    expect(shownFlags('Tidligere hjerneslag.', visit, 'anamnese')).toContain(
      'error:person-conflict',
    );
  });
});

describe('a bare parent word when the patient is someone else', () => {
  it('keeps the mother a relative when the relative goes on about "ham"', () => {
    const visit = indexOf([
      [
        'pårørende',
        'Mor hadde hjerneslag i fjor, og hun sitter i rullestol nå. Så nå er det jeg som følger ham hit.',
      ],
      ['lege', 'Hva er problemet i dag?'],
      ['pårørende', 'Han har blitt så glemsk.'],
    ]);
    expect(shownFlags('Hadde hjerneslag i fjor.', visit, 'anamnese')).toContain(
      'error:person-conflict',
    );
  });

  it('keeps a mother who died a relative', () => {
    const visit = indexOf([
      ['pårørende', 'Mora døde av brystkreft, ho var berre seksti. Han har vore langt nede sidan.'],
    ]);
    expect(shownFlags('Brystkreft.', visit, 'anamnese')).toContain('error:person-conflict');
  });
});
