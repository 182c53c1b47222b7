/*
 * Session 32q: review of the session 32 rules on who said what. Fresh synthetic text (not the
 * shared cases, not the eval cases).
 */
import { describe, expect, it } from 'vitest';

import { allText, draftJournalNote, sectionText } from './testing/draft-lines.js';

/** The note's sentence naming `word`, or '' when none does. */
function sentenceWith(text: string, word: RegExp): string {
  return text.split(/(?<=[.!?])\s+|\n+/u).find((sentence) => word.test(sentence)) ?? '';
}

describe('the pointer at a relative’s words («Som mora di sa, …») stays unless it is about the patient', () => {
  it('keeps the mother as the one who had breast cancer', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har kjent en kul i brystet.'],
      ['lege', 'Som mora di sa, hadde hun brystkreft for ti år siden.'],
      ['pasient', 'Ja, det stemmer.'],
    ]);
    expect(sentenceWith(allText(output), /brystkreft/iu)).toMatch(/mor/iu);
  });

  it('keeps the sister as the one who had breast cancer', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har kjent en kul i brystet.'],
      ['lege', 'Som søstera di fortalte, har hun hatt brystkreft.'],
      ['pasient', 'Ja.'],
    ]);
    expect(sentenceWith(allText(output), /brystkreft/iu)).toMatch(/søst/iu);
  });

  // The pointer is still cut when what follows is about the patient: session-32i-relatives.test.ts.
});

describe('«jeg fikk / har hatt det samme» is the clinician’s own history only when it says so', () => {
  it('keeps a lab result said after «Jeg fikk det samme svaret»', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har hatt feber og hoste i fem dager.'],
      ['lege', 'Jeg fikk det samme svaret fra laben i dag, CRP er 80.'],
    ]);
    expect(allText(output)).toMatch(/CRP (?:er )?80/u);
  });

  it('keeps a positive strep test said after «Eg fekk det same resultatet»', async () => {
    const output = await draftJournalNote([
      ['lege', 'Kva gjeld det?'],
      ['pasient', 'Eg har vondt i halsen og feber.'],
      ['lege', 'Eg fekk det same resultatet no, streptokokktesten er positiv.'],
    ]);
    expect(allText(output)).toMatch(/streptokokktesten er positiv/iu);
  });

  it('keeps the assessment after «Jeg har hatt det samme inntrykket»', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hvordan har du det?'],
      ['pasient', 'Jeg er trist hele tiden og sover dårlig, og jeg orker ingenting.'],
      ['lege', 'Jeg har hatt det samme inntrykket hele veien, dette er en depresjon.'],
    ]);
    expect(sectionText(output, 'vurdering')).toMatch(/depresjon/iu);
  });

  it('keeps the assessment after «Jeg fikk det samme inntrykket som legevakta»', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg får trykk i brystet når jeg går i motbakke.'],
      ['lege', 'Jeg fikk det samme inntrykket som legevakta, dette kan være angina.'],
    ]);
    expect(sectionText(output, 'vurdering')).toMatch(/angina/iu);
  });

  it('drops only the own-history clause and keeps the assessment after it', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva har skjedd?'],
      ['pasient', 'Jeg vridde kneet på fotballtrening på tirsdag.'],
      ['lege', 'Jeg hadde det samme selv i fjor, dette er en forstuing av kneet.'],
    ]);
    expect(allText(output)).not.toMatch(/samme selv/iu);
    expect(sectionText(output, 'vurdering')).toMatch(/forstuing/iu);
  });
});

describe('the drive home after a faint stays (driving advice)', () => {
  it('keeps that the husband had to drive her home from work after fainting', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva har skjedd?'],
      [
        'pasient',
        'Jeg besvimte på jobben i går, og mannen min måtte kjøre meg hjem fra jobben etterpå.',
      ],
    ]);
    expect(allText(output)).toMatch(/kjøre pas\. hjem|kjøre seg hjem|kjørte pas\. hjem/u);
  });
});

describe('Kontaktårsak keeps «Vært» before a state (gravid, innlagt)', () => {
  it('keeps «Vært gravid» as past', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har vært gravid, men jeg aborterte i forrige uke.'],
    ]);
    expect(sectionText(output, 'kontaktarsak')).not.toMatch(/^Gravid/u);
    expect(sectionText(output, 'kontaktarsak')).toMatch(/[Vv]ært gravid/u);
  });

  it('keeps «Vært innlagt» as past', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har vært innlagt på sykehuset for lungebetennelse i en uke.'],
    ]);
    expect(sectionText(output, 'kontaktarsak')).toMatch(/[Vv]ært innlagt/u);
  });

  it('still drops «Vært» before a symptom («Svimmel i 4 dager»)', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har vært svimmel i fire dager.'],
    ]);
    expect(sectionText(output, 'kontaktarsak')).toBe('Svimmel i 4 dager.');
  });

  it('still drops «Blitt» before a worse symptom («Tyngre i pusten»)', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har blitt tyngre i pusten den siste uka.'],
    ]);
    expect(sectionText(output, 'kontaktarsak')).toMatch(/^Tyngre i pusten/u);
  });
});
