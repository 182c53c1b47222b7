import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('dehydration said in lay words ("uttørking")', () => {
  const visit = indexOf([
    ['pårørende', 'Ho har hatt diaré sia i forgårs, men ho tisser og drikker litt.'],
    ['lege', 'Slimhinnene er fuktige. Dette er omgangssyke uten tegn til uttørking.'],
  ]);

  it('flags an assessment that adds dehydration the clinician ruled out', () => {
    expect(shownFlags('Gastroenteritt med moderat dehydrering.', visit, 'vurdering')).toContain(
      'error:negation-conflict',
    );
  });

  it('bears out the assessment in clinical words', () => {
    expect(shownFlags('Gastroenteritt uten tegn til dehydrering.', visit, 'vurdering')).toEqual([]);
  });
});
