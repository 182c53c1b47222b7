/*
 * Session 34f (issue 12): an open question about medicines or allergies answered «nei, bare X»
 * names what the patient uses or reacts to. «Bruker du noen medisiner?» «Nei, bare insulin.» is
 * «Bruker insulin.» (never «Bruker ingen medisiner. Insulin.»), and «Er du allergisk mot noe?»
 * «Nei, bare pollen.» is «Pollenallergi.» beside «Ingen kjente legemiddelallergier.» (never
 * «Ingen allergier.», and no «CAVE», which a note keeps for drugs). Fresh synthetic text.
 */
import { describe, expect, it } from 'vitest';
import { draftJournalNote as draft, sectionText as section } from './testing/draft-lines.js';

async function history(complaint: string, question: string, answer: string): Promise<string> {
  return section(
    await draft([
      ['lege', 'Hva kan jeg gjøre for deg i dag?'],
      ['pasient', complaint],
      ['lege', question],
      ['pasient', answer],
    ]),
    'anamnese',
  );
}

describe('«Bruker du noen medisiner?» «Nei, bare X.» is «Bruker X.»', () => {
  it.each([
    ['Bruker du noen medisiner?', 'Nei, bare insulin.', 'Bruker insulin.'],
    [
      'Bruker du noen faste medisiner?',
      'Nei, bare p-piller.',
      'Bruker p-piller, ellers ingen faste medisiner.',
    ],
    ['Tar du noen medisiner?', 'Nei, bare Levaxin.', 'Bruker Levaxin.'],
    ['Brukar du nokon medisinar?', 'Nei, berre Metformin.', 'Bruker Metformin.'],
  ])('«%s» «%s» → «%s»', async (question, answer, expected) => {
    const text = await history('Jeg har hatt vondt i venstre hofte i en måned.', question, answer);
    expect(text).toContain(expected);
    expect(text).not.toMatch(/(?:Bruker ingen|Ingen)(?: faste)? medisiner/u);
  });

  it('keeps the dose: «Nei, bare Sertralin, hundre milligram.»', async () => {
    const text = await history(
      'Jeg sover dårlig om dagen.',
      'Bruker du noen medisiner?',
      'Nei, bare Sertralin, hundre milligram.',
    );
    expect(text).toMatch(/Bruker Sertralin,? 100 mg\./u);
    expect(text).not.toMatch(/Bruker ingen medisiner/u);
  });

  it('leaves a restriction alone: «Nei, bare når jeg har vondt.» is no drug', async () => {
    const text = await history(
      'Jeg har hatt vondt i venstre hofte i en måned.',
      'Bruker du noen medisiner?',
      'Nei, bare når jeg har vondt.',
    );
    expect(text).not.toMatch(/Bruker når/u);
  });

  it('leaves a thing that is no drug alone: «Nei, bare tran.» is no «Bruker tran.»', async () => {
    const text = await history(
      'Jeg har hatt vondt i venstre hofte i en måned.',
      'Bruker du noen medisiner?',
      'Nei, bare tran om vinteren.',
    );
    expect(text).not.toMatch(/Bruker tran/u);
  });

  it('keeps a blood thinner as before: «Nei, bare Eliquis.»', async () => {
    const text = await history(
      'Jeg har hatt neseblod to ganger.',
      'Bruker du noen medisiner?',
      'Nei, bare Eliquis.',
    );
    expect(text).toMatch(/Bruker Eliquis/u);
  });
});

