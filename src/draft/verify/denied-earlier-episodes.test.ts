import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

// "Ingen tidligere otitter" where the mother answered "Ja, to gonger i fjor" to "Har ho hatt
// øyrebetennelse før?" (dev cases v192, v177): "tidligere" narrows the denial to the time before
// now, and the conversation said it happened then.
describe('a denial of earlier episodes where earlier episodes were told', () => {
  it('flags "Ingen tidligere otitter" after a yes to "… før?"', () => {
    const visit = indexOf([
      ['lege', 'Kva er det som plagar henne?'],
      ['pårørende', 'Ho har hatt vondt i øyra sidan i går kveld.'],
      ['lege', 'Har ho hatt øyrebetennelse før?'],
      ['pårørende', 'Ja, to gonger i fjor.'],
    ]);
    expect(shownFlags('Ingen tidligere otitter.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
    expect(shownFlags('To tidligere otitter i fjor.', visit, 'anamnese')).toEqual([]);
  });

  it('flags "Ingen tidligere brudd" where the patient broke a wrist ten years ago', () => {
    const visit = indexOf([
      ['lege', 'Har du brukket noe før?'],
      ['pasient', 'Eg har hatt brudd i venstre handledd for ti år siden. Ellers ingenting.'],
    ]);
    expect(shownFlags('Ingen tidligere brudd.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it("accepts it where only today's finding was said", () => {
    const visit = indexOf([
      ['lege', 'Røntgen viser brudd i venstre håndledd.'],
      ['lege', 'Har du brukket noe før?'],
      ['pasient', 'Nei, aldri.'],
    ]);
    expect(shownFlags('Ingen tidligere brudd.', visit, 'anamnese')).toEqual([]);
  });
});
