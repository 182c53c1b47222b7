import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a discharge summary describing the course of a stay', () => {
  const kidney = indexOf([
    ['lege', 'Ved innkomst hadde du trettini komma fire i feber, pulsen var hundre og ti.'],
    ['pasient', 'Eg har ikkje hatt feber sidan i går morges, og eg et og drikk som vanleg no.'],
    ['pårørende', 'Ho er ofte plaga med urinvegsinfeksjonar, sikkert tre-fire gonger i året.'],
  ]);
  const heart = indexOf([
    ['lege', 'Du ble lagt inn fordi du var blitt mye tyngre i pusten og hoven i beina.'],
    ['lege', 'Lungene høres mye bedre ut i dag. Ingen hevelse i beina lenger.'],
  ]);
  const swollen = indexOf([
    ['lege', 'Du ble lagt inn fordi du var blitt mye tyngre i pusten og hoven i beina.'],
    ['lege', 'Lungene høres mye bedre ut i dag.'],
  ]);

  it('accepts "afebril siden i går" after a fever measured at admission', () => {
    expect(
      shownFlags('Afebril siden i går morges, spiser og drikker normalt.', kidney, 'forlop'),
    ).toEqual([]);
  });

  it('still flags "afebril" at admission against the fever measured then', () => {
    expect(shownFlags('Afebril ved innkomst.', kidney, 'forlop')).toContain(
      'error:number-conflict',
    );
  });

  it('reads nynorsk "urinvegsinfeksjonar" as urinary tract infections', () => {
    expect(
      shownFlags('Ifølge datter hyppige urinveisinfeksjoner, ca. 3–4 per år.', kidney, 'forlop'),
    ).toEqual([]);
  });

  it('accepts "ingen beinødemer" when the swelling was said to be gone', () => {
    expect(shownFlags('Ved utreise ingen beinødemer.', heart, 'funn')).toEqual([]);
  });

  it('still flags "ingen beinødemer" when the swelling was never said to be gone', () => {
    expect(shownFlags('Ved utreise ingen beinødemer.', swollen, 'funn')).toContain(
      'error:negation-conflict',
    );
  });
});
