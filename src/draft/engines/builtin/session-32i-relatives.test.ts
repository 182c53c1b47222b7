import { describe, expect, it } from 'vitest';

import { compressSentence, withoutEscort } from './concise-statements.js';
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

describe('a relative named by the clinician («dattera di har astma») gives no code', () => {
  const codes = async (lines: Parameters<typeof draftJournalNote>[0]): Promise<string[]> =>
    (await draftJournalNote(lines)).diagnoses.map((diagnosis) => diagnosis.code);

  it('gives no code for the partner’s, daughter’s or sister’s illness', async () => {
    const found = await codes([
      ['lege', 'Ka kan æ hjelp dæ med?'],
      ['pasient', 'Æ har hosta i tre uke no.'],
      [
        'lege',
        'Så sambuaren din hadde lungebetennelse, og dattera di har astma. Og søstera di har lavt stoffskifte.',
      ],
      ['pasient', 'Ja.'],
      ['lege', 'Dette e en akutt bronkitt.'],
    ]);
    expect(found).toContain('R78');
    expect(found).not.toContain('R81');
    expect(found).not.toContain('R96');
    expect(found).not.toContain('T86');
  });

  it('keeps the patient’s own illness said right after a relative’s', async () => {
    const found = await codes([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg er så trøtt, og jeg hoster.'],
      ['lege', 'Søstera di har lavt stoffskifte, sa du. Du har også lavt stoffskifte.'],
    ]);
    expect(found).toContain('T86');
  });

  it('keeps a child patient’s diagnosis said to the parent after the sister’s', async () => {
    const found = await codes([
      ['lege', 'Hva gjelder det med henne?'],
      ['pårørende', 'Hun piper i brystet når hun løper. Søstera hennes har astma.'],
      ['lege', 'Søstera har astma, ja. Og dette er også astma.'],
    ]);
    expect(found).toContain('R96');
  });
});

describe('a relative named with the speaker’s possessive («svigerfar min»)', () => {
  it('writes the relative without «min» or «sin»', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg skjelver på hendene.'],
      ['lege', 'Noen i familien med sykdom?'],
      ['pasient', 'Svigerfar min hadde Parkinson, men det er jo ikke blodslekt.'],
    ]);
    const anamnesis = sectionText(output, 'anamnese');
    expect(anamnesis).toMatch(/Svigerfar hadde Parkinson/u);
    expect(anamnesis).not.toMatch(/svigerfar (?:min|sin)/iu);
  });

  it('keeps the patient’s own body part after a possessive («hånda mi») as before', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har vondt i ryggen min når jeg løfter.'],
    ]);
    expect(allText(output)).toMatch(/vondt i ryggen/iu);
  });
});

describe('the clinician pointing at what a relative said («Som datteren din sa, …»)', () => {
  it('drops the pointer and keeps what was said', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva gjelder det?'],
      ['pårørende', 'Hun falt på kjøkkenet i går.'],
      ['lege', 'Som datteren din sa, har du falt to ganger. Slo du hodet?'],
      ['pasient', 'Nei.'],
    ]);
    const text = allText(output);
    expect(text).toMatch(/falt 2 ganger/u);
    expect(text).not.toMatch(/som datteren/iu);
  });
});

describe('who drove the patient home after an earlier event («ektemann måtte kjøre pas. hjem etterpå»)', () => {
  it('drops the escort here or home said with «ektemann»', () => {
    expect(compressSentence('Ektemann kjørte pas. hit i dag.', withoutEscort)).toBe('');
  });

  it('keeps who drove home after a faint (review s32q: it matters for driving advice)', () => {
    const said = 'Svimte av i dusjen i går, og ektemann måtte kjøre seg hjem fra jobben etterpå.';
    expect(compressSentence(said, withoutEscort)).toBe(said);
    expect(compressSentence('Ektemann måtte kjøre pas. hjem etterpå.', withoutEscort)).toBe(
      'Ektemann måtte kjøre pas. hjem etterpå.',
    );
  });

  it('keeps a drive home from the emergency service: an earlier care contact', () => {
    const said =
      'Svimte av i dusjen i går, og ektemann måtte kjøre seg hjem fra legevakta etterpå.';
    expect(compressSentence(said, withoutEscort)).toBe(said);
  });
});
