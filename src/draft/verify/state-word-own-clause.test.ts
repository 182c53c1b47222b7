import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a state word in a clause of its own ("Puls 78, uregelmessig")', () => {
  const regular = indexOf([
    ['lege', 'Puls sytti, regelmessig. Blodtrykk hundre og tretti over åtti.'],
  ]);
  const irregular = indexOf([
    ['lege', 'Puls åtti, uregelmessig. Blodtrykk hundre og tjue over sytti.'],
  ]);

  it('flags an irregular pulse where the clinician said it was regular', () => {
    expect(shownFlags('Puls 70, uregelmessig.', regular, 'funn')).toContain(
      'error:negation-conflict',
    );
  });

  it('flags a regular pulse where the clinician said it was irregular', () => {
    expect(shownFlags('Puls 80, regelmessig, BT 120/70.', irregular, 'funn')).toContain(
      'error:negation-conflict',
    );
  });

  it('accepts the rhythm as it was said', () => {
    expect(shownFlags('Puls 70, regelmessig.', regular, 'funn')).toEqual([]);
    expect(shownFlags('Puls 80, uregelmessig, BT 120/70.', irregular, 'funn')).toEqual([]);
  });
});
