import { describe, expect, it } from 'vitest';

import { modifyingFactorFromAnswer } from './modifying-factor.js';
import { draftJournalNote, sectionText } from './testing/draft-lines.js';

describe('what makes it better or worse, sleep and fears, asked and answered briefly', () => {
  it('keeps "Ja, mye verre." to "Blir det verre når du bøyer deg fremover?"', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har vondt i pannen og er tett i nesen.'],
      ['lege', 'Blir det verre når du bøyer deg fremover?'],
      ['pasient', 'Ja, mye verre.'],
    ]);
    expect(sectionText(output, 'anamnese')).toMatch(/verre når pas\. bøyer seg fremover/iu);
  });

  it('keeps the answer to an open "Blir det verre av noe?"', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har fått vondt i kneet.'],
      ['lege', 'Blir det verre av noe?'],
      ['pasient', 'Ja, når jeg går i trapper.'],
    ]);
    expect(sectionText(output, 'anamnese')).toMatch(/verre når pas\. går i trapper/iu);
  });

  it('writes a no to a named factor as "Ikke verre …"', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har vondt i leggen.'],
      ['lege', 'Blir smertene verre når du går?'],
      ['pasient', 'Nei.'],
    ]);
    expect(sectionText(output, 'anamnese')).toMatch(/ikke verre (?:når pas\. går|ved gange)/iu);
  });

  it('keeps how the patient sleeps, said as one word after a how-question', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg er så nedfor for tiden.'],
      ['lege', 'Hvordan sover du?'],
      ['pasient', 'Dårlig, jeg våkner klokka fire hver natt.'],
    ]);
    expect(sectionText(output, 'anamnese')).toMatch(/sover dårlig/iu);
  });

  it('keeps what the patient fears', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har en kul på halsen.'],
      ['lege', 'Hva er du mest bekymret for?'],
      ['pasient', 'At det er lymfekreft.'],
    ]);
    expect(sectionText(output, 'anamnese')).toMatch(/bekymret for at det er lymfekreft/iu);
  });

  it('says nothing for an unsure, empty or bare answer', () => {
    expect(modifyingFactorFromAnswer('Blir det verre av noe?', 'Ja.')).toBeUndefined();
    expect(
      modifyingFactorFromAnswer('Blir det verre av noe?', 'Nei, ikke som jeg har merket.'),
    ).toBeUndefined();
    // Session 35d: a nothing-answer to a fear question is «Ingen spesielle bekymringer.»
    // (session-35d-factor-safety.test.ts), never «Bekymret for ingenting».
    expect(modifyingFactorFromAnswer('Hva er du bekymret for?', 'Ingenting egentlig.')).toBe(
      'Ingen spesielle bekymringer.',
    );
    expect(
      modifyingFactorFromAnswer('Blir smertene verre når du går?', 'Ja, og så hovner foten opp.'),
    ).toBeUndefined();
    expect(modifyingFactorFromAnswer('Hvordan sover du?', 'Jeg legger meg sent.')).toBeUndefined();
    expect(modifyingFactorFromAnswer('Hvordan har du det?', 'Dårlig.')).toBeUndefined();
  });

  // Session 35d: the statement replaced the whole answer, so «for det hadde faren min» — the
  // family history — was lost; the rest of the sentence now follows the fear word for word.
  it("keeps a relative's illness told with the fear", () => {
    expect(
      modifyingFactorFromAnswer(
        'Hva er du mest bekymret for?',
        'At det er prolaps, for det hadde faren min.',
      ),
    ).toBe('Bekymret for at det er prolaps, for det hadde far.');
  });
});
