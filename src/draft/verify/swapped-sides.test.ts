import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a finding put on one side and denied on the other, swapped', () => {
  const visit = indexOf([
    [
      'lege',
      'Hun er øm over venstre nyrelosje, ikke høyre. Lett ødem på venstre ankel, ikke høyre.',
    ],
  ]);

  it('contradicts the note that swaps the sides', () => {
    expect(shownFlags('Øm over høyre nyrelosje, ikke venstre.', visit, 'funn')).toContain(
      'error:laterality-conflict',
    );
    expect(shownFlags('Lett ødem høyre ankel, ikke venstre.', visit, 'funn')).toContain(
      'error:laterality-conflict',
    );
  });

  it('bears out the note that keeps them', () => {
    expect(shownFlags('Øm over venstre nyrelosje, ikke høyre.', visit, 'funn')).toEqual([]);
    expect(shownFlags('Lett ødem venstre ankel, ikke høyre.', visit, 'funn')).toEqual([]);
  });
});
