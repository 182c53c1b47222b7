import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('"fortsatt" where the patient said it is over "ikke nå lenger"', () => {
  const visit = indexOf([
    ['lege', 'Sertralinen, tar du den hver dag?'],
    ['pasient', 'Ja, femti milligram hver morgen. Litt kvalm den første uka, men ikke nå lenger.'],
  ]);

  it('flags "fortsatt kvalm" in a sentence that also names the drug and its dose', () => {
    expect(
      shownFlags('Tar sertralin 50 mg hver morgen, fortsatt kvalm.', visit, 'anamnese'),
    ).toContain('error:negation-conflict');
  });

  it('leaves the true sentence alone', () => {
    expect(
      shownFlags(
        'Tar sertralin 50 mg hver morgen, kvalme første uken har gått over.',
        visit,
        'anamnese',
      ),
    ).toEqual([]);
  });
});
