import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a two-part question answered "nei", then one part said after all', () => {
  const visit = indexOf([
    ['lege', 'Har du smerter i brystet eller blir du tung i pusten?'],
    ['pasient', 'Nei. Itte no vondt i bryste. Men je blir litt andpusten når det står på.'],
  ]);

  it('bears out the part said later in the reply', () => {
    expect(shownFlags('Ingen brystsmerter, noe dyspné under anfall.', visit, 'anamnese')).toEqual(
      [],
    );
  });

  it('still contradicts the part that stayed denied', () => {
    expect(shownFlags('Brystsmerter og dyspné under anfall.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });
});

describe('a "nei" the same reply takes back', () => {
  it('keeps the denial when nothing later affirms it', () => {
    const visit = indexOf([
      ['lege', 'Har du smerter i brystet eller blir du tung i pusten?'],
      ['pasient', 'Nei.'],
    ]);
    expect(shownFlags('Noe dyspné under anfall.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('keeps the denial when the later sentence denies it after the verb ("det susar ikkje")', () => {
    const visit = indexOf([
      ['lege', 'Har du hovudpine, høyrer du dårlegare, eller susar det i øyra?'],
      ['pasient', 'Nei, ikkje hovudpine. Hørsla er som før, og det susar ikkje.'],
    ]);
    expect(shownFlags('Tinnitus.', visit, 'anamnese')).not.toEqual([]);
  });
});

describe('two questions in one turn, the reply answering the first by name', () => {
  const visit = indexOf([
    ['lege', 'Hoster hun? Renner det fra øret?'],
    ['pårørende', 'Litt hoste, ja. Ikke noe renner.'],
  ]);

  it('does not take the "ja" as an answer to the second question', () => {
    expect(shownFlags('Ingen øreflod.', visit, 'anamnese')).toEqual([]);
  });

  it("still bears out the first question's finding", () => {
    expect(shownFlags('Litt hoste.', visit, 'anamnese')).toEqual([]);
  });
});
