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
    // Only the other side (the left leg) was swollen: the side itself is the error.
    expect(shownFlags('Høyre bein med lette ødemer.', ear, 'funn')).toContain(
      'error:laterality-conflict',
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

  it('leaves a finding the examiner stated elsewhere without naming the part', () => {
    const basal = indexOf([
      ['lege', 'Lungene er fine.'],
      ['lege', 'Her basalt på høyre side hører jeg knatrelyder.'],
    ]);
    expect(shownFlags('Knatrelyder basalt over høyre lunge.', basal, 'funn')).not.toContain(
      'warning:unsupported',
    );
  });

  it('does not read how the heart beats as the heart called normal', () => {
    const murmur = indexOf([
      ['lege', 'Hjertet slår fint og regelmessig.'],
      ['lege', 'Jeg hører en svak systolisk bilyd.'],
    ]);
    expect(shownFlags('Svak systolisk bilyd over hjertet.', murmur, 'funn')).not.toContain(
      'warning:unsupported',
    );
  });

  it('still flags a finding only the patient said', () => {
    const patient = indexOf([
      ['pasient', 'Legevakta sa det var knatrelyder.'],
      ['lege', 'Jeg lytter. Lungene er fine.'],
    ]);
    expect(shownFlags('Knatrelyder over lungene.', patient, 'funn')).toContain(
      'warning:unsupported',
    );
  });

  it('still flags a finding on a heart called normal', () => {
    const heart = indexOf([
      ['pasient', 'Jeg blir andpusten i bakker.'],
      ['lege', 'Hjertet er fint, regelmessig rytme.'],
    ]);
    expect(shownFlags('Systolisk bilyd over hjertet.', heart, 'funn')).toContain(
      'warning:unsupported',
    );
  });
});
