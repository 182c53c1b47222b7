/*
 * Session 32e: a Kontaktårsak closer to what a Norwegian GP writes («Hodepine i 3 dager.»), without
 * losing facts. Fresh synthetic text (not the shared cases, not the eval cases).
 */
import { describe, expect, it } from 'vitest';

import { draftJournalNote as draft, sectionText as section } from './testing/draft-lines.js';

describe('Kontaktårsak heads the note with the complaint, not with «Har hatt»', () => {
  it('writes «Har hatt vondt i magen i to uker» as «Vondt i magen i 2 uker.»', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har hatt vondt i magen i to uker.'],
    ]);
    expect(section(output, 'kontaktarsak')).toBe('Vondt i magen i 2 uker.');
  });

  it('keeps the duration, the number and every complaint («feber og hoste i 5 dager»)', async () => {
    const output = await draft([
      ['lege', 'Hva er det som plager deg?'],
      ['pasient', 'Jeg har hatt feber og hoste i fem dager.'],
    ]);
    expect(section(output, 'kontaktarsak')).toBe('Feber og hoste i 5 dager.');
  });

  it('leaves a negative, a pregnancy and a verb of its own as said', async () => {
    const negative = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har hatt ikke noe matlyst på en uke.'],
    ]);
    expect(section(negative, 'kontaktarsak')).toMatch(/^Har hatt ikke/u);
    const verb = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har hostet i tre uker.'],
    ]);
    // Session 34i: the verb is never cut to a bare past tense ("Hostet i 3 uker"); the reason
    // phrase names the complaint as a noun instead (reason-phrase.ts).
    expect(section(verb, 'kontaktarsak')).toBe('Hoste i 3 uker.');
  });
});

describe('Kontaktårsak without the opening «Vært», «Fått» or «Blitt»', () => {
  it('writes «Har vært svimmel i fire dager» as «Svimmel i 4 dager.»', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har vært svimmel i fire dager.'],
    ]);
    expect(section(output, 'kontaktarsak')).toBe('Svimmel i 4 dager.');
  });

  it('keeps a visit, an article and «nå» as said («Har vært hos …», «Fått en …»)', async () => {
    const visit = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har vært hos tannlegen, og nå er kjeven hoven.'],
    ]);
    expect(section(visit, 'kontaktarsak')).not.toMatch(/^Hos /u);
    const article = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har fått en vond legg.'],
    ]);
    expect(section(article, 'kontaktarsak')).not.toMatch(/^En /u);
  });

  it('keeps «Har hatt … før»: an earlier illness is no complaint of today', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har hatt helvetesild før, men nå klør det igjen på ryggen.'],
    ]);
    expect(section(output, 'kontaktarsak')).toMatch(/^Har hatt helvetesild før/u);
  });
});
