import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

// Issue 11, false flags on correct dose sentences (dev cases v52, v59, v194, v183, v412; new cases
// v662–v664): a drug's name ending in "x" is no "x" of times, "ettermiddag" is the evening, and a
// morning and an evening each with its own drug are once a day each.
describe('a strength said straight after a drug name ending in x', () => {
  const visit = indexOf([['pasient', 'Jeg tar Ibux 400 to ganger daglig for kneet.']]);

  it('finds "400" in "Ibux 400 to ganger daglig"', () => {
    expect(shownFlags('Bruker Ibux 400 mg x 2 for kneet.', visit, 'anamnese')).toEqual([]);
  });

  it('still questions a strength nobody said', () => {
    expect(shownFlags('Bruker Ibux 600 mg x 2 for kneet.', visit, 'anamnese')).toContain(
      'warning:number-not-in-transcript',
    );
  });
});

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

describe('a morning drug and an evening drug in one sentence', () => {
  const visit = indexOf([
    ['pasient', 'Albyl-E 75 milligram hver morgen og Lipitor 40 milligram om kvelden.'],
  ]);

  it('reads each as once a day', () => {
    expect(
      shownFlags('Bruker Albyl-E 75 mg x1 og Lipitor 40 mg x1 om kvelden.', visit, 'anamnese'),
    ).toEqual([]);
  });

  it('still flags the morning drug written twice a day', () => {
    expect(shownFlags('Bruker Albyl-E 75 mg x2.', visit, 'anamnese')).toContain(
      'error:number-conflict',
    );
  });
});

describe('one drug in the morning, another morning and evening', () => {
  const visit = indexOf([
    ['pårørende', 'Hun tar Furix 40 milligram om morran og Eliquis 5 milligram morra og kveld.'],
  ]);

  it('reads the second drug as twice a day', () => {
    expect(
      shownFlags('Bruker Furix 40 mg om morgenen og Eliquis 5 mg x 2.', visit, 'anamnese'),
    ).toEqual([]);
  });

  it('still flags the second drug written once a day', () => {
    expect(
      shownFlags('Bruker Furix 40 mg om morgenen og Eliquis 5 mg x 1.', visit, 'anamnese'),
    ).toContain('error:number-conflict');
  });
});

describe('as needed said in dialect ("når det e verst")', () => {
  const visit = indexOf([
    ['pasient', 'Ibux 400 to ganger om dagen, men bare når det e verst. Ikke hver dag.'],
  ]);

  it('accepts "ved behov"', () => {
    expect(
      shownFlags('Har brukt Ibux 400 mg to ganger daglig ved behov.', visit, 'anamnese'),
    ).toEqual([]);
  });

  it('flags a fixed regimen', () => {
    expect(shownFlags('Har brukt Ibux 400 mg to ganger daglig fast.', visit, 'anamnese')).toContain(
      'error:number-conflict',
    );
  });
});
