import { describe, expect, it } from 'vitest';
import { allText, draftJournalNote, sectionText } from './testing/draft-lines.js';

describe('what a relative has read or heard, and leaving for home, stay out of the note', () => {
  it('leaves out what a relative has read or heard about illness in general', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva kan jeg hjelpe deg med i natt?'],
      [
        'pasient',
        'Jeg har hatt vondt i venstre side av ryggen siden i kveld, det kommer i bølger.',
      ],
      [
        'pårørende',
        'Jeg har lest at det kan sitte i ryggen, et hjerteinfarkt. Det står i Hjemmet.',
      ],
      ['lege', 'Har du hatt vondt i brystet?'],
      ['pasient', 'Nei, ikke vondt i brystet.'],
      ['pårørende', 'Jeg har hørt at blod i urinen kan være kreft.'],
    ]);
    const text = allText(output);
    expect(text).not.toMatch(/lest|hørt|Hjemmet|kreft/u);
    expect(text).toMatch(/bølger/u);
    expect(sectionText(output, 'anamnese')).toMatch(
      /(?:Ikke|Ingen) (?:vondt i brystet|brystsmerter)/u,
    );
  });

  it('leaves out the family leaving for home at the end', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har hatt feber og hoste i fem dager.'],
      ['lege', 'Du kan ta Paracet ved behov.'],
      ['pasient', 'Takk. Kom igjen, Bente, nå drar vi hjem og sover.'],
      ['pårørende', 'Da drar vi innom senteret på vei hjem og kjøper en is.'],
    ]);
    const text = allText(output);
    expect(text).not.toMatch(/drar|hjem|is\./u);
    expect(sectionText(output, 'tiltak')).toMatch(/Paracet/u);
  });
});
