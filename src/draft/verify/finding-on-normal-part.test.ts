import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a finding written on a part the clinician called normal', () => {
  const ear = indexOf([
    ['pasient', 'Jeg har vondt i venstre øret og er tett i nesa.'],
    ['lege', 'Øm over venstre kjevehule. Trommehinnene er normale. Lungene er fine.'],
    ['lege', 'Høyre bein er normalt. Venstre legg er hoven og øm.'],
  ]);

  it('flags a lexicon finding on a part called normal', () => {
    const chest = indexOf([
      ['pasient', 'Jeg har hostet i to uker.'],
      ['lege', 'Jeg lytter. Lungene er fine. Metning 97 prosent.'],
    ]);
    expect(shownFlags('Knatrelyder over lungene.', chest, 'funn')).toContain('warning:unsupported');
  });

  it('flags a finding on the side that was called normal', () => {
    expect(shownFlags('Høyre bein med lette ødemer.', ear, 'funn')).toContain(
      'warning:unsupported',
    );
  });

  it('accepts the part written as normal', () => {
    expect(shownFlags('Normale trommehinner.', ear, 'funn')).toEqual([]);
  });

  it('accepts a normal finding in other words', () => {
    expect(shownFlags('Vesikulær respirasjonslyd over lungene.', ear, 'funn')).not.toContain(
      'warning:unsupported',
    );
  });

  it('leaves a finding the clinician also said with the part', () => {
    const later = indexOf([
      ['lege', 'Lungene er fine på venstre side.'],
      ['lege', 'Det er knatrelyder basalt i høyre lunge.'],
    ]);
    expect(shownFlags('Knatrelyder basalt i høyre lunge.', later, 'funn')).toEqual([]);
  });
});
