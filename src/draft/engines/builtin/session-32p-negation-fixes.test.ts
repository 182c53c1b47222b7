/*
 * Session 32p (review of 32d): a «nei» that goes on to name what the patient does have never
 * becomes a denial of that very thing, and a two-part question is never denied in a garbled form.
 */
import { describe, expect, it } from 'vitest';
import { type ConversationLines, draftHistory as history } from './testing/draft-lines.js';

const opening: ConversationLines[number] = ['lege', 'Hva bringer deg hit i dag?'];
const low: ConversationLines[number] = ['pasient', 'Jeg har vært veldig nedfor i det siste.'];

describe('suicide questions answered «nei, ikke planer» (session 32p)', () => {
  it('denies only the plans, never the thoughts', async () => {
    const text = await history([
      opening,
      low,
      ['lege', 'Har du tanker om å ta livet ditt eller planer?'],
      ['pasient', 'Nei, ikke planer.'],
    ]);
    expect(text).toMatch(/Ingen suicidplaner\./u);
    expect(text).not.toMatch(/suicidale tanker|Ingen suicidtanker|tanker planer/u);
  });
});

describe('a one-part question answered «nei, bare/kun X» (session 32p)', () => {
  // Withdrawn in session 32p (held-out coverage/safety dropped with the rule); left open.
  it.each([['Nei, kun penicillin.'], ['Nei. Bare mot penicillin.']])(
    'keeps the allergy in «%s» and never writes «Ingen allergier»',
    async (said) => {
      const text = await history([
        opening,
        ['pasient', 'Jeg har fått utslett på armene.'],
        ['lege', 'Har du noen allergier?'],
        ['pasient', said],
      ]);
      expect(text).not.toMatch(/Ingen allergi|Ikke allergi/u);
      expect(text).toMatch(/[Pp]enicillin/u);
    },
  );

  // Withdrawn in session 32p; left open.
  it('keeps the medicines in «Nei, bare p-piller og Marevan.»', async () => {
    const text = await history([
      opening,
      ['pasient', 'Jeg har hatt hodepine i en uke.'],
      ['lege', 'Bruker du noen medisiner?'],
      ['pasient', 'Nei, bare p-piller og Marevan.'],
    ]);
    expect(text).not.toMatch(/(?:Bruker ingen|Ingen) medisiner/u);
    expect(text).toMatch(/[Pp]-piller og Marevan/u);
  });

  // Withdrawn in session 32p; left open.
  it('never denies blood thinners after «Nei, bare Marevan.»', async () => {
    const text = await history([
      opening,
      ['pasient', 'Jeg har hatt neseblod flere ganger.'],
      ['lege', 'Bruker du blodfortynnende eller andre faste medisiner?'],
      ['pasient', 'Nei, bare Marevan.'],
    ]);
    expect(text).not.toMatch(/(?:Bruker ikke|Ingen|Ikke) blodfortynnende/u);
    expect(text).toMatch(/Marevan/u);
  });

  it('still denies allergies after a plain «Nei, ingen.» (counter-example)', async () => {
    const text = await history([
      opening,
      ['pasient', 'Jeg har fått utslett på armene.'],
      ['lege', 'Har du noen allergier?'],
      ['pasient', 'Nei, ingen.'],
    ]);
    expect(text).toMatch(/Ingen (?:kjente )?allergi/u);
  });
});

describe('«Nei, bare X.» to a question about other places (session 32p, counter-example)', () => {
  it('still denies the knee after «Nei, bare ankelen.»', async () => {
    const text = await history([
      opening,
      ['pasient', 'Jeg vrikket ankelen i går.'],
      ['lege', 'Noe vondt i kneet eller andre steder?'],
      ['pasient', 'Nei, bare ankelen.'],
    ]);
    expect(text).toMatch(/(?:Ikke|Ingen) vondt i kneet/u);
  });
});

