/**
 * A clinician names an illness or finding in another form than it was said: the definite form
 * ("astmaen" → "astma"), the patient's verb for a sound ("piper når eg pustar" → "pipelyder"), and
 * a hyphenated compound turned around ("KOLS-forverring" → "forverring av KOLS"). The correct
 * sentence is not flagged; a word said nowhere still is. Frequent urination said as needing to go
 * "heile tida" is pollakisuri.
 */
import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('an illness said in its definite form and a wheeze said as a verb', () => {
  const call = indexOf([
    ['lege', 'Du ringer om astmaen din?'],
    ['pasient', 'Ja, eg har vore dårleg i ei veke. Eg piper når eg pustar om kvelden.'],
  ]);

  it('accepts "astma" and "pipelyder" in the note', () => {
    expect(shownFlags('Forverring av astma med pipelyder om kvelden.', call)).toEqual([]);
  });

  it('still flags an illness nobody named', () => {
    expect(shownFlags('Forverring av KOLS.', call)).not.toEqual([]);
  });
});

describe('a hyphenated compound written the other way round', () => {
  const visit = indexOf([
    ['pasient', 'Eg blir så tungpusta, og hostar meir enn før.'],
    ['lege', 'Dette er ei KOLS-forverring. Du får kur med Prednisolon.'],
  ]);

  it('accepts "forverring av KOLS" for the clinician\'s "KOLS-forverring"', () => {
    expect(shownFlags('Forverring av KOLS.', visit)).toEqual([]);
    expect(shownFlags('KOLS-forverring.', visit)).toEqual([]);
  });

  it('still flags another illness', () => {
    expect(shownFlags('Forverring av astma.', visit)).not.toEqual([]);
  });
});

describe('frequent urination said as needing to go all the time', () => {
  const urine = indexOf([['pasient', 'Eg må tisse heile tida, kvar halvtime.']]);

  it('accepts "pollakisuri"', () => {
    expect(shownFlags('Pollakisuri.', urine, 'anamnese')).toEqual([]);
  });

  it('still flags a urinary finding not said', () => {
    expect(shownFlags('Hematuri.', urine, 'anamnese')).not.toEqual([]);
  });
});
