import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('lay words for urine, leakage and reflux (the shared lexicon)', () => {
  const visit = indexOf([
    ['pasient', 'Jeg har hatt rosa urin de siste tre dagene.'],
    ['pasient', 'Og jeg har mye oppstøt etter maten.'],
    ['pasient', 'Jeg har problemer med å tisse, og så lekker det når jeg hoster.'],
  ]);

  it('reads "rosa urin" as hematuri', () => {
    expect(shownFlags('Hematuri i tre dager.', visit, 'anamnese')).toEqual([]);
  });

  it('reads "oppstøt" as sure oppstøt and refluks', () => {
    expect(shownFlags('Sure oppstøt etter måltider.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Refluksplager etter måltider.', visit, 'anamnese')).toEqual([]);
  });

  it('reads "problemer med å tisse" and "lekker det" as vannlatingsproblemer and inkontinens', () => {
    expect(shownFlags('Vannlatingsproblemer.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Inkontinens ved hoste.', visit, 'anamnese')).toEqual([]);
  });

  it('does not read "rosa" of anything else as hematuri', () => {
    const rash = indexOf([['pasient', 'Hun har fått et rosa utslett på magen.']]);
    expect(shownFlags('Hematuri.', rash, 'anamnese')).not.toEqual([]);
  });
});
