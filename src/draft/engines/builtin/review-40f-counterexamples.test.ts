import { describe, expect, it } from 'vitest';
import { allText, draftJournalNote } from './testing/draft-lines.js';

// Review 40f: defects found and left; each `it.fails` passes once the defect is fixed.
describe('review 40f counterexamples (known defects)', () => {
  // Session 40f: a stay abroad told in answer to a holiday question, without «kom hjem», is
  // left out as small talk — before the fever it is the malaria history.
  it.fails('keeps a stay abroad told in answer to a holiday question before a fever', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hvordan var ferien?'],
      ['pasient', 'Vi har vært tre uker i Tanzania.'],
      ['lege', 'Hva kan jeg hjelpe deg med i dag?'],
      ['pasient', 'Jeg har hatt feber og frysninger i to dager.'],
    ]);
    expect(allText(output)).toMatch(/Tanzania/u);
  });

  // Before session 40f too: an injury told with the bus or the cabin in it goes as small talk.
  it.fails('keeps a twisted ankle told with the bus in it', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg tråkket over da jeg gikk av bussen i går.'],
      ['lege', 'Hvordan er det nå?'],
      ['pasient', 'Ankelen er hoven og blå.'],
    ]);
    expect(allText(output)).toMatch(/tråkket over/u);
  });

  it.fails('keeps a snake bite told with the cabin in it', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva har skjedd?'],
      ['pasient', 'Det var fint vær på hytta, men der ble jeg bitt av en hoggorm.'],
      ['lege', 'Når?'],
      ['pasient', 'For en time siden, foten hovner opp.'],
    ]);
    expect(allText(output)).toMatch(/hoggorm/u);
  });
});
