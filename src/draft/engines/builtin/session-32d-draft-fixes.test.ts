/*
 * Session 31o of issue 12 (review of 31k), re-applied in session 32d: a «nei» to a two-part
 * question that goes on to affirm or hedge a part never denies that part.
 */
import { describe, expect, it } from 'vitest';
import { type ConversationLines, draftHistory as history } from './testing/draft-lines.js';
import { loosen } from './classify.js';
import { deniedSafetyTopics } from './safety-negatives.js';

const opening: ConversationLines[number] = ['lege', 'Hva bringer deg hit i dag?'];
const cough: ConversationLines[number] = ['pasient', 'Jeg har hatt hoste i tre uker.'];

describe('a «nei» followed by words that affirm a part', () => {
  it('keeps «bare litt kvalm» and denies only the vomiting', async () => {
    const text = await history([
      opening,
      ['pasient', 'Jeg har vondt i magen.'],
      ['lege', 'Har du kvalme eller oppkast?'],
      ['pasient', 'Nei, bare litt kvalm.'],
    ]);
    expect(text).not.toMatch(/Ingen kvalme|Ikke kvalm/u);
    expect(text).toMatch(/kvalm/iu);
  });

  it('keeps «Nei. Bare nattesvette.» as night sweats, never «Ingen nattesvette»', async () => {
    const text = await history([
      opening,
      cough,
      ['lege', 'Har du hatt feber eller nattesvette?'],
      ['pasient', 'Nei. Bare nattesvette.'],
    ]);
    expect(text).not.toMatch(/(?:Ingen|Ikke) nattesvette/u);
    expect(text).toMatch(/nattesvette/iu);
    expect(text).toMatch(/Ingen feber/u);
  });

  it('writes no denial when the patient is unsure («veit ikkje, kanskje litt feber»)', async () => {
    const text = await history([
      opening,
      cough,
      ['lege', 'Har du hatt feber eller nattesvette?'],
      ['pasient', 'Nei, veit ikkje. Kanskje litt feber.'],
    ]);
    expect(text).not.toMatch(/Ingen feber|Ikke feber/u);
    // The safety net still writes «Ikke nattesvette.» here (left for a later session).
    expect(text).not.toMatch(/Ingen nattesvette/u);
  });

  it('denies only the part named in «Nei, ikke feber.»', async () => {
    const text = await history([
      opening,
      cough,
      ['lege', 'Har du hatt feber eller nattesvette?'],
      ['pasient', 'Nei, ikke feber.'],
    ]);
    expect(text).toMatch(/(?:Ingen|Ikke) feber/u);
    expect(text).not.toMatch(/Ingen nattesvette/u);
  });

  it.each([
    ['Stråla det ut i armen eller kjeven?', 'Nei, berre i armen.'],
    ['Strålte det ut i armen eller kjeven?', 'Nei, bare i armen.'],
  ])('never denies radiation to the arm the patient names (%s — %s)', async (asked, said) => {
    const text = await history([
      opening,
      ['pasient', 'Jeg har vondt i brystet.'],
      ['lege', asked],
      ['pasient', said],
    ]);
    expect(text).not.toMatch(/Ingen utstråling (?:i|til) armen/u);
    expect(text).toMatch(/armen/u);
  });

  it('still denies both parts after a bare «Nei.» and «Nei, ingen av delene.»', async () => {
    for (const said of ['Nei.', 'Nei, ingen av delene.']) {
      const text = await history([
        opening,
        cough,
        ['lege', 'Har du hatt feber eller nattesvette?'],
        ['pasient', said],
      ]);
      expect(text).toMatch(/Ingen feber(?:\. Ingen| eller) nattesvette\./u);
    }
  });
});

