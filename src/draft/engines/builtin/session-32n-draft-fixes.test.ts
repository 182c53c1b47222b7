/*
 * Session 32n of issue 12: what a partial «nei» leaves open stays open in the note — a part the
 * answer says was never measured is not denied, and a «kanskje» after the no is kept.
 */
import { describe, expect, it } from 'vitest';
import { type ConversationLines, draftHistory as history } from './testing/draft-lines.js';
import { loosen } from './classify.js';
import { deniedSafetyTopics } from './safety-negatives.js';

const opening: ConversationLines[number] = ['lege', 'Hva bringer deg hit i dag?'];

describe('a part the answer says was never measured is not denied', () => {
  it('writes no «Ingen feber» when the daughter says fever was not measured (trøndersk)', async () => {
    const text = await history([
      opening,
      ['pårørende', 'Mor har vorre forvirra sia i går.'],
      ['lege', 'Har hun hatt feber eller falt?'],
      ['pårørende', 'Nei, ho har itj falle. Feber har vi itj målt.'],
    ]);
    expect(text).not.toMatch(/(?:Ingen|Ikke) feber/u);
    expect(text).toMatch(/falt/u);
    expect(text).toMatch(/målt/u);
  });

  it('writes no «Ingen feber» for «Nei, har ikke falt. Feber har jeg ikke målt.» (bokmål)', async () => {
    const text = await history([
      opening,
      ['pasient', 'Jeg har vondt i magen.'],
      ['lege', 'Har du hatt feber eller falt?'],
      ['pasient', 'Nei, har ikke falt. Feber har jeg ikke målt.'],
    ]);
    expect(text).not.toMatch(/(?:Ingen|Ikke) feber/u);
    expect(text).toMatch(/(?:Ikke|ikke) falt/u);
  });

  it('still denies both parts after «Nei, ikke falt. Og ingen feber.»', async () => {
    const text = await history([
      opening,
      ['pasient', 'Jeg har vondt i magen.'],
      ['lege', 'Har du hatt feber eller falt?'],
      ['pasient', 'Nei, ikke falt. Og ingen feber.'],
    ]);
    expect(text).toMatch(/(?:Ingen|Ikke) feber/u);
  });

  it('the safety net denies no weight loss the patient has not measured', () => {
    const asked = loosen('Har du hatt nattesvette eller gått ned i vekt?');
    expect(deniedSafetyTopics(asked, loosen('Nei. Vekta har jeg ikke målt.'))).toEqual([
      'Ikke nattesvette.',
    ]);
    expect(deniedSafetyTopics(asked, loosen('Nei. Ikke gått ned i vekt.'))).toEqual([
      'Ikke nattesvette.',
      'Ikke vekttap.',
    ]);
  });
});

describe('a «kanskje» after a no stays', () => {
  it('writes «Kanskje litt kvalm.» for «Nei, kanskje litt kvalm.», never a certain «Litt kvalm.»', async () => {
    const text = await history([
      opening,
      ['pasient', 'Jeg har vondt i magen.'],
      ['lege', 'Har du kvalme eller oppkast?'],
      ['pasient', 'Nei, kanskje litt kvalm.'],
    ]);
    expect(text).toMatch(/Kanskje litt kvalm\./u);
    expect(text).not.toMatch(/Ingen kvalme/u);
  });

  it('keeps the hedge in a sentence of its own after the no («Nei. Kanskje litt feber.»)', async () => {
    const text = await history([
      opening,
      ['pasient', 'Jeg har hatt hoste i tre uker.'],
      ['lege', 'Har du hatt feber eller nattesvette?'],
      ['pasient', 'Nei. Kanskje litt feber.'],
    ]);
    expect(text).toMatch(/Kanskje litt feber/u);
    expect(text).not.toMatch(/Ingen feber/u);
  });

  it('still drops «kanskje» as filler where no «nei» came before', async () => {
    const text = await history([
      opening,
      ['pasient', 'Jeg har hatt vondt i magen, kanskje i tre dager.'],
    ]);
    expect(text).not.toMatch(/[Kk]anskje/u);
  });
});

describe('«Nei, bare i armen.» to a question of radiation to the arm or the jaw', () => {
  it.each([
    ['Stråla det ut i armen eller kjeven?', 'Nei, berre i armen.'],
    ['Strålte det ut i armen eller kjeven?', 'Nei, bare i armen.'],
  ])(
    'says the radiation to the arm and none to the jaw in one sentence (%s — %s)',
    async (asked, said) => {
      const text = await history([
        opening,
        ['pasient', 'Jeg har vondt i brystet.'],
        ['lege', asked],
        ['pasient', said],
      ]);
      expect(text).toMatch(/Utstråling i armen, ikke i kjeven\./u);
      expect(text).not.toMatch(/Bare i armen|Ingen utstråling i armen/u);
    },
  );

  it('still denies both after a plain «Nei.» (nynorsk)', async () => {
    const text = await history([
      opening,
      ['pasient', 'Eg har vondt i brystet.'],
      ['lege', 'Stråla det ut i armen eller kjeven?'],
      ['pasient', 'Nei.'],
    ]);
    expect(text).toMatch(/Ingen utstråling i armen eller kjeven\./u);
  });
});