describe('«Nei, bare X.» naming something milder still denies what was asked (session 32p)', () => {
  it('still denies vomiting after «Nei, bare kvalm.»', async () => {
    const text = await history([
      opening,
      ['pasient', 'Jeg har vondt i magen.'],
      ['lege', 'Har du kastet opp?'],
      ['pasient', 'Nei, bare kvalm.'],
    ]);
    expect(text).toMatch(/(?:Ikke|Ingen) (?:kastet opp|oppkast)/u);
  });

  it('still denies chest pain after «Nei, bare litt vondt i magen.»', async () => {
    const text = await history([
      opening,
      ['pasient', 'Jeg har vært slapp i en uke.'],
      ['lege', 'Har du hatt brystsmerter eller tung pust?'],
      ['pasient', 'Nei, bare litt vondt i magen.'],
    ]);
    expect(text).toMatch(/Ingen brystsmerter/u);
  });
});

describe('«Nei. Bare X.» naming one part of two (session 32p)', () => {
  it.each(['Nei. Bare lysskyhet.', 'Nei, kun lysskyhet.', 'Nei. Kun litt lysskyhet.'])(
    'keeps the light sensitivity in «%s» and denies the neck stiffness',
    async (said) => {
      const text = await history([
        opening,
        ['pasient', 'Jeg har hatt kraftig hodepine siden i går.'],
        ['lege', 'Har du nakkestivhet eller lysskyhet?'],
        ['pasient', said],
      ]);
      expect(text).toMatch(/Ingen nakkestivhet/u);
      expect(text).not.toMatch(/(?:Ingen|Ikke) lysskyhet/u);
      expect(text).toMatch(/[Ll]ysskyhet/u);
    },
  );
});

describe('a word every part shares names no part (session 32p)', () => {
  it('still denies self-harm after «Nei, ingen tanker om det.»', async () => {
    const text = await history([
      opening,
      low,
      ['lege', 'Har du tanker om å ta livet ditt eller skade deg selv?'],
      ['pasient', 'Nei, ingen tanker om det.'],
    ]);
    expect(text).toMatch(/Ingen selvskading/u);
  });

  it('still denies plans after «Nei, ingen tanker.»', async () => {
    const text = await history([
      opening,
      low,
      ['lege', 'Har du tanker om å ta livet ditt, eller har du planer om det?'],
      ['pasient', 'Nei, ingen tanker.'],
    ]);
    expect(text).toMatch(/Ingen suicidplaner/u);
  });
});

describe('no denial when the answer affirms what was asked (session 32p, older)', () => {
  // Left open (session 32p): the safety net still writes «Ingen suicidtanker.» here; the broader
  // rule that fixed it also dropped held-out safety negatives and was withdrawn.
  it('never denies suicidal thoughts after «Nei, bare tanker innimellom.»', async () => {
    const text = await history([
      opening,
      low,
      ['lege', 'Har du tanker om å ta livet ditt, eller planer om det?'],
      ['pasient', 'Nei, bare tanker innimellom.'],
    ]);
    expect(text).not.toMatch(/Ingen suicid(?:ale )?tanker/u);
  });

  it('never denies self-harm after «… men eg har skada meg.»', async () => {
    const text = await history([
      opening,
      low,
      ['lege', 'Har du tanker om å ta livet ditt eller skade deg selv?'],
      ['pasient', 'Nei, ikkje ta livet mitt, men eg har skada meg.'],
    ]);
    expect(text).not.toMatch(/Ingen selvskading/u);
  });

  // Withdrawn in session 32p; left open.
  it('never denies blood in the stool after «Nei, bare litt blod på papiret.»', async () => {
    const text = await history([
      opening,
      ['pasient', 'Jeg har hatt vondt i magen i to uker.'],
      ['lege', 'Har du sett blod i avføringen eller svart avføring?'],
      ['pasient', 'Nei, bare litt blod på papiret.'],
    ]);
    expect(text).not.toMatch(/Ingen blod/u);
  });

  // Withdrawn in session 32p; left open.
  it('never writes «Den har ikke kommet gradvis.» for «Nei, den kom gradvis.»', async () => {
    const text = await history([
      opening,
      ['pasient', 'Jeg har hodepine.'],
      ['lege', 'Kom den plutselig, som et smell, eller gradvis?'],
      ['pasient', 'Nei, den kom gradvis.'],
    ]);
    expect(text).not.toMatch(/ikke kommet gradvis|Ingen kom/u);
  });
});
