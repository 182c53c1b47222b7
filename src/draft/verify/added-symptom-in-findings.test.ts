import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a symptom or sign added to what was found', () => {
  const chest = indexOf([
    ['pasient', 'Eg har hosta i ti dagar, og no er eg så tung i pusten.'],
    ['lege', 'Eg høyrer knatring nedst på venstre side. Hjartet er fint.'],
    ['lege', 'Du har vore innlagd i tre dagar, og hosten er mykje betre no.'],
  ]);

  it('flags a sign nobody spoke of beside the examined one ("hemoptyse", "cyanose")', () => {
    expect(shownFlags('Knatrelyder basalt venstre og cyanose.', chest, 'funn')).toContain(
      'warning:unsupported',
    );
    expect(shownFlags('Mindre hoste, men fortsatt hemoptyse.', chest, 'forlop')).toContain(
      'warning:unsupported',
    );
  });

  it('bears out the findings said in other words ("hosta" → hoste, "knatring")', () => {
    expect(shownFlags('Knatrelyder basalt venstre.', chest, 'funn')).toEqual([]);
    expect(shownFlags('Mindre hoste.', chest, 'forlop')).toEqual([]);
  });

  it('leaves a leading clinical word for what was said plainly ("hematom" for "blått")', () => {
    const ankle = indexOf([['lege', 'Det er blått og hovent over utsiden av venstre ankel.']]);
    expect(shownFlags('Hematom og hevelse lateralt over venstre ankel.', ankle, 'funn')).toEqual(
      [],
    );
  });
});
