import { describe, expect, it } from 'vitest';
import { asRawText } from '../core/index.js';
import { weekdayNames } from './date-format.js';
import { createVault, pseudonymize, reidentify } from './index.js';

/** A vault whose random source draws the given shift (byte 32: weeks − 2; byte 33: sign). */
function vaultShiftedBy(days: number) {
  return createVault({
    random: (bytes) => {
      const buffer = Buffer.alloc(bytes, 7);
      buffer[32] = Math.abs(days) / 7 - 2;
      buffer[33] = days > 0 ? 0 : 1;
      return buffer;
    },
  });
}

const everyShift: number[] = [];
for (let weeks = 2; weeks <= 52; weeks++) everyShift.push(weeks * 7, -weeks * 7);

describe('weekdays written with a shifted date', () => {
  it('stay true of a day and month without a year, in the year the shift lands in', () => {
    // 14 October 2026 is a Wednesday; 2026 and its neighbours have no 29 February, which the
    // yearless cycle holds — every shift, also those that pass over it.
    for (const shift of everyShift) {
      const vault = vaultShiftedBy(shift);
      const written = pseudonymize(asRawText('Kontroll onsdag 14/10.'), { vault }).text;
      const match = /^Kontroll (\p{L}+) (\d{1,2})\/(\d{1,2})\.$/u.exec(written);
      expect(match, written).not.toBeNull();
      if (match === null) continue;
      const [, weekday, day, month] = match;
      // The rendered day and month read in the year nearest the real shifted date.
      const real = Date.UTC(2026, 9, 14) + shift * 86_400_000;
      const year = new Date(real).getUTCFullYear();
      const nearest = [year - 1, year, year + 1]
        .map((candidate) => Date.UTC(candidate, Number(month) - 1, Number(day)))
        .sort((left, right) => Math.abs(left - real) - Math.abs(right - real))[0];
      const calendar = new Date(nearest ?? real).getUTCDay();
      expect(weekday, `${String(shift)} days: ${written}`).toBe(weekdayNames[calendar]);
    }
  });

  it('moves with a day of the month shifted by whole laps of 31 days', () => {
    const vault = vaultShiftedBy(217);
    expect(pseudonymize(asRawText('Ny time tirsdag 14. om morgenen.'), { vault }).text).toBe(
      'Ny time onsdag 15. om morgenen.',
    );
  });

  it('comes back as written after re-identification, for every shift', () => {
    const texts = [
      'Kontroll tirsdag 14/10.',
      'Ny time tirsdag 14. om morgenen.',
      'Time tysdag 14. mai.',
    ];
    for (const shift of everyShift) {
      for (const text of texts) {
        const vault = vaultShiftedBy(shift);
        const pseudonymized = pseudonymize(asRawText(text), { vault }).text;
        expect(reidentify(pseudonymized, vault).text, `${String(shift)}: ${pseudonymized}`).toBe(
          text,
        );
      }
    }
  });
});
