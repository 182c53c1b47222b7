import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

// "Nattlige smerter" is what a note writes for "vondt om natta"; without the lexicon entry a note
// denying the pain the patient affirmed found no claim to check (dev cases v194, v560).
describe('nocturnal pain said as "vondt om natta"', () => {
  it('flags a note denying the night pain the patient affirmed', () => {
    const visit = indexOf([
      ['lege', 'Vondt om natta?'],
      ['pasient', 'Ja, eg vaknar når eg ligg på den sida.'],
    ]);
    expect(shownFlags('Ingen nattlige smerter.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('flags nocturnal pain in a note when the patient said there was none', () => {
    const visit = indexOf([
      ['lege', 'Har du vondt om natten?'],
      ['pasient', 'Nei, ikke om natten. Bare når jeg bruker armen.'],
    ]);
    expect(shownFlags('Nattlige smerter.', visit, 'anamnese')).toContain('error:negation-conflict');
  });

  it('leaves a correct denial and a correct statement of night pain unflagged', () => {
    const denied = indexOf([
      ['lege', 'Har du vondt om natten?'],
      ['pasient', 'Nei, ikke om natten. Bare når jeg bruker armen.'],
    ]);
    expect(shownFlags('Ingen nattlige smerter.', denied, 'anamnese')).toEqual([]);
    const affirmed = indexOf([
      ['lege', 'Vondt om natta?'],
      ['pasient', 'Ja, eg vaknar når eg ligg på den sida.'],
    ]);
    expect(shownFlags('Nattlige smerter.', affirmed, 'anamnese')).toEqual([]);
  });
});
