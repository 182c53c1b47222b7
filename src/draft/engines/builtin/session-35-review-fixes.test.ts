/*
 * Session 35 review fixes: rules merged in session 35 that stated more than was said. A time of
 * day or a meal is no when-needed condition («Nei, bare Marevan om kvelden.» is no «ved behov»);
 * «litt for mye» is no «sparsomt»; a conclusion inside «utelukke at det er …» is no assessment;
 * and a good night's sleep «bortsett fra at jeg våkner …» is no plain «Sover godt.». Fresh text.
 */
import { describe, expect, it } from 'vitest';
import {
  draftJournalNote as draft,
  draftsOneExchange,
  sectionText as section,
} from './testing/draft-lines.js';

const history = draftsOneExchange('Hva kan jeg hjelpe deg med i dag?');
const complaint = 'Jeg har hatt vondt i høyre hofte i tre uker.';

describe('a time of day or a meal is no when-needed condition', () => {
  it.each([
    ['Nei, bare Marevan om kvelden.', 'Marevan'],
    ['Nei, bare Levaxin om morgenen.', 'Levaxin'],
    ['Nei, bare insulin ved måltidene.', 'insulin'],
  ])('«Bruker du noen medisiner?» «%s» is never «ved behov»', async (answer, drug) => {
    const text = await history(complaint, 'Bruker du noen medisiner?', answer);
    expect(text.toLowerCase()).toContain(drug.toLowerCase());
    expect(text).not.toMatch(/ved behov/u);
    expect(text).not.toMatch(/Bruker ingen medisiner/u);
  });

  it('«Nei, bare Marevan om kvelden.» keeps the time, as before', async () => {
    const text = await history(
      complaint,
      'Bruker du noen medisiner?',
      'Nei, bare Marevan om kvelden.',
    );
    expect(text).toContain('Bruker Marevan om kvelden, ellers ingen medisiner.');
  });

  it('a drug named after the condition is never lost', async () => {
    const text = await history(
      complaint,
      'Bruker du noen medisiner?',
      'Nei, bare når jeg har vondt, og så Marevan da, fast.',
    );
    expect(text).toContain('Marevan');
    expect(text).not.toMatch(/Ingen faste medisiner/u);
  });

  it.each([
    ['Nei, bare når jeg har vondt.', 'Ingen faste medisiner, tar noe ved behov.'],
    ['Nei, bare Paracet når det er som verst, to tabletter.', 'Bruker Paracet ved behov.'],
    ['Nei, bare når jeg trenger det.', 'Ingen faste medisiner, tar noe ved behov.'],
    ['Nei, bare Paracet når jeg har vondt', 'Bruker Paracet ved behov.'],
    ['Nei, bare Paracet ved smerter.', 'Bruker Paracet ved behov.'],
  ])(
    'a pain or need condition is still «ved behov»: «%s» (counter-example)',
    async (answer, expected) => {
      const text = await history(complaint, 'Bruker du noen medisiner?', answer);
      expect(text).toContain(expected);
    },
  );
});

describe('«litt for mye» is never «sparsomt»', () => {
  it.each([
    ['Ja, litt for mye i helgene egentlig.'],
    ['Nei, bare litt for mye i helgene.'],
    ['Litt for ofte i helgene, kanskje.'],
  ])('«Drikker du alkohol?» «%s»', async (answer) => {
    const text = await history('Jeg har vondt i øvre del av magen.', 'Drikker du alkohol?', answer);
    expect(text).not.toMatch(/sparsomt/u);
    expect(text).not.toMatch(/Drikker ikke alkohol/u);
  });

  it('«Nei, bare litt i helgene.» is still sparsomt (counter-example)', async () => {
    const text = await history(
      'Jeg har vondt i øvre del av magen.',
      'Drikker du alkohol?',
      'Nei, bare litt i helgene.',
    );
    expect(text).toContain('Alkohol: sparsomt, i helgene.');
  });
});

describe('a condition to rule out is no assessment', () => {
  it.each([
    'Det jeg tror skjer er at musklene i leggen er overbelastet etter løpingen, men vi må utelukke at det er en blodpropp, og derfor vil jeg at du tar en blodprøve i dag.',
    'Det jeg tror skjer er at senene i foten er irritert etter den lange turen, men jeg vil sjekke om det er et tretthetsbrudd, og derfor vil jeg at du tar et røntgenbilde.',
  ])('«%s» gives no «Trolig …» of the excluded condition', async (turn) => {
    const note = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med i dag?'],
      ['pasient', 'Jeg har hatt vondt i leggen i fire dager.'],
      ['lege', turn],
    ]);
    expect(section(note, 'vurdering')).not.toMatch(/Trolig (?:blodpropp|tretthetsbrudd)/u);
  });

  it('«…, så det er nok en tennisalbue, og derfor …» still concludes (counter-example)', async () => {
    const note = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med i dag?'],
      ['pasient', 'Jeg har hatt vondt i albuen i tre uker.'],
      [
        'lege',
        'Det jeg tror skjer er at senefestet på utsiden av albuen har blitt irritert av all malingen du har gjort, så det er nok en tennisalbue, og derfor vil jeg at du tar en pause fra malingen i et par uker.',
      ],
    ]);
    expect(section(note, 'vurdering')).toBe('Trolig tennisalbue.');
  });
});

describe('sleep that is good «bortsett fra» is never only «Sover godt.»', () => {
  it.each([
    'Godt. Bortsett fra at jeg våkner av smertene hver natt.',
    'Bra. Men jeg våkner flere ganger om natten av verken.',
    'Greit. Unntatt at jeg våkner tidlig av smertene.',
  ])('«Hvordan sover du?» «%s»', async (answer) => {
    const text = await history(complaint, 'Hvordan sover du?', answer);
    expect(text).not.toMatch(/Sover (?:godt|bra|greit)\./u);
  });

  it.each([
    'Dårlig. Jeg ligger og tenker på jobben.',
    'Dårlig. Jeg våkner flere ganger hver natt.',
  ])('«%s» keeps its bad quality (counter-example)', async (answer) => {
    const text = await history(complaint, 'Hvordan sover du?', answer);
    expect(text).toMatch(/Sover dårlig/u);
  });

  it('«Dårlig. Jeg ligger og tenker på jobben.» keeps its quality (counter-example)', async () => {
    const text = await history(
      complaint,
      'Hvordan sover du?',
      'Dårlig. Jeg ligger og tenker på jobben.',
    );
    expect(text).toMatch(/Sover dårlig/u);
  });
});
