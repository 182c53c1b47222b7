import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('an infection made specific in the assessment', () => {
  const visit = indexOf([
    ['pasient', 'Eg har hatt vondt nede i magen, og eg svir når eg tissar.'],
    ['lege', 'Det kan vere ein infeksjon. Eg trur det er ein urinveisinfeksjon.'],
  ]);

  it('is flagged when the infected part was never named', () => {
    expect(shownFlags('Bekkeninfeksjon.', visit, 'vurdering')).toContain('warning:unsupported');
  });

  it('is not flagged when the clinician named the part', () => {
    expect(shownFlags('Urinveisinfeksjon.', visit, 'vurdering')).toEqual([]);
  });
});
