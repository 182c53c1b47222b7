/*
 * Session 33g: «nei, bare/berre/kun/unntatt X». To an OPEN question about a kind (allergies,
 * medicines, blood thinners, suicidal thoughts) X is one of that kind and nothing is denied; to a
 * LIST of symptoms X affirms its part and the rest stays denied (see except-answer.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  type ConversationLines,
  draftJournalNote as draft,
  sectionText as section,
} from './testing/draft-lines.js';
import { exceptNamed, kindsNamedAfterNo } from './except-answer.js';

const opening: ConversationLines[number] = ['lege', 'Hva bringer deg hit i dag?'];

async function history(complaint: string, question: string, answer: string): Promise<string> {
  return section(
    await draft([opening, ['pasient', complaint], ['lege', question], ['pasient', answer]]),
    'anamnese',
  );
}

describe('an open question answered «nei, bare/kun X» names one of its kind (session 33g)', () => {
  it.each([
    ['Er du allergisk mot noe?', 'Nei, bare Ibux.', /Ibux/iu],
    ['Har du nokon allergiar?', 'Næ, berre mot penicillin.', /penicillin/u],
    ['Har du noen allergier?', 'Nei, unntatt sulfa.', /sulfa/u],
  ])('«%s» «%s» keeps the allergy and never denies it', async (question, answer, kept) => {
    const text = await history('Jeg har fått kløe i huden.', question, answer);
    expect(text).not.toMatch(/Ingen (?:kjente )?allergi|Ikke allergi/u);
    expect(text).toMatch(kept);
  });

  it('keeps «Xarelto og Levaxin» after «… faste medisiner?» «Nei, kun Xarelto og Levaxin.»', async () => {
    const text = await history(
      'Jeg har vært trøtt i flere uker.',
      'Bruker du noen faste medisiner?',
      'Nei, kun Xarelto og Levaxin.',
    );
    expect(text).toMatch(/Bruker Xarelto og Levaxin/u);
    expect(text).not.toMatch(/(?:Bruker ingen|Ingen) faste medisiner/u);
  });

  it('keeps Eliquis after nynorsk «Brukar du nokon medisinar?» «Næ, berre Eliquis.»', async () => {
    const text = await history(
      'Eg har hatt neseblod fleire gonger.',
      'Brukar du nokon medisinar?',
      'Næ, berre Eliquis.',
    );
    expect(text).toMatch(/Eliquis/u);
    expect(text).not.toMatch(/(?:Bruker ikke|Ingen|Ikke) blodfortynnende|Bruker ingen medisin/u);
  });

  it('never denies blood thinners after «Bruker du blodfortynnende?» «Nei, bare Xarelto.»', async () => {
    const text = await history(
      'Jeg har fått store blåmerker.',
      'Bruker du blodfortynnende?',
      'Nei, bare Xarelto.',
    );
    expect(text).not.toMatch(/(?:Bruker ikke|Ingen|Ikke) blodfortynnende/u);
    expect(text).toMatch(/Xarelto/u);
  });

  it('never denies the thoughts after «Nei, berre tankar av og til.» (nynorsk)', async () => {
    const text = await history(
      'Eg har vore langt nede i det siste.',
      'Har du tankar om å ta livet ditt?',
      'Nei, berre tankar av og til.',
    );
    expect(text).not.toMatch(/Ingen suicid(?:ale )?tanker|Ingen suicidtanker/u);
    expect(text).toMatch(/suicidale tanker av og til/u);
  });
});

describe('a list of symptoms answered «nei, bare X» still denies the rest (session 33g)', () => {
  it('«Har du feber, hoste eller tungpust?» «Nei, bare hoste.» denies the breathlessness', async () => {
    const text = await history(
      'Jeg har vært forkjølet en uke.',
      'Har du feber, hoste eller tungpust?',
      'Nei, bare hoste.',
    );
    expect(text).toMatch(/Ingen feber(?: eller dyspné)?/u);
    expect(text).toMatch(/dyspné|Ikke tungpust/u);
    expect(text).toMatch(/[Hh]oste/u);
    expect(text).not.toMatch(/Ingen hoste/u);
  });

  it('«Har du kastet opp eller hatt diaré?» «Nei, berre litt kvalm.» denies both', async () => {
    const text = await history(
      'Eg har vondt i magen.',
      'Har du kastet opp eller hatt diaré?',
      'Nei, berre litt kvalm.',
    );
    expect(text).toMatch(/(?:Ikke|Ingen) (?:oppkast|kastet opp)/u);
  });

  it('«Bruker du blodfortynnende?» «Nei, bare Paracet.» still denies blood thinners', async () => {
    const text = await history(
      'Jeg har hatt neseblod i dag.',
      'Bruker du blodfortynnende?',
      'Nei, bare Paracet.',
    );
    expect(text).toMatch(/Bruker ikke blodfortynnende/u);
  });

  it('«… medisiner utenom insulinen?» «Nei, bare insulinen.» still denies other medicines', async () => {
    const text = await history(
      'Jeg har hatt lave blodsukkre om natta.',
      'Bruker du noen medisiner utenom insulinen?',
      'Nei, bare insulinen.',
    );
    expect(text).toMatch(/[Ii]ngen medisiner utenom insulinen/u);
  });

  it('«Har du allergier, eller bruker du faste medisiner?» «Nei, bare p-piller.» still denies allergy', async () => {
    const text = await history(
      'Jeg har vondt i halsen.',
      'Har du allergier, eller bruker du faste medisiner?',
      'Nei, bare p-piller.',
    );
    expect(text).toMatch(/Ingen allergier/u);
    expect(text).toMatch(/[Pp]-piller/u);
  });

  it('«Har du tanker om å ta livet ditt?» «Nei, ingen tanker.» still denies them', async () => {
    const text = await history(
      'Jeg har vært nedfor lenge.',
      'Har du tanker om å ta livet ditt?',
      'Nei, ingen tanker.',
    );
    expect(text).toMatch(/Ingen suicid/u);
  });
});

describe('exceptNamed and kindsNamedAfterNo (session 33g)', () => {
  it('reads the thing after the «except», never a restriction', () => {
    expect(exceptNamed('Nei, kun penicillin.')).toBe('penicillin');
    expect(exceptNamed('Nei. Bare mot penicillin.')).toBe('mot penicillin');
    expect(exceptNamed('Næ, berre Marevan.')).toBe('Marevan');
    expect(exceptNamed('Nei, bare når jeg går i trapper.')).toBeUndefined();
    expect(exceptNamed('Nei, berre om natta.')).toBeUndefined();
    expect(exceptNamed('Nei, ingen.')).toBeUndefined();
  });

  it('tells an open question from a list', () => {
    expect(kindsNamedAfterNo('Har du noen allergier?', 'Nei, kun penicillin.')).toEqual([
      'allergy',
    ]);
    expect(kindsNamedAfterNo('Har du feber eller hoste?', 'Nei, bare hoste.')).toEqual([]);
    expect(kindsNamedAfterNo('Bruker du blodfortynnende?', 'Nei, bare Paracet.')).toEqual([]);
  });
});

describe('review of session 33g: a «nei, bare X» never invents, keeps stopped drugs apart (session 33o)', () => {
  it.each([
    [
      'Jeg har vært nedfor lenge.',
      'Har du tanker om å ta livet ditt?',
      'Nei, bare tanker om jobben.',
    ],
    [
      'Eg har vore langt nede.',
      'Har du tankar om å ta livet ditt?',
      'Nei, berre tankar om eksamen.',
    ],
  ])('«%s» «%s» «%s» denies suicidal thoughts, never affirms them', async (complaint, q, a) => {
    const text = await history(complaint, q, a);
    expect(text).not.toMatch(/Har suicidale tanker/u);
    expect(text).toMatch(/Ingen suicid/u);
  });

  it.each([
    ['Nei, bare tanker innimellom.', /Har suicidale tanker innimellom/u],
    ['Nei, bare tanker om kvelden.', /Har suicidale tanker om kvelden/u],
  ])('«%s» still keeps the thoughts and when they come', async (answer, kept) => {
    const text = await history(
      'Jeg har vært nedfor lenge.',
      'Har du tanker om å ta livet ditt?',
      answer,
    );
    expect(text).toMatch(kept);
    expect(text).not.toMatch(/Ingen suicid(?:ale )?tanker/u);
  });

  it('never writes «Bruker Marevan» for a drug the answer says was stopped', async () => {
    const text = await history(
      'Jeg har fått store blåmerker.',
      'Bruker du noen medisiner?',
      'Nei, bare Marevan før, men det er seponert.',
    );
    expect(text).not.toMatch(/Bruker Marevan/u);
    expect(text).toMatch(/Marevan/u);
    expect(text).toMatch(/seponert/u);
  });

  it('keeps «Bruker Marevan» for a drug in use («Nei, bare Marevan.»)', async () => {
    const text = await history(
      'Jeg har fått store blåmerker.',
      'Bruker du noen medisiner?',
      'Nei, bare Marevan.',
    );
    expect(text).toMatch(/Bruker Marevan/u);
  });

  it.each([
    ['Har du noen allergier?', 'Nei, bare pollen.', /pollen/iu],
    ['Er du allergisk mot noe?', 'Nei, bare mot katter.', /katter/u],
  ])(
    '«%s» «%s» keeps the allergen and never denies all allergy',
    async (question, answer, kept) => {
      const text = await history('Jeg har fått kløe i huden.', question, answer);
      expect(text).toMatch(kept);
      expect(text).not.toMatch(/Ingen allergier|Ikke allergisk mot noe/u);
    },
  );

  it('«Har du noen allergier?» «Nei.» still denies allergy', async () => {
    const text = await history('Jeg har fått kløe i huden.', 'Har du noen allergier?', 'Nei.');
    expect(text).toMatch(/Ingen allergier/u);
  });
});
