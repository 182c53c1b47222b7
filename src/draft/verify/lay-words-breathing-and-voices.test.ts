import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('lay words for apnoea, cyanosis and hearing voices', () => {
  const infant = indexOf([
    ['lege', 'Har ho hatt pustestopp eller blitt blå?'],
    ['pårørende', 'Nei, ikkje noko slikt.'],
  ]);
  const ward = indexOf([
    ['lege', 'Har du hørt stemmer eller sett ting andre ikke ser?'],
    ['pasient', 'Nei, ingenting sånt.'],
  ]);

  it('flags an apnoea or hallucinations the family or patient denied in lay words', () => {
    expect(shownFlags('En episode med apné.', infant, 'anamnese')).toContain(
      'error:negation-conflict',
    );
    expect(shownFlags('Hørselshallusinasjoner under oppholdet.', ward, 'forlop')).toContain(
      'error:negation-conflict',
    );
  });

  it('accepts the denial written in clinical words', () => {
    expect(shownFlags('Ingen apné eller cyanose.', infant, 'anamnese')).toEqual([]);
  });
});
