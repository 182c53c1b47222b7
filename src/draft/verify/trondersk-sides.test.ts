import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('sides said as "vænstre" and "hægre" (trøndersk, nordnorsk)', () => {
  // From dev case v462.
  const visit = indexOf([
    ['pasient', 'Æ har vondt i vænstre skuldra, det har vart i tre uker no.'],
    ['pasient', 'Det e hægre kneet som har begynt å verk når æ går i trappa.'],
  ]);

  it('accepts the side that was said', () => {
    expect(shownFlags('Smerter i venstre skulder i tre uker.', visit, 'kontaktarsak')).toEqual([]);
    expect(shownFlags('Smerter i høyre kne i trapper.', visit, 'anamnese')).toEqual([]);
  });

  it('flags the other side', () => {
    expect(shownFlags('Smerter i høyre skulder i tre uker.', visit, 'kontaktarsak')).toContain(
      'error:laterality-conflict',
    );
    expect(shownFlags('Smerter i venstre kne i trapper.', visit, 'anamnese')).toContain(
      'error:laterality-conflict',
    );
  });
});
