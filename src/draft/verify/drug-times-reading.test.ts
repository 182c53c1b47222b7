import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

// Issue 11, false flags on correct dose sentences (dev case v183; new case v663): "ettermiddag" is
// the evening, not a midday, so "morgen og ettermiddag" is twice a day.
describe('morning and afternoon', () => {
  const visit = indexOf([
    ['lege', 'Vi øker Furix til førti milligram morgen og ettermiddag i fem dager.'],
  ]);

  it('reads "morgen og ettermiddag" as twice a day', () => {
    expect(shownFlags('Furix økes til 40 mg x 2 i fem dager.', visit, 'tiltak')).toEqual([]);
  });

  it('still flags three times a day', () => {
    expect(shownFlags('Furix økes til 40 mg x 3 i fem dager.', visit, 'tiltak')).toContain(
      'error:number-conflict',
    );
  });
});

describe('one drug with a morning dose and an evening dose', () => {
  const visit = indexOf([
    ['pasient', 'Jeg tar Metformin 500 milligram om morgenen og 1000 milligram om kvelden.'],
  ]);

  it('still reads it as twice a day', () => {
    expect(shownFlags('Bruker Metformin x 2.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Bruker Metformin x 3.', visit, 'anamnese')).toContain(
      'error:number-conflict',
    );
  });
});
