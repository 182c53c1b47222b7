import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a weekday the note shifts', () => {
  const visit = indexOf([
    ['pårørende', 'Dei sa det begynte på fredag. Før det var han rolig.'],
    ['lege', 'Vi har fast stuegang igjen på mandag, da ser jeg på han på nytt.'],
    ['pasient', 'Æ vrei kneet på trening på søndag. Nei vent, det va lørdag.'],
  ]);

  it('is flagged when the day said of the same thing was another', () => {
    expect(shownFlags('Ny vurdering ved stuegang fredag.', visit, 'tiltak')).toContain(
      'error:number-conflict',
    );
  });

  it('is flagged when the day was said nowhere', () => {
    expect(shownFlags('Urolig fra torsdag.', visit, 'anamnese')).toContain('error:number-conflict');
  });

  it('is not flagged when the day matches, or a correction gave it', () => {
    expect(shownFlags('Ny vurdering ved stuegang mandag.', visit, 'tiltak')).not.toContain(
      'error:number-conflict',
    );
    expect(shownFlags('Vridd kne på trening lørdag.', visit, 'anamnese')).not.toContain(
      'error:number-conflict',
    );
  });
});
