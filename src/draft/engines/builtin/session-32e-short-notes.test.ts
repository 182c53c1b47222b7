/*
 * Session 32e: shorter notes closer to what a Norwegian GP writes, without losing facts — a
 * short Kontaktårsak and the clinician's negative conclusion in Vurdering. Fresh synthetic text
 * (not the shared cases, not the eval cases).
 */
import { describe, expect, it } from 'vitest';

import {
  allText,
  draftJournalNote as draft,
  sectionText as section,
} from './testing/draft-lines.js';

describe('a conclusion said as what it is not goes to Vurdering', () => {
  it('writes «Dette ser ikke ut som …» in Vurdering, not in Funn', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har hatt vondt i brystet når jeg puster inn, siden i går.'],
      ['lege', 'Jeg skal lytte på lungene. Lungene er normale. Metningen er nittiåtte prosent.'],
      ['lege', 'Dette ser ikke ut som lungebetennelse. Du kan ta Paracet ved behov.'],
    ]);
    expect(section(output, 'vurdering')).toMatch(/ser ikke ut som lungebetennelse/u);
    expect(section(output, 'funn')).not.toMatch(/lungebetennelse/u);
    // The findings themselves stay in Funn, with their numbers.
    expect(section(output, 'funn')).toMatch(/98/u);
  });

  it('keeps a finding that only looks normal in Funn («Trommehinnen ser ikke rød ut»)', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har vondt i øret.'],
      ['lege', 'Jeg ser i øret. Trommehinnen ser ikke rød ut, og den buler ikke.'],
    ]);
    expect(section(output, 'funn')).toMatch(/ikke rød/u);
    expect(section(output, 'vurdering')).not.toMatch(/rød/u);
  });
});

describe('Kontaktårsak as one short line, the rest of the complaint in Anamnese', () => {
  it('keeps the complaint and gives what follows «, og …» to Anamnese', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      [
        'pasient',
        'Jeg har hatt vondt i magen i to uker, og jeg har gått ned tre kilo fordi jeg ikke klarer å spise.',
      ],
    ]);
    expect(section(output, 'kontaktarsak')).toBe('Har hatt vondt i magen i 2 uker.');
    // Nothing is lost: the weight loss and its number are in Anamnese.
    expect(section(output, 'anamnese')).toMatch(/ned 3 kg/u);
  });

  it('cuts before «, særlig …» and keeps the detail in Anamnese', async () => {
    const output = await draft([
      ['lege', 'Hva er det som plager deg?'],
      ['pasient', 'Jeg har hatt hodepine i fem dager nå, særlig om morgenen når jeg står opp.'],
    ]);
    expect(section(output, 'kontaktarsak')).toBe('Har hatt hodepine i 5 dager nå.');
    expect(section(output, 'anamnese')).toMatch(/om morgenen/u);
  });

  it('keeps a short complaint whole, and keeps «gravid, og nå …» together', async () => {
    const short = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har feber, og hoster.'],
    ]);
    expect(section(short, 'kontaktarsak')).toMatch(/feber.*host/u);
    const pregnant = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      [
        'pasient',
        'Jeg er gravid i uke tretti, og nå har jeg fått vondt i hodet som ikke går over.',
      ],
    ]);
    expect(section(pregnant, 'kontaktarsak')).toMatch(/gravid.*hodet/u);
  });

  it('never moves a negative out of the complaint into a fragment', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      [
        'pasient',
        'Jeg har hatt vondt i halsen i tre dager, men jeg har ikke hatt feber i det hele tatt.',
      ],
    ]);
    expect(allText(output)).toMatch(/[Ii]kke (?:hatt )?feber/u);
  });
});