describe('the safety net denies only what a narrowed «nei» names (session 32d)', () => {
  const feverOrSweats: ConversationLines[number] = ['lege', 'Har du hatt feber eller nattesvette?'];

  it('writes no night-sweats denial after «Nei, ikke feber.»', async () => {
    const text = await history([opening, cough, feverOrSweats, ['pasient', 'Nei, ikke feber.']]);
    expect(text).toMatch(/(?:Ingen|Ikke) feber/u);
    expect(text).not.toMatch(/(?:Ingen|Ikke) nattesvette/u);
  });

  it('writes no fainting denial after «Nei, ikkje brystsmerter.» (nynorsk)', async () => {
    const text = await history([
      opening,
      ['pasient', 'Eg har vore svimmel i to dagar.'],
      ['lege', 'Har du hatt brystsmerter eller besvimt?'],
      ['pasient', 'Nei, ikkje brystsmerter.'],
    ]);
    expect(text).toMatch(/Ingen brystsmerter/u);
    expect(text).not.toMatch(/(?:Ingen|Ikke) (?:synkope|besvim)/u);
  });

  it('writes no denial when the patient does not know («Nei, veit ikkje. Kanskje litt feber.»)', async () => {
    const text = await history([
      opening,
      cough,
      feverOrSweats,
      ['pasient', 'Nei, veit ikkje. Kanskje litt feber.'],
    ]);
    expect(text).not.toMatch(/(?:Ingen|Ikke) (?:feber|nattesvette)/u);
  });

  it.each([
    'Nei, ikke feber og ikke nattesvette.',
    'Nei, ikke noe av det.',
    'Nei, har ikke hatt det.',
    'Nei, ikkje det.',
  ])('still denies the night sweats after «%s»', async (said) => {
    const text = await history([opening, cough, feverOrSweats, ['pasient', said]]);
    expect(text).toMatch(/(?:Ingen|Ikke) (?:feber (?:eller|og) )?nattesvette/u);
  });

  it('reads the narrowing in the detector itself', () => {
    const asked = loosen('Har du hatt feber eller nattesvette?');
    expect(deniedSafetyTopics(asked, loosen('Nei, ikke feber.'))).toEqual([]);
    expect(deniedSafetyTopics(asked, loosen('Nei.'))).toEqual(['Ikke nattesvette.']);
    expect(deniedSafetyTopics(asked, loosen('Nei, ikke nattesvette.'))).toEqual([
      'Ikke nattesvette.',
    ]);
  });
});

describe('the «bare» after a no goes (session 32d, length)', () => {
  it('writes «Litt kvalm.» for «Nei, bare litt kvalm.»', async () => {
    const text = await history([
      opening,
      ['pasient', 'Jeg har vondt i magen.'],
      ['lege', 'Har du kvalme eller oppkast?'],
      ['pasient', 'Nei, bare litt kvalm.'],
    ]);
    expect(text).toMatch(/(?:^|\. )Litt kvalm\./u);
    expect(text).not.toMatch(/Bare litt kvalm/u);
  });

  it('writes «Nattesvette.» for the sentence after a no said on its own («Nei. Bare nattesvette.»)', async () => {
    const text = await history([
      opening,
      cough,
      ['lege', 'Har du hatt feber eller nattesvette?'],
      ['pasient', 'Nei. Bare nattesvette.'],
    ]);
    expect(text).toMatch(/Ingen feber\. Nattesvette\./u);
  });

  it('keeps «Bare» when the sentence before says more than «Nei.»', async () => {
    const text = await history([
      opening,
      ['pasient', 'Jeg har vondt i magen.'],
      ['lege', 'Når har du vondt?'],
      ['pasient', 'Det er verst om kvelden. Bare etter middag.'],
    ]);
    expect(text).toMatch(/Bare etter middag/u);
  });

  it('keeps a restriction: «Nei, bare når jeg går i trapper.»', async () => {
    const text = await history([
      opening,
      ['pasient', 'Jeg har vondt i brystet.'],
      ['lege', 'Har du vondt i hvile?'],
      ['pasient', 'Nei, bare når jeg går i trapper.'],
    ]);
    expect(text).toMatch(/[Bb]are når pas\. går i trapper/u);
  });
});

describe('a «bare» that affirms no part asked (session 32d, review of the re-applied fix)', () => {
  it('still denies «medisiner utenom p-pillene» after «Nei, bare p-pillene.»', async () => {
    const text = await history([
      opening,
      ['pasient', 'Det svir når jeg tisser.'],
      ['lege', 'Bruker du noen faste medisiner utenom p-pillene?'],
      ['pasient', 'Nei, bare p-pillene.'],
    ]);
    expect(text).toMatch(/Ingen faste medisiner/u);
  });

  it('reads «Nei, ingen av delane.» as a no to both parts, whatever «berre» follows', async () => {
    const text = await history([
      opening,
      ['pasient', 'Eg har blødd litt etter overgangsalderen.'],
      ['lege', 'Bruker du hormoner, eller noe blodfortynnende?'],
      ['pasient', 'Nei, ingen av delane. Eg brukar berre ein blodtrykkstablett.'],
    ]);
    expect(text).toMatch(/(?:Ingen|Ikke|Bruker ikke) blodfortynnende/u);
    expect(text).toMatch(/hormoner/u);
  });
});
