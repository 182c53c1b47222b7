import { describe, expect, it } from 'vitest';
import { allText, draftJournalNote, sectionText } from './testing/draft-lines.js';

describe('defects engineers found in their own drafts (session 21)', () => {
  it('names the relative the question asked about when the answer says "han har …"', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva er det som plager deg?'],
      ['pasient', 'Eg har vore nedstemt og søv dårleg sidan jul.'],
      ['lege', 'Har du hatt tanker om å ta livet ditt?'],
      ['pasient', 'Nei.'],
      ['lege', 'Du fortalte tidligere at faren din har epilepsi?'],
      ['pasient', 'Ja, han har epilepsi, han har vore innlagd fleire gonger.'],
    ]);
    expect(sectionText(output, 'anamnese')).toMatch(/Far har epilepsi/u);
    expect(allText(output)).not.toMatch(/(?:Hun|Han) har epilepsi/u);
  });

  it('writes a relative\'s illness without what the patient makes of it ("…, så er redd for …")', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har hatt hjertebank i to uker.'],
      ['lege', 'Noen i familien med hjertesykdom?'],
      ['pasient', 'Faren min hadde hjerteinfarkt i fjor, så jeg er litt redd for det.'],
    ]);
    expect(sectionText(output, 'anamnese')).toMatch(/Far hadde hjerteinfarkt i fjor\./u);
    expect(allText(output)).not.toMatch(/redd for det/u);
  });

  it('never ends a statement in a copula or preposition after filler is removed', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva er det som plager deg?'],
      ['pasient', 'Jeg har vondt i albuen når jeg løfter, eh, liksom.'],
      [
        'lege',
        'Jeg henviser deg til fysioterapeut, og det er sånn normal ventetid der er, liksom.',
      ],
    ]);
    const sentences = output.sections.flatMap((section) =>
      section.sentences.map((sentence) => sentence.text),
    );
    expect(sentences.length).toBeGreaterThan(1);
    for (const sentence of sentences)
      expect(sentence).not.toMatch(/ (?:er|var|har|skal|kan|i|av|fra)[.!]$/u);
    expect(sectionText(output, 'tiltak')).toMatch(/fysioterapeut/u);
  });

  it('reads a relative\'s "va greit" about a limb as a normal finding, not a cut-off "var"', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva skjedde i dag?'],
      ['pårørende', 'Han ble plutselig skjev i ansiktet ved frokosten.'],
      ['lege', 'Var det noe svakhet i armen?'],
      ['pårørende', 'Nei. Armen va greit hele tida.'],
    ]);
    expect(allText(output)).toMatch(/Armen var normal/u);
    expect(allText(output)).not.toMatch(/Armen var\./u);
  });

  it('names the questionnaire said earlier when the clinician gives a bare score', async () => {
    const depression = await draftJournalNote([
      ['lege', 'Takk for at du fylte ut PHQ-9 i resepsjonen. Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har vært nedfor og uten energi i seks uker.'],
      ['lege', 'Du får nitten poeng på skjemaet.'],
    ]);
    expect(sectionText(depression, 'funn')).toMatch(/PHQ-9: 19 poeng\./u);
    expect(allText(depression)).not.toMatch(/Får 19/u);

    const rating = await draftJournalNote([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har sovet dårlig og vært trist siden sommeren.'],
      ['lege', 'Vi tar en MADRS sammen før vi snakker videre.'],
      ['pasient', 'Ja.'],
      ['lege', 'Da ender du på tjueåtte.'],
    ]);
    expect(sectionText(rating, 'funn')).toMatch(/MADRS: 28 poeng\./u);
    expect(sectionText(rating, 'tiltak')).not.toMatch(/28/u);
  });

  it('writes only the corrected hospital and side in the note', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Det er høyre kne, nei vent, venstre kne som har vært hovent i en uke.'],
      ['lege', 'Er du operert i kneet før?'],
      [
        'pasient',
        'Ja, menisken ble sydd på Haukeland, nei vent, det var på Voss, for tre år siden.',
      ],
    ]);
    const text = allText(output);
    expect(text).toMatch(/venstre kne/iu);
    expect(text).toMatch(/Voss/u);
    expect(text).not.toMatch(/høyre|Haukeland|nei vent/iu);
  });

  it('takes the complaint after a denied red flag as the reason, and turns verb-first questions answered "Nei."', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hvordan står det til?'],
      [
        'pasient',
        'Ikke noe hodepine nå, men jeg har hatt nummenhet i venstre hånd siden i morges.',
      ],
      ['lege', 'Svimte du av noen gang?'],
      ['pasient', 'Nei.'],
      ['lege', 'Tar du noen medisiner, noe blodfortynnende?'],
      ['pasient', 'Nei.'],
    ]);
    expect(sectionText(output, 'kontaktarsak')).toMatch(/^Nummenhet i venstre hånd/u);
    expect(sectionText(output, 'kontaktarsak')).not.toMatch(/hodepine/iu);
    const history = sectionText(output, 'anamnese');
    expect(history).toMatch(/Ikke hodepine/u);
    expect(history).toMatch(/Svimte ikke av/u);
    expect(history).toMatch(/Tar ingen medisiner eller blodfortynnende\./u);
    expect(allText(output)).not.toMatch(/medisiner, noe/u);
  });

  it("never codes a parent's own illness, restated by the clinician, as the child's diagnosis", async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva er det med lillegutten i dag?'],
      ['pårørende', 'Han har hatt rennende nese og hoste i fire dager. Jeg har selv astma.'],
      ['lege', 'Så du har astma selv, ja. Det er greit å vite.'],
      ['lege', 'Lungene er fine å høre på. Dette er en vanlig forkjølelse.'],
    ]);
    const codes = output.diagnoses.map((diagnosis) => diagnosis.code);
    expect(codes).not.toContain('R96');
    expect(codes).toContain('R74');
  });

  it("keeps a hedged no to the family question and the relative's illness told after it", async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har hatt smerter i bekkenet ved samleie det siste halvåret.'],
      ['lege', 'Er det noen i familien med cyster på eggstokkene?'],
      ['pasient', 'Inte vad jag vet. Men mormor hade adenomyose.'],
    ]);
    const history = sectionText(output, 'anamnese');
    expect(history).toMatch(
      /Ingen kjent (?:i familien med cyster|cyster på eggstokkene i familien)/u,
    );
    expect(history).toMatch(/Mormor hadde adenomyose/u);
  });

  it('keeps recent travel as a risk factor when the complaint is diarrhoea or a swollen calf', async () => {
    const stomach = await draftJournalNote([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har hatt diaré og magekrampe siden onsdag. Kom hjem fra Gambia på mandag.'],
    ]);
    expect(sectionText(stomach, 'anamnese')).toMatch(/Gambia/u);

    const calf = await draftJournalNote([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Høyre legg er hoven og øm siden i går.'],
      ['lege', 'Har du reist noe i det siste?'],
      ['pasient', 'Ja, jeg fløy hjem fra Tokyo på fredag.'],
    ]);
    expect(allText(calf)).toMatch(/Tokyo/u);
  });
});
