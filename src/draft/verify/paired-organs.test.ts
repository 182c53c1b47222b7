import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a paired organ said in the plural ("lungene høres normale ut")', () => {
  const visit = indexOf([['lege', 'Lungene høres helt normale ut. Metning nittiåtte prosent.']]);

  it('bears out "bilateralt" in the note', () => {
    expect(shownFlags('Normal respirasjonslyd bilateralt, SpO2 98 %.', visit, 'funn')).toEqual([]);
  });

  it('does not bear out one side', () => {
    expect(shownFlags('Normal respirasjonslyd høyre side, SpO2 98 %.', visit, 'funn')).toContain(
      'warning:laterality-conflict',
    );
  });
});
