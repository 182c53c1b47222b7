/*
 * Session 40e (issue 12, dev h487–h500): safety answers said in nynorsk and dialect, an allergy
 * taken back, suicide preparation, spoken emergency numbers. Fresh synthetic text.
 */
import { describe, expect, it } from 'vitest';
import { draftHistory, draftJournalNote } from './testing/draft-lines.js';

type Turn = readonly ['lege' | 'pasient', string];

const exchange = (...turns: readonly Turn[]): Promise<string> =>
  draftHistory([['lege', 'Kva kan eg hjelpe deg med?'], ...turns]);

/** The whole journal note as one text. */
async function noteText(turns: readonly Turn[]): Promise<string> {
  const note = await draftJournalNote(turns);
  return note.sections.flatMap((section) => section.sentences.map((line) => line.text)).join(' ');
}

describe('passive death wishes and preparation in nynorsk', () => {
  it('«Ikkje no lenger. Men i vår … lettare om eg ikkje var her.» keeps the wish, never only «Ingen suicidale tanker»', async () => {
    const said = await exchange(
      ['pasient', 'Eg søv dårleg.'],
      ['lege', 'Har du tankar om å ta livet ditt?'],
      [
        'pasient',
        'Ikkje no lenger. Men i vår tenkte eg at det hadde vore lettare om eg ikkje var her.',
      ],
    );
    expect(said).toMatch(/lettere om pas\. ikke var her/u);
    expect(said).not.toMatch(/^Ingen suicidale tanker\.$/u);
  });

  it('«Nei, men eg har kjøpt eit tau.» to «Har du tenkt på korleis?» keeps the rope', async () => {
    const said = await exchange(
      ['pasient', 'Eg er så nedfor.'],
      ['lege', 'Har du tankar om å ta livet ditt?'],
      ['pasient', 'Ja, av og til.'],
      ['lege', 'Har du tenkt på korleis?'],
      ['pasient', 'Nei, men eg har kjøpt eit tau.'],
    );
    expect(said).toMatch(/tau/u);
    expect(said).not.toMatch(/Ingen suicidplaner/u);
  });

  it('a plain «Nei, aldri.» to the plan question is still «Ingen suicidplaner.» (must not change)', async () => {
    const said = await exchange(
      ['pasient', 'Eg er så nedfor.'],
      ['lege', 'Har du tankar om å ta livet ditt?'],
      ['pasient', 'Ja, av og til.'],
      ['lege', 'Har du tenkt på korleis?'],
      ['pasient', 'Nei, aldri.'],
    );
    expect(said).toMatch(/Ingen suicidplaner\./u);
  });
});

describe('an allergy taken back', () => {
  it('«Er du allergisk mot sulfa?» — «Nei. Jo, det er ho.» is never a denial', async () => {
    const said = await exchange(
      ['pasient', 'Mor datt i går.'],
      ['lege', 'Er ho allergisk mot sulfa?'],
      ['pasient', 'Nei. Jo, det er ho.'],
    );
    expect(said).not.toMatch(/Ikke allergisk|Ingen (?:kjente )?allergier/u);
  });

  it('«Er du allergisk mot noe?» — «Nei. Jo, det er jeg.» never writes «Allergisk mot noe»', async () => {
    const said = await exchange(
      ['pasient', 'Jeg har vondt i halsen.'],
      ['lege', 'Er du allergisk mot noe?'],
      ['pasient', 'Nei. Jo, det er jeg.'],
    );
    expect(said).not.toMatch(/[Aa]llergisk mot noe/u);
  });
});

describe('spoken emergency numbers', () => {
  it('«ring en-en-tre» is written 113', async () => {
    const said = await noteText([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har trykk i brystet.'],
      ['lege', 'Kommer trykket igjen og går ikke over, ring en-en-tre.'],
    ]);
    expect(said).toMatch(/113/u);
    expect(said).not.toMatch(/en-en-3/u);
  });

  it('«ring en en tre» in speech-to-text lower case is written 113', async () => {
    const said = await noteText([
      ['lege', 'hva kan jeg hjelpe deg med?'],
      ['pasient', 'jeg fikk utslett av reker.'],
      ['lege', 'blir det trangt i halsen igjen, ring en en tre.'],
    ]);
    expect(said).toMatch(/113/u);
  });

  it('«en en tre ganger» without «ring» is no phone number', async () => {
    const said = await noteText([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har kastet opp, en en tre ganger i natt.'],
    ]);
    expect(said).not.toMatch(/113/u);
  });
});
