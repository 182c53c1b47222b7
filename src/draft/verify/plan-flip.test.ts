import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a treatment the plan keeps or stops against what was said', () => {
  const visit = indexOf([
    ['pasient', 'Eg går til fysioterapeut kvar veke, og eg har hormonplaster.'],
    [
      'lege',
      'Med denne blodproppen må du slutte med hormonplaster. Du kan fortsette med fysioterapi.',
    ],
  ]);

  it('is flagged when the plan keeps what was stopped, or stops what was kept', () => {
    expect(shownFlags('Fortsetter med hormonplaster.', visit, 'tiltak')).toContain(
      'error:negation-conflict',
    );
    expect(shownFlags('Fysioterapi avsluttes.', visit, 'tiltak')).toContain(
      'error:negation-conflict',
    );
  });

  it('leaves the plan as said alone', () => {
    expect(shownFlags('Slutter med hormonplaster.', visit, 'tiltak')).not.toContain(
      'error:negation-conflict',
    );
    expect(shownFlags('Fortsetter med fysioterapi.', visit, 'tiltak')).not.toContain(
      'error:negation-conflict',
    );
  });
});
