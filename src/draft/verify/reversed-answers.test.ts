import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a reply that opens with "nei" and takes it back ("Nei. Jo, vent, …")', () => {
  const visit = indexOf([
    ['lege', 'Har du vært svimmel?'],
    ['pasient', 'Nei. Jo, vent, jeg var litt svimmel da jeg reiste meg fort forrige uke.'],
    ['lege', 'Blir du tung i pusten?'],
    ['pasient', 'Nei. Jau, e vart litt andpusten den gongen det varte lenge.'],
    ['lege', 'Har du hatt feber?'],
    ['pasient', 'Nei, eller jo, forresten, trettiåtte komma en i morges.'],
  ]);

  it('bears out a note that states what the later yes says', () => {
    expect(shownFlags('Lett svimmelhet ved rask oppreisning.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Lett dyspné under den lengste episoden.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Temperatur 38,1 i morges.', visit, 'anamnese')).toEqual([]);
  });

  it('contradicts a note that keeps the opening "nei"', () => {
    expect(shownFlags('Ingen svimmelhet.', visit, 'anamnese')).toContain('error:negation-conflict');
    expect(shownFlags('Ingen dyspné.', visit, 'anamnese')).toContain('error:negation-conflict');
  });

  it('still reads a plain "nei" followed by more of the same as a denial', () => {
    const plain = indexOf([
      ['lege', 'Har du vært svimmel?'],
      ['pasient', 'Nei. Jeg har ikke merket noe sånt.'],
    ]);
    expect(shownFlags('Svimmelhet ved oppreisning.', plain, 'anamnese')).toContain(
      'error:negation-conflict',
    );
    expect(shownFlags('Ingen svimmelhet.', plain, 'anamnese')).toEqual([]);
  });
});
