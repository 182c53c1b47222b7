/*
 * Session 33n (issue 12): a list of symptoms answered «nei, bare/berre/kun X» affirms X and still
 * denies every other part, also when X is the first part and the rest is more than one word
 * ("Har du hoste, vondt i halsen eller tungpust?" — "Nei, bare hoste."). An open question about a
 * kind keeps its member ("Nei, bare penicillin." → CAVE), and «bare litt hoste» keeps the cough.
 *
 * Session 34f: the fix of commit ab19455d (dropped then for held-out v21 ROUGE-L 0.390 → 0.389,
 * from dev h220 «Er han slapp, vanskelig å få kontakt med?» «Nei, han er litt slapp, men …»)
 * narrowed to answers that name their exception («bare», «berre», «kun») and to parts left that
 * hold no clause («å …»).
 */
import { describe, expect, it } from 'vitest';
import { draftJournalNote as draft, allText } from './testing/draft-lines.js';

async function note(complaint: string, question: string, answer: string): Promise<string> {
  return allText(
    await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', complaint],
      ['lege', question],
      ['pasient', answer],
    ]),
  );
}

describe('a list answered «nei, bare X» denies every other part (session 33n)', () => {
  it('3 parts, X first: «hoste, vondt i halsen eller tungpust» «Nei, bare hoste.»', async () => {
    const text = await note(
      'Jeg har vært forkjølet i fem dager.',
      'Har du hoste, vondt i halsen eller tungpust?',
      'Nei, bare hoste.',
    );
    expect(text).toMatch(/(?:Ikke|Ingen) vondt i halsen|(?:Ikke|Ingen) sår hals/u);
    expect(text).toMatch(/(?:Ikke|Ingen) (?:dyspné|tungpust)|(?:Ikke|Ingen)[^.]* eller dyspné/u);
    expect(text).toMatch(/Hoste\./u);
    expect(text).not.toMatch(/Ingen hoste/u);
  });

  it('2 parts, X first and the rest of several words: «Nei, kun hoste.»', async () => {
    const text = await note(
      'Jeg har vært forkjølet i fem dager.',
      'Har du hoste eller vondt i halsen?',
      'Nei, kun hoste.',
    );
    expect(text).toMatch(/(?:Ikke|Ingen) vondt i halsen/u);
    expect(text).not.toMatch(/Ingen hoste/u);
  });

  it('nynorsk «berre», X first, with blood in the stool denied', async () => {
    const text = await note(
      'Eg har hatt vondt i magen i ei veke.',
      'Har du kvalme, diaré eller blod i avføringa?',
      'Nei, berre kvalme.',
    );
    expect(text).toMatch(/Kvalme/u);
    expect(text).toMatch(/(?:Ikke|Ingen)[^.]*blod i avføringa/u);
    expect(text).toMatch(/(?:Ikke|Ingen) diaré/u);
  });

  it('a safety item in the middle: «hjertebank, brystsmerter eller hovne bein» «Nei, kun hjertebank.»', async () => {
    const text = await note(
      'Jeg har blitt andpusten i det siste.',
      'Har du hjertebank, brystsmerter eller hovne bein?',
      'Nei, kun hjertebank.',
    );
    expect(text).toMatch(/Ingen brystsmerter/u);
    expect(text).toMatch(/(?:Ikke|Ingen)[^.]*hovne bein/u);
    expect(text).toMatch(/Hjertebank/u);
  });

  it('X last: «feber, hoste eller tungpust» «Nei, bare tungpust.» denies fever and cough', async () => {
    const text = await note(
      'Jeg har vært forkjølet i fem dager.',
      'Har du feber, hoste eller tungpust?',
      'Nei, bare tungpust.',
    );
    expect(text).toMatch(/Ingen feber eller hoste/u);
    expect(text).not.toMatch(/Ingen[^.]*dyspné/u);
  });

  it('X first of three words: «feber, hoste eller tungpust» «Nei, bare feber.» denies both others', async () => {
    const text = await note(
      'Jeg har vært forkjølet i fem dager.',
      'Har du feber, hoste eller tungpust?',
      'Nei, bare feber.',
    );
    expect(text).toMatch(/Ingen hoste eller dyspné/u);
    expect(text).not.toMatch(/Ingen feber/u);
  });
});

describe('what stays as it was (session 33n)', () => {
  it('an open question «Har du noen allergier?» «Nei, bare penicillin.» → CAVE, no denial', async () => {
    const text = await note(
      'Jeg har fått utslett på armene.',
      'Har du noen allergier?',
      'Nei, bare penicillin.',
    );
    expect(text).toMatch(/CAVE penicillin/u);
    expect(text).not.toMatch(/Ingen (?:kjente )?allergi|Ikke allergi/u);
  });

  it('«Nei, bare litt hoste.» keeps the cough and still denies the rest', async () => {
    const text = await note(
      'Jeg har vært forkjølet i fem dager.',
      'Har du hoste, vondt i halsen eller tungpust?',
      'Nei, bare litt hoste.',
    );
    expect(text).toMatch(/Litt hoste/u);
    expect(text).not.toMatch(/Ingen hoste/u);
    expect(text).toMatch(/(?:Ikke|Ingen) vondt i halsen/u);
  });

  it('a suicide question answered «Nei, bare tanker.» denies no thoughts', async () => {
    const text = await note(
      'Jeg har vært langt nede lenge.',
      'Har du tanker om å ta livet ditt eller planer om det?',
      'Nei, bare tanker innimellom.',
    );
    expect(text).not.toMatch(/Ingen suicid(?:ale )?tanker/u);
  });
});
