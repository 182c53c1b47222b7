/*
 * Session 35i (issue 12): facts the builtin draft dropped or overstated. «Ikke som jeg har
 * målt» to a fever question keeps the reservation («Ikke målt feber.»); an alcohol answer without
 * a count is «Alkohol: sparsomt, i helgene.» (never «Drikker ikke alkohol.»); «Nei, bare når jeg
 * har vondt» to a medicine question is «Ingen faste medisiner, tar noe ved behov.»; and a long
 * explaining turn gives a hedged assessment and the plan, not the whole explanation. Fresh text.
 */
import { describe, expect, it } from 'vitest';
import {
  draftJournalNote as draft,
  draftsOneExchange,
  sectionText as section,
} from './testing/draft-lines.js';

const history = draftsOneExchange('Hva bringer deg hit i dag?');

describe('«ikke som jeg har målt» keeps the reservation', () => {
  it.each([
    ['Nei, ikke som jeg har målt.'],
    ['Ikkje som eg har målt.'],
    ['Nei, jeg har ikke målt temperaturen.'],
  ])('«Har du hatt feber?» «%s» → «Ikke målt feber.»', async (answer) => {
    const text = await history(
      'Jeg har vondt i brystet når jeg hoster.',
      'Har du hatt feber?',
      answer,
    );
    expect(text).toContain('Ikke målt feber.');
    expect(text).not.toMatch(/Ingen feber/u);
  });

  it('a plain no is still «Ingen feber.» (counter-example)', async () => {
    const text = await history(
      'Jeg har vondt i brystet når jeg hoster.',
      'Har du hatt feber?',
      'Nei.',
    );
    expect(text).toContain('Ingen feber.');
  });

  it('a question about measuring is not hedged twice (counter-example)', async () => {
    const text = await history(
      'Jeg har vondt i hodet om morgenen.',
      'Har du målt blodtrykket hjemme?',
      'Nei, jeg har ikke målt det.',
    );
    expect(text).toContain('Ikke målt blodtrykket hjemme.');
    expect(text).not.toMatch(/målt målt|trolig/iu);
  });
});

describe('an alcohol answer without a count is kept', () => {
  it.each([
    ['Drikker du alkohol?', 'Nei, bare litt i helgene.', 'Alkohol: sparsomt, i helgene.'],
    ['Drikker du alkohol?', 'Et glass vin av og til.', 'Et glass vin av og til.'],
    [
      'Kor mykje alkohol drikk du?',
      'Eg drikk lite, berre i helgane.',
      'Alkohol: sparsomt, i helgene.',
    ],
    ['Drikker du noe alkohol?', 'Nei, bare et par øl på fredager.', 'Et par øl på fredager.'],
  ])('«%s» «%s» → «%s»', async (question, answer, expected) => {
    const text = await history('Jeg har vondt i øvre del av magen.', question, answer);
    expect(text).toContain(expected);
    expect(text).not.toMatch(/Drikker ikke alkohol/u);
  });

  it('a plain no stays «Drikker ikke alkohol.» (counter-example)', async () => {
    const text = await history(
      'Jeg har vondt i øvre del av magen.',
      'Drikker du alkohol?',
      'Nei, aldri.',
    );
    expect(text).toContain('Drikker ikke alkohol.');
    expect(text).not.toMatch(/Alkohol:/u);
  });

  it('a child who drinks fluids is no alcohol answer (counter-example)', async () => {
    const text = await history('Han har hatt diaré siden i går.', 'Drikker han godt?', 'Ja, litt.');
    expect(text).not.toMatch(/Alkohol/u);
  });
});

describe('«Nei, bare når jeg har vondt» to a medicine question', () => {
  it.each([
    [
      'Bruker du noen medisiner?',
      'Nei, bare når jeg har vondt.',
      'Ingen faste medisiner, tar noe ved behov.',
    ],
    [
      'Brukar du nokon medisinar?',
      'Nei, berre når eg har vondt.',
      'Ingen faste medisiner, tar noe ved behov.',
    ],
    [
      'Bruker du noen medisiner?',
      'Nei, bare Paracet når jeg har vondt.',
      'Bruker Paracet ved behov.',
    ],
    [
      'Tar du noen medisiner?',
      'Nei, berre smertestillande viss eg har vondt.',
      'Bruker smertestillende ved behov.',
    ],
  ])('«%s» «%s» → «%s»', async (question, answer, expected) => {
    const text = await history('Jeg har hatt vondt i venstre kne i en uke.', question, answer);
    expect(text).toContain(expected);
    expect(text).not.toMatch(/Bruker ingen medisiner|Bare når/u);
  });

  it('a plain no is still «Bruker ingen medisiner.» (counter-example)', async () => {
    const text = await history(
      'Jeg har hatt vondt i venstre kne i en uke.',
      'Bruker du noen medisiner?',
      'Nei.',
    );
    expect(text).toContain('Bruker ingen medisiner.');
  });
});

describe('a long explaining turn gives the assessment and the plan', () => {
  it('bokmål: «Det jeg tror skjer her er at …, så det er nok en …, og derfor …»', async () => {
    const note = await draft([
      ['lege', 'Hva bringer deg hit i dag?'],
      ['pasient', 'Jeg har hatt vondt i albuen i to uker.'],
      [
        'lege',
        'Det jeg tror skjer her er at festet for musklene på utsiden av albuen har blitt overbelastet av at du har skrudd mye, så det er nok en tennisalbue, og derfor vil jeg at du tar en pause fra skruingen i et par uker og tar Ibux ved behov.',
      ],
    ]);
    expect(section(note, 'vurdering')).toBe('Trolig tennisalbue.');
    expect(section(note, 'tiltak')).toContain(
      'Ta en pause fra skruingen i et par uker og ta Ibux ved behov.',
    );
  });

  it('nynorsk: «Det eg trur skjer er at …, så det er nok eit vanleg …, og difor …»', async () => {
    const note = await draft([
      ['lege', 'Kva kan eg hjelpe deg med?'],
      ['pasient', 'Eg har vondt i nakken sidan i går.'],
      [
        'lege',
        'Det eg trur skjer er at du har fått ein kink i ein muskel i nakken etter at du sov skeivt, så det er nok eit vanleg hekseskot, og difor er det viktig at du held deg i aktivitet og går turar.',
      ],
    ]);
    expect(section(note, 'vurdering')).toBe('Trolig hekseskot.');
    expect(section(note, 'tiltak')).toContain('Holde seg i aktivitet og gå turer.');
  });

  it('leaves an explanation without the announcing opening as it was (counter-example)', async () => {
    const note = await draft([
      ['lege', 'Hva bringer deg hit i dag?'],
      ['pasient', 'Øyet mitt har vært rødt siden i går.'],
      [
        'lege',
        'Dette er et lite sår på hornhinnen, og når du har sovet med linsene er jeg redd for at det er en infeksjon i hornhinnen.',
      ],
    ]);
    expect(section(note, 'vurdering')).toMatch(/sår på hornhinnen/u);
  });
});
