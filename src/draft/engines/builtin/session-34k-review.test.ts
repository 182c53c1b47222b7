/*
 * Session 34k: review of session 34f's drafter rules. Each case below drafted something the
 * patient or clinician did not say (a lost plan, a denied symptom, a drug allergy written as a
 * non-drug one, a denied medicine). Fresh synthetic text.
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

async function whole(lines: Parameters<typeof draft>[0]): Promise<string> {
  const output = await draft(lines);
  return ['anamnese', 'funn', 'vurdering', 'tiltak']
    .map((name) => section(output, name as 'anamnese'))
    .join(' ');
}

describe('a hedged assessment takes only a noun phrase as its differential', () => {
  it('keeps the planned CRP: «…forkjølelse, men det kan være lurt å ta en CRP.»', async () => {
    const text = await whole([
      ['lege', 'Hva kan jeg gjøre for deg i dag?'],
      ['pasient', 'Jeg har hatt feber og hoste i tre dager.'],
      ['lege', 'Jeg tror dette er en forkjølelse, men det kan være lurt å ta en CRP.'],
    ]);
    expect(text).toMatch(/CRP/u);
    expect(text).not.toMatch(/differensialdiagnose (?:lurt|å)/u);
  });

  it('«…senebetennelse, men det kan være vondt en stund.» has no differential «vondt»', async () => {
    const text = await whole([
      ['lege', 'Hva kan jeg gjøre for deg i dag?'],
      ['pasient', 'Jeg har hatt vondt i albuen i to uker.'],
      ['lege', 'Jeg tror dette er en senebetennelse, men det kan være vondt en stund.'],
    ]);
    expect(text).not.toMatch(/differensialdiagnose vondt/u);
    expect(text).toMatch(/vondt en stund/u);
  });
});

describe('«Nei, bare X» denies the other asked parts only when X is exactly one part', () => {
  it('«Har du kvalme, oppkast eller diaré?» «Nei, bare kvalme og litt løs mage.» denies no diaré', async () => {
    const text = await history(
      'Jeg har hatt vondt i magen siden i går.',
      'Har du kvalme, oppkast eller diaré?',
      'Nei, bare kvalme og litt løs mage.',
    );
    expect(text).not.toMatch(/Ingen (?:oppkast eller )?diaré/u);
    expect(text).toMatch(/løs mage/u);
  });

  it('still denies the rest for «Nei, bare litt kvalme.»', async () => {
    const text = await history(
      'Jeg har hatt vondt i magen siden i går.',
      'Har du kvalme, oppkast eller diaré?',
      'Nei, bare litt kvalme.',
    );
    expect(text).toMatch(/Ingen oppkast eller diaré/u);
  });
});

describe('«Er du allergisk mot noe?» «Nei, bare <drug>.» stays CAVE', () => {
  it.each([
    ['Nei, bare smertestillende.', 'smertestillende'],
    ['Nei, bare sovemedisiner.', 'sovemedisiner'],
    ['Nei, bare blodtrykksmedisinen.', 'blodtrykksmedisinen'],
    ['Nei, bare narkose.', 'narkose'],
  ])('«%s»', async (answer, allergen) => {
    const text = await history(
      'Jeg har fått tett nese og kløe i øynene.',
      'Er du allergisk mot noe?',
      answer,
    );
    expect(text).toContain(`CAVE ${allergen}`);
    expect(text).not.toMatch(/Ingen kjente legemiddelallergier/u);
  });
});

describe('«Bruker du noen medisiner fast?» «Nei, bare X.» keeps «ellers ingen faste medisiner»', () => {
  it('«Nei, bare p-staven.» → «Bruker p-staven, ellers ingen faste medisiner.»', async () => {
    const text = await history(
      'Jeg har hatt vondt i venstre hofte i en måned.',
      'Bruker du noen medisiner fast?',
      'Nei, bare p-staven.',
    );
    expect(text).toContain('Bruker p-staven, ellers ingen faste medisiner.');
  });
});

describe('«Nei, bare når jeg har vondt.» never becomes «Bruker ingen medisiner.»', () => {
  it('keeps the answer without a denial', async () => {
    const text = await history(
      'Jeg har hatt vondt i venstre hofte i en måned.',
      'Bruker du noen medisiner?',
      'Nei, bare når jeg har vondt.',
    );
    expect(text).not.toMatch(/Bruker ingen medisiner/u);
    expect(text).not.toMatch(/Bruker når/u);
  });
});
