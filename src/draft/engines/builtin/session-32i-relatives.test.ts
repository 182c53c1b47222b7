import { describe, expect, it } from 'vitest';

import { allText, draftJournalNote, sectionText } from './testing/draft-lines.js';

describe("the clinician's own history («Jeg hadde det samme selv») is never the patient's", () => {
  it('leaves the clinician’s own illness out of the note and the diagnoses', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva har skjedd?'],
      ['pasient', 'Jeg vridde kneet på fotballtrening på tirsdag.'],
      [
        'lege',
        'Jeg hadde akkurat det samme selv for noen år siden, jeg røk menisken på ski og har fått artrose i kneet etter det. Har du hatt problemer med kneet før?',
      ],
      ['pasient', 'Nei, aldri.'],
      [
        'lege',
        'Hun er øm over det indre sideleddbåndet. Dette er en forstuing av det indre sideleddbåndet.',
      ],
    ]);
    expect(allText(output)).not.toMatch(/artrose|samme selv/iu);
    expect(output.diagnoses.map((diagnosis) => diagnosis.code)).not.toContain('L90');
    expect(sectionText(output, 'vurdering')).toMatch(/forstuing/iu);
  });

  it('keeps the clinician naming the patient’s own arthrosis', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har vondt i kneet når jeg går i trapper, det har vart i et år.'],
      [
        'lege',
        'Kneet knirker og er litt hovent. Jeg har selv sett røntgenbildet ditt, og dette er artrose i kneet.',
      ],
    ]);
    expect(sectionText(output, 'vurdering')).toMatch(/artrose/iu);
  });
});
