import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

// Solør, Odalen, Østfold and Finnskogen answer a yes/no question with "inte" ("Inte som je veit
// om"); Trøndelag with "ittno" (nothing). Such a reply is a no, as "ikke" and "itte" are.
describe('a reply that opens with the eastern "inte" or the trøndersk "ittno"', () => {
  it('reads "Inte som je har sett" as no: a note stating the finding is contradicted', () => {
    const visit = indexOf([
      ['lege', 'Har du hatt nattesvette?'],
      ['pasient', 'Inte som je har sett.'],
    ]);
    expect(shownFlags('Nattesvette.', visit, 'anamnese')).toContain('error:negation-conflict');
    expect(shownFlags('Ingen nattesvette.', visit, 'anamnese')).toEqual([]);
  });

  it('reads a bare "Inte." as no', () => {
    const visit = indexOf([
      ['lege', 'Har du kasta opp?'],
      ['pasient', 'Inte.'],
    ]);
    expect(shownFlags('Har kastet opp.', visit, 'anamnese')).toContain('error:negation-conflict');
  });

  it('reads "Det har je inte hatt" as no', () => {
    const visit = indexOf([
      ['lege', 'Har du hatt hjertebank?'],
      ['pasient', 'Det har je inte hatt.'],
    ]);
    expect(shownFlags('Hjertebank.', visit, 'anamnese')).toContain('error:negation-conflict');
  });

  it('leaves a yes in the same dialect a yes', () => {
    const visit = indexOf([
      ['lege', 'Har du hatt nattesvette?'],
      ['pasient', 'Ja, je har svetta mye om natta.'],
    ]);
    expect(shownFlags('Nattesvette.', visit, 'anamnese')).toEqual([]);
  });

  it('reads "Ittno" as no to an illness asked about', () => {
    const visit = indexOf([
      ['lege', 'Har du hatt noen alvorlige sykdommer, som astma?'],
      ['pasient', 'Ittno.'],
    ]);
    expect(shownFlags('Har astma.', visit, 'anamnese')).toContain('error:negation-conflict');
  });
});
