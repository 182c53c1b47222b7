import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('nynorsk spellings of findings ("slepp-øm", "forhøgd")', () => {
  const visit = indexOf([
    [
      'lege',
      'Temp 37,9. Palpasjonsøm i høgre fossa iliaca med slepp-øm. Venstre side bløt og uøm.',
    ],
    ['lege', 'D-dimer er forhøgd, åtte hundre.'],
  ]);

  it('bears out the bokmål finding', () => {
    expect(shownFlags('Palpasjonsøm i høyre fossa iliaca med slippømhet.', visit, 'funn')).toEqual(
      [],
    );
    expect(shownFlags('D-dimer forhøyet, 800.', visit, 'funn')).toEqual([]);
  });

  it('still flags the side and the value changed', () => {
    expect(
      shownFlags('Palpasjonsøm i venstre fossa iliaca med slippømhet.', visit, 'funn'),
    ).not.toEqual([]);
    expect(shownFlags('D-dimer forhøyet, 500.', visit, 'funn')).toContain('error:number-conflict');
  });
});
