import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a sign outside the lexicon stated present where it was denied', () => {
  const dizzy = indexOf([
    ['pasient', 'Det snurrar ikkje, men det svartnar når eg reiser meg fort.'],
    ['lege', 'Puls 68 regelmessig. Ingen nystagmus. Romberg normal.'],
  ]);

  it('flags "horisontal nystagmus" after "ingen nystagmus"', () => {
    expect(shownFlags('Horisontal nystagmus, normal Romberg.', dizzy, 'funn')).toContain(
      'error:negation-conflict',
    );
  });

  it('bears out the denial', () => {
    expect(shownFlags('Ingen nystagmus, normal Romberg.', dizzy, 'funn')).toEqual([]);
  });

  it('does not flag a sign also said present', () => {
    const both = indexOf([
      ['lege', 'Ingen nystagmus i hvile.'],
      ['lege', 'Ved Dix-Hallpike kommer det nystagmus mot høyre.'],
    ]);
    expect(shownFlags('Nystagmus ved Dix-Hallpike mot høyre.', both, 'funn')).not.toContain(
      'error:negation-conflict',
    );
  });
});
