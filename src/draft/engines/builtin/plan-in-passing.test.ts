/*
 * Session 20 of issue 12: the plan said in passing at the end of a consultation reaches Tiltak —
 * a procedure done on the spot ("Jeg syr med fire sting nå."), a referral to the school nurse,
 * and a safety-net rule said as an inverted conditional without "hvis" ("Merker du …, ringer du
 * …"). Fresh text, not the shared cases nor the eval cases.
 */
import { describe, expect, it } from 'vitest';
import { draftJournalNote as draft, sectionText as section } from './testing/draft-lines.js';

describe('the plan said in passing', () => {
  it('keeps a suture done on the spot', async () => {
    const output = await draft([
      ['lege', 'Hva har skjedd?'],
      ['pasient', 'Jeg skar meg på en glassbit på kjøkkenet i kveld.'],
      ['lege', 'Kuttet er to centimeter langt og rent.'],
      ['lege', 'Jeg syr med tre sting nå.'],
    ]);
    expect(section(output, 'tiltak')).toMatch(/3 sting/u);
  });

  it('keeps advice to see the school nurse', async () => {
    const output = await draft([
      ['lege', 'Hva er det som plager deg?'],
      ['pasient', 'Jeg sover dårlig og har vondt i magen før prøver.'],
      [
        'lege',
        'Jeg tror det er stress. Så synes jeg du skal snakke med helsesykepleier på skolen.',
      ],
    ]);
    expect(section(output, 'tiltak')).toMatch(/helsesykepleier/u);
  });

  it('puts a safety-net rule said as «Merker du …, ringer du …» in Tiltak', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg er gravid i uke trettito og har hatt feber siden i går.'],
      ['lege', 'Det er en virusinfeksjon.'],
      ['lege', 'Kjenner du mindre liv eller får rier, ringer du fødeavdelingen med en gang.'],
    ]);
    expect(section(output, 'tiltak')).toMatch(/fødeavdelingen/u);
    expect(section(output, 'anamnese')).not.toMatch(/fødeavdelingen/u);
  });
});
