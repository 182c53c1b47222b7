import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a denial after the verb in trøndersk and nordnorsk ("æ røyke itj")', () => {
  const visit = indexOf([
    ['lege', 'Røyker du?'],
    ['pasient', 'Æ røyke itj. Æ hoste itj heller.'],
  ]);

  it('bears out a note that denies it', () => {
    expect(shownFlags('Røyker ikke.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Hoster ikke.', visit, 'anamnese')).toEqual([]);
  });

  it('contradicts a note that states it', () => {
    expect(shownFlags('Røyker.', visit, 'anamnese')).toContain('error:negation-conflict');
  });

  it('denies what follows "klarte", not "klarte" itself', () => {
    const knee = indexOf([['pasient', 'Æ klarte itj å gå videre etter skaden.']]);
    expect(shownFlags('Kunne gå videre.', knee, 'anamnese')).toContain('error:negation-conflict');
  });
});

describe('the clinical shorthand "neger" (denies)', () => {
  it('denies the finding that follows it', () => {
    const visit = indexOf([['pasient', 'Jeg har hostet i to uker, mest om natta.']]);
    expect(shownFlags('Neger hoste.', visit, 'anamnese')).toContain('error:negation-conflict');
  });
});
