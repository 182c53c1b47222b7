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

describe('a brand said with another word after a hyphen', () => {
  const borrowed = indexOf([['pasient', 'Eg har teke nokre av Nexium-tablettane til kona mi.']]);

  it('is not flagged when the note inflects the word after the hyphen', () => {
    expect(shownFlags('Har tatt noen av konas Nexium-tabletter.', borrowed, 'anamnese')).toEqual(
      [],
    );
  });

  it('is still flagged when the brand before the hyphen differs', () => {
    expect(shownFlags('Har tatt noen av konas Somac-tabletter.', borrowed, 'anamnese')).not.toEqual(
      [],
    );
  });
});
