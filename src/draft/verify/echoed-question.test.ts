import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a reply that repeats a part of a two-part question ("Svie? Nei.") answers that part', () => {
  const visit = indexOf([
    ['lege', 'Har du svie eller smerter når du tisser?'],
    ['pasient', 'Svie? Nei. Men æ må tisse oftere om natten enn før.'],
  ]);

  it('flags "Svie ved vannlating" where the patient repeated "Svie?" and said no', () => {
    expect(shownFlags('Svie ved vannlating.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('leaves "Ingen svie ved vannlating" alone', () => {
    expect(shownFlags('Ingen svie ved vannlating.', visit, 'anamnese')).toEqual([]);
  });
});

describe('"Nei. Eller, jo, …" takes the no back with a yes', () => {
  it('flags "Ingen brystsmerter" where the patient said "Nei. Eller, jo, jeg har kjent litt"', () => {
    const visit = indexOf([
      ['lege', 'Har du hatt brystsmerter?'],
      ['pasient', 'Nei. Eller, jo, jeg har kjent litt i går.'],
    ]);
    expect(shownFlags('Ingen brystsmerter.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });
});
