import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a fever measured at home, written as no fever', () => {
  const visit = indexOf([
    ['lege', 'Har hun hatt feber?'],
    ['pårørende', 'Ho var varm i går kveld, æ målte trettiåtte komma fem i øret.'],
    ['lege', 'Temperaturen nå er trettisju komma åtte.'],
  ]);

  it('contradicts a history that denies fever', () => {
    expect(shownFlags('Ikke hatt feber.', visit, 'anamnese')).toContain('error:negation-conflict');
    expect(shownFlags('Ingen feber eller hoste.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('leaves today’s examination, a fever gone since and a plan alone', () => {
    expect(shownFlags('Afebril.', visit, 'funn')).toEqual([]);
    expect(shownFlags('Feber 38,5 i går kveld, ikke feber siden.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Hjemme fra barnehagen til feberfri.', visit, 'tiltak')).toEqual([]);
  });

  it('leaves a relative’s own fever alone', () => {
    const relative = indexOf([
      ['lege', 'Har han hatt feber?'],
      ['pasient', 'Nei, ikke feber.'],
      ['pårørende', 'Det er jeg som har hatt trettiåtte komma fem, jeg.'],
    ]);
    expect(shownFlags('Ikke hatt feber.', relative, 'anamnese')).toEqual([]);
  });
});
