import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a dose changed during the consultation', () => {
  const visit = indexOf([
    ['lege', 'Hvilke medisiner bruker du nå?'],
    ['pasient', 'Jeg tar Ramipril fem milligram om morgenen og Metformin fem hundre milligram.'],
    ['lege', 'Blodtrykket er for høyt.'],
    ['lege', 'Vi øker Ramipril til ti milligram om morgenen.'],
  ]);

  it('accepts the new dose as the target of the change', () => {
    expect(shownFlags('Ramipril økes til 10 mg om morgenen.', visit, 'tiltak')).toEqual([]);
  });

  it('accepts the new dose in the plan written without «til»', () => {
    expect(shownFlags('Ramipril 10 mg om morgenen fra nå.', visit, 'tiltak')).toEqual([]);
  });

  it('flags the old dose written as the target of the change', () => {
    expect(shownFlags('Ramipril økes til 5 mg om morgenen.', visit, 'tiltak')).toContain(
      'error:number-conflict',
    );
  });

  it('flags a target never said', () => {
    expect(shownFlags('Ramipril økes til 20 mg om morgenen.', visit, 'tiltak')).toContain(
      'error:number-conflict',
    );
  });

  it('keeps the dose used before the change in the history', () => {
    expect(shownFlags('Bruker Ramipril 5 mg om morgenen.', visit, 'anamnese')).toEqual([]);
  });
});
