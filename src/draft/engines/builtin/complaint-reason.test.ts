/*
 * Session 38h (issue 12): Kontaktårsak is the presenting complaint in clinical terms, one line.
 * A patient who opens with a story, a child who says her name, or «Det er denne svimmelheten»
 * gave the note a first line that was no complaint. Fresh text, not from any case file.
 */
import { describe, expect, it } from 'vitest';
import { draftJournalNote as draft, sectionText } from './testing/draft-lines.js';
import { toComplaintTerms } from './complaint-reason.js';

describe('Kontaktårsak as the presenting complaint', () => {
  it('a child who says her name does not head the note with it', async () => {
    const output = await draft([
      ['lege', 'Hei, hva heter du?'],
      ['pasient', 'Sofie.'],
      ['lege', 'Hva er det som plager deg?'],
      [
        'pårørende',
        'Hun har hatt vondt i magen siden i går kveld, og hun har kastet opp to ganger.',
      ],
    ]);
    const reason = sectionText(output, 'kontaktarsak');
    expect(reason).not.toMatch(/Sofie/u);
    expect(reason).toMatch(/[Mm]age/u);
  });

  it('a child’s name said to «Hva heter du?» gives way to the complaint told next', async () => {
    const output = await draft([
      ['lege', 'Hei, og hva heter du, da?'],
      ['pasient', 'Jonas.'],
      ['pårørende', 'Vi kommer fordi han har vondt i øret. Han har grått hele natta.'],
      ['lege', 'Har han hatt feber?'],
      ['pårørende', 'Ja, 38,5 i morges.'],
    ]);
    const reason = sectionText(output, 'kontaktarsak');
    expect(reason).not.toMatch(/Jonas/u);
    expect(reason).toMatch(/[Øø]re/u);
  });

  it('«Det er denne svimmelheten» becomes «Svimmelhet»', async () => {
    const output = await draft([
      ['lege', 'Hva bringer deg hit i dag?'],
      [
        'pasient',
        'Det er denne svimmelheten. Det kommer når jeg snur meg i senga, og det går rundt i et halvt minutt.',
      ],
    ]);
    expect(sectionText(output, 'kontaktarsak')).toBe('Svimmelhet.');
    expect(sectionText(output, 'anamnese')).toMatch(/snur seg i senga/u);
  });

  it('a complaint already said as a complaint stays as it was', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har hatt vondt i halsen i 4 dager.'],
    ]);
    expect(sectionText(output, 'kontaktarsak')).toBe('Vondt i halsen i 4 dager.');
  });

  // Session 40f: the cabin weekend is chatter, never the reason; the first symptom said is.
  it('a story about the cabin is never the reason; the first symptom said is', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Vi var på hytta i helgen med 3 familier, og naboen sa at jeg burde komme hit.'],
      ['lege', 'Har du hatt feber?'],
      ['pasient', 'Ja, litt feber i går.'],
    ]);
    const reason = sectionText(output, 'kontaktarsak');
    expect(reason).not.toMatch(/hytta|familier/u);
    expect(reason).toMatch(/[Ff]eber/u);
  });
});

describe('complaint terms', () => {
  it('names a denied symptom nowhere', () => {
    expect(toComplaintTerms('Ikke feber, men hoster litt.')).toEqual(['hoste']);
    expect(toComplaintTerms('Har ingen smerter i brystet.')).toEqual([]);
  });

  it('reads pain in a body part as the clinical term', () => {
    expect(toComplaintTerms('Det dro i brystet på venstre side.')).toEqual(['brystsmerter']);
    expect(toComplaintTerms('Har hatt vondt hele tiden nederst i ryggen.')).toEqual([
      'ryggsmerter',
    ]);
  });

  it('reads sleep and mood in clinical words', () => {
    expect(toComplaintTerms('Sover dårlig. Trist, tom.')).toEqual(['søvnvansker', 'nedstemthet']);
    expect(toComplaintTerms('Har ikke sovet siden.')).toEqual(['søvnvansker']);
  });
});
