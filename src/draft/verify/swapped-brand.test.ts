import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a brand the note swaps for another of the same substance', () => {
  const visit = indexOf([
    ['pasient', 'Eg har spiral, Kyleena, som vart sett inn for to år sidan.'],
    ['pasient', 'Eg tek Paracet når eg har vondt.'],
  ]);

  it('is flagged when only another brand was said', () => {
    expect(
      shownFlags('Hormonspiral (Mirena) innsatt for to år siden.', visit, 'anamnese'),
    ).toContain('warning:unsupported');
  });

  it('is not flagged for the brand said or for the generic name', () => {
    expect(
      shownFlags('Hormonspiral (Kyleena) innsatt for to år siden.', visit, 'anamnese'),
    ).toEqual([]);
    expect(shownFlags('Paracetamol ved smerter.', visit, 'anamnese')).not.toContain(
      'warning:unsupported',
    );
  });
});
