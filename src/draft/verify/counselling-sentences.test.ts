import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a note of what the patient was told may happen ("Informert om mulige ankelødemer")', () => {
  const visit = indexOf([
    ['lege', 'Ingen ødemer på beina. Vi øker amlodipin til ti milligram.'],
    ['pasient', 'Får je hovne ankler av den høyere dosen?'],
    ['lege', 'Det kan skje. Si fra om du får det.'],
  ]);

  it('is not read as a finding the examination denied', () => {
    expect(shownFlags('Informert om mulige ankelødemer.', visit, 'tiltak')).toEqual([]);
    expect(shownFlags('Orientert om at ankelødemer kan forekomme.', visit, 'tiltak')).toEqual([]);
  });

  it('still contradicts the finding written as found', () => {
    expect(shownFlags('Lette ankelødemer bilateralt.', visit, 'funn')).toContain(
      'error:negation-conflict',
    );
  });
});

describe('"hundre" followed by an article ("over hundre en kveld")', () => {
  const visit = indexOf([
    ['pasient', 'Høyeste var hundreogsytti over hundre en kveld etter jobb.'],
  ]);

  it('reads 100, not 101', () => {
    expect(shownFlags('Høyeste hjemmemåling 170/100.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Høyeste hjemmemåling 170/101.', visit, 'anamnese')).not.toEqual([]);
  });

  it('still reads "hundre og en" as 101', () => {
    const said = indexOf([['lege', 'Pulsen er hundre og en.']]);
    expect(shownFlags('Puls 101.', said, 'funn')).toEqual([]);
  });
});