describe('«Er du allergisk mot noe?» «Nei, bare X.» with X no drug is an allergy to X', () => {
  it.each([
    ['Er du allergisk mot noe?', 'Nei, bare pollen.', 'Pollenallergi.'],
    ['Har du noen allergier?', 'Nei, berre katt.', 'Kattallergi.'],
    ['Har du noen allergier?', 'Nei, kun nøtter.', 'Nøtteallergi.'],
  ])('«%s» «%s» → «%s»', async (question, answer, expected) => {
    const text = await history('Jeg har fått tett nese og kløe i øynene.', question, answer);
    expect(text).toContain(expected);
    expect(text).toContain('Ingen kjente legemiddelallergier.');
    expect(text).not.toMatch(/CAVE|Ingen allergier/u);
  });

  it('keeps an allergen it does not know to be no drug as CAVE (session 34k review)', async () => {
    const text = await history(
      'Jeg har fått tett nese og kløe i øynene.',
      'Er du allergisk mot noe?',
      'Nei, bare mot hestehår.',
    );
    expect(text).toContain('CAVE hestehår.');
    expect(text).not.toMatch(/Ingen (?:kjente legemiddel)?allergier|Ikke allergisk/u);
  });

  it('keeps a drug allergy as CAVE: «Nei, bare penicillin.»', async () => {
    const text = await history(
      'Jeg har fått tett nese og kløe i øynene.',
      'Er du allergisk mot noe?',
      'Nei, bare penicillin.',
    );
    expect(text).toMatch(/CAVE penicillin/u);
    expect(text).not.toMatch(/Penicillinallergi|Ingen kjente legemiddelallergier/u);
  });
});

const wrist = [
  ['lege', 'Hva kan jeg gjøre for deg i dag?'],
  ['pasient', 'Jeg har hatt vondt i håndleddet og nummenhet i tommelen i to uker.'],
] as const;

describe('a hedged assessment fills Vurdering, hedged (session 34f)', () => {
  it('«Jeg tror dette er en seneskjedebetennelse, men det kan også være en karpaltunnel.»', async () => {
    const output = await draft([
      ...wrist,
      [
        'lege',
        'Jeg tror dette er en seneskjedebetennelse, men det kan også være et karpaltunnelsyndrom.',
      ],
    ]);
    expect(section(output, 'vurdering')).toBe(
      'Trolig seneskjedebetennelse, differensialdiagnose karpaltunnelsyndrom.',
    );
  });

  it('«Det er sannsynligvis en forstuing, men et brudd kan ikke helt utelukkes.»', async () => {
    const output = await draft([
      ...wrist,
      ['lege', 'Det er sannsynligvis en forstuing, men et brudd kan ikke helt utelukkes.'],
    ]);
    expect(section(output, 'vurdering')).toBe('Trolig forstuing, differensialdiagnose brudd.');
  });

  it('«Dette er nok en vanlig halsbetennelse.» → «Trolig halsbetennelse.»', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg gjøre for deg i dag?'],
      ['pasient', 'Jeg har hatt vondt i halsen i fire dager.'],
      ['lege', 'Dette er nok en vanlig halsbetennelse.'],
    ]);
    expect(section(output, 'vurdering')).toBe('Trolig halsbetennelse.');
  });

  it('keeps the unhedged «Dette er en seneskjedebetennelse.» without «Trolig»', async () => {
    const output = await draft([...wrist, ['lege', 'Dette er en seneskjedebetennelse.']]);
    expect(section(output, 'vurdering')).toBe('Seneskjedebetennelse.');
  });

  it('keeps «Jeg tror dette går over av seg selv.» out of the diagnosis form', async () => {
    const output = await draft([...wrist, ['lege', 'Jeg tror dette går over av seg selv.']]);
    expect(section(output, 'vurdering')).not.toMatch(/Trolig/u);
  });
});

describe('the verb «bære» keeps its æ in Tiltak (session 34f)', () => {
  it('«Du skal ikke bære tunge ting de neste to ukene.» stays «bære»', async () => {
    const output = await draft([
      ...wrist,
      ['lege', 'Dette er en forstuing. Du skal ikke bære tunge ting de neste to ukene.'],
    ]);
    expect(section(output, 'tiltak')).toMatch(/ikke bære tunge/u);
    expect(section(output, 'tiltak')).not.toMatch(/bare tunge/u);
  });
});

describe('«Det du var med på var …» names the event (session 34f)', () => {
  it('«Det du var med på var et lett hodetraume.» → «Lett hodetraume.», never «Med på var …»', async () => {
    const output = await draft([
      ['lege', 'Hva har skjedd?'],
      ['pasient', 'Jeg falt av sparkesykkelen og slo hodet i fortauet.'],
      ['lege', 'Det du var med på var et lett hodetraume.'],
    ]);
    const text = `${section(output, 'vurdering')} ${section(output, 'anamnese')}`;
    expect(text).toMatch(/Lett hodetraume\./u);
    expect(text).not.toMatch(/Med på var/u);
  });
});
