import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('radiation stated in the clause after a denial of something else', () => {
  const radiating = indexOf([
    ['lege', 'Nummenhet i armen?'],
    ['pasient', 'Nei, ingen nummenhet, men det stråler litt ned mot albuen.'],
  ]);

  it('reads "Ingen nummenhet, lett utstråling" as radiation and bears it out', () => {
    expect(
      shownFlags('Ingen nummenhet, lett utstråling mot albuen.', radiating, 'anamnese'),
    ).toEqual([]);
  });

  it('still contradicts a note that denies the radiation', () => {
    expect(shownFlags('Ingen utstråling.', radiating, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('still contradicts radiation the conversation denied', () => {
    const denied = indexOf([
      ['lege', 'Stråler det noe sted?'],
      ['pasient', 'Nei, det stråler ikke, men jeg er litt nummen i fingrene.'],
    ]);
    expect(shownFlags('Nummenhet, lett utstråling mot albuen.', denied, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });
});
