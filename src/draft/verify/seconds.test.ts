import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('seconds written for half a minute ("eit halvt minutt" → "30 sekunder")', () => {
  const visit = indexOf([
    ['lege', 'Kor lenge varer svimmelheita?'],
    ['pasient', 'Eit halvt minutt kanskje, så gir det seg.'],
  ]);

  it('bears out the same length in seconds', () => {
    expect(shownFlags('Svimmelheten varer ca. 30 sekunder.', visit, 'anamnese')).toEqual([]);
  });

  it('still flags another length', () => {
    expect(shownFlags('Svimmelheten varer ca. 50 sekunder.', visit, 'anamnese')).not.toEqual([]);
    expect(shownFlags('Svimmelheten varer ca. 30 minutter.', visit, 'anamnese')).not.toEqual([]);
  });

  it('reads seconds said as seconds', () => {
    const said = indexOf([['lege', 'Du vart svimmel i om lag tjue sekund.']]);
    expect(shownFlags('Svimmel i ca. 20 sekunder.', said, 'funn')).toEqual([]);
    expect(shownFlags('Svimmel i ca. 40 sekunder.', said, 'funn')).not.toEqual([]);
  });
});
