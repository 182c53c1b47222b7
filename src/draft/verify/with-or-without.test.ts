import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a finding after "med" or "uten" turned round', () => {
  const visit = indexOf([
    ['lege', 'Stråler det ut i armen eller kjeven?'],
    ['pasient', 'Nei, ingen utstråling, det sitter midt i brystet.'],
    ['lege', 'Ultralyd viser trombe i venstre vena poplitea.'],
  ]);

  it('contradicts "med" where the conversation only denied, and "uten" where it only found', () => {
    expect(shownFlags('Brystsmerter med utstråling.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
    expect(shownFlags('Ultralyd uten trombe.', visit, 'funn')).toContain('error:negation-conflict');
  });

  it('leaves the finding as said, an adjective and advice alone', () => {
    expect(shownFlags('Brystsmerter uten utstråling.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Ultralyd med trombe i venstre vena poplitea.', visit, 'funn')).toEqual([]);
    expect(
      shownFlags('Kontakt legevakt ved brystsmerter med utstråling.', visit, 'tiltak'),
    ).toEqual([]);
  });
});
