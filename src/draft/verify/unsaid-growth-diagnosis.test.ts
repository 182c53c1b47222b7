import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

// Dev case v684: a breast lump the doctor would not name; the assessment calls it a fibroadenoma.
describe('a growth diagnosis the clinician never named', () => {
  const visit = indexOf([
    ['pasient', 'Jeg kjente en kul i venstre bryst for to uker siden.'],
    [
      'lege',
      'Det er en fast kul på halvannen centimeter i venstre bryst. Jeg kan ikke si hva dette er, så jeg henviser deg videre.',
    ],
  ]);

  it('flags «forenlig med fibroadenom» in the assessment', () => {
    expect(
      shownFlags(
        'Palpabel kul i venstre bryst, klinisk forenlig med fibroadenom.',
        visit,
        'vurdering',
      ),
    ).toContain('warning:unsupported');
  });

  it('accepts the lump as the doctor described it', () => {
    expect(shownFlags('Fast kul i venstre bryst, uavklart.', visit, 'vurdering')).toEqual([]);
  });

  it('accepts a growth the clinician named', () => {
    const named = indexOf([
      ['lege', 'Dette er et lite lipom, en godartet fettkul under huden på ryggen.'],
    ]);
    expect(shownFlags('Lipom på ryggen.', named, 'vurdering')).toEqual([]);
  });
});
