/*
 * fix38g: what may follow a «jo» for it to be read as a yes to the part asked (jo-detail.ts).
 * Fresh synthetic text.
 */
import { describe, expect, it } from 'vitest';
import { isSafeJoAnswer, namesOtherPlace } from './jo-detail.js';
import { draftsOneExchange } from './testing/draft-lines.js';

const history = draftsOneExchange('Hva kan jeg hjelpe deg med?');

describe('namesOtherPlace', () => {
  it('finds another side or another part of the body', () => {
    expect(namesOtherPlace('litt i venstre', 'har du nummenhet i høyre bein')).toBe(true);
    expect(namesOtherPlace('litt i høyre arm', 'ingen smerter i brystet')).toBe(true);
    expect(namesOtherPlace('litt i venstre hand', 'har du lammelse i armen eller beinet')).toBe(
      false,
    );
    expect(namesOtherPlace('litt i høyre', 'ingen nummenhet i bena')).toBe(false);
  });
});

describe('isSafeJoAnswer', () => {
  it('reads an amount, a place asked and a remark after it as a yes', () => {
    expect(isSafeJoAnswer('', 'ingen smerter i brystet')).toBe(true);
    expect(isSafeJoAnswer('litt.', 'ingen smerter i brystet')).toBe(true);
    expect(
      isSafeJoAnswer(
        'litt i venstre hand. Men det e nok bare kulda.',
        'har du lammelse i armen eller beinet',
      ),
    ).toBe(true);
  });

  it('never reads a negation, an agreement, another person or a time over as a yes', () => {
    for (const rest of [
      'det har jeg ikke.',
      'det stemmer.',
      'kona mi har litt.',
      'men det gikk over.',
      'litt i forrige uke, ikke nå.',
      'litt vondt i hoften.',
      'litt i venstre. Men det var kona mi.',
    ])
      expect(isSafeJoAnswer(rest, 'har du nummenhet i bena')).toBe(false);
  });
});

describe('a later sentence after «Nei, jo, litt …»', () => {
  it('«Men det e nok bare kulda.» leaves the yes standing (never a flat denial)', async () => {
    const said = await history(
      'Jeg er svimmel.',
      'Har du nummenhet eller lammelse i armen eller beinet?',
      'Nei, jo, litt i venstre hand. Men det e nok bare kulda.',
    );
    expect(said).not.toMatch(/(?:Ingen|Ikke) (?:nummenhet|lammelse)/u);
    expect(said).toMatch(/venstre hånd/u);
  });

  it('«Men det var kona mi.» never puts the numbness on the patient', async () => {
    const said = await history(
      'Jeg har vondt i ryggen.',
      'Har du nummenhet i bena?',
      'Nei, jo, litt. Men det var kona mi.',
    );
    expect(said).not.toMatch(/(?<!(?:Ingen|Ikke) )[Nn]ummenhet i bena(?![^.]*kona)/u);
    expect(said).not.toMatch(/Har (?:litt )?nummenhet/u);
  });
});
