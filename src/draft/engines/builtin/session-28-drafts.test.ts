/*
 * Session 28: the drafter rules of that session, each on fresh synthetic text (not the shared
 * cases, not the eval cases).
 */
import { describe, expect, it } from 'vitest';

import { draftJournalNote as draft, sectionText as section } from './testing/draft-lines.js';

describe('an assessment and a plan said in one sentence', () => {
  it('writes the conclusion under Vurdering and the decision under Tiltak', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har vondt i øret og har hatt feber i to døgn.'],
      ['lege', 'Trommehinnen er rød og buker.'],
      [
        'lege',
        'Dette er en ørebetennelse, så jeg skriver ut Apocillin 660 milligram tre ganger daglig i fem dager.',
      ],
    ]);
    expect(section(output, 'vurdering')).toMatch(/^(?:Ørebetennelse|Otitt)\.$/u);
    const plan = section(output, 'tiltak');
    expect(plan).toMatch(/Apocillin 660 mg x 3 i 5 dager/u);
    expect(plan).not.toMatch(/ørebetennelse/iu);
  });

  it('leaves a sentence whole when the part before «så» is no conclusion', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har vondt i ryggen.'],
      ['lege', 'Du har jobb i morgen, så du skal bruke Paracet to tabletter morgen og kveld.'],
    ]);
    expect(section(output, 'vurdering')).toBe('');
    expect(section(output, 'tiltak')).toMatch(/jobb i morgen, så/u);
  });
});
