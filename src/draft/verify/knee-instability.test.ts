import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

// "Instabilitet" is what a note writes for a knee that "svikter" or "gir etter"; without the lexicon
// entry a note denying the giving way the patient described found no claim to check (dev v226, v562).
describe('knee instability said as "svikter"', () => {
  it('flags a note denying instability the patient described', () => {
    const visit = indexOf([
      ['lege', 'Har kneet låst seg eller gitt etter siden?'],
      ['pasient', 'Det har ikke låst seg, men det svikter når jeg snur meg raskt.'],
    ]);
    expect(shownFlags('Ingen låsninger og ingen instabilitet.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('flags instability in a note when the patient said the knee does not give way', () => {
    const visit = indexOf([
      ['lege', 'Kjenner du at kneet gir etter?'],
      ['pasient', 'Nei, det svikter ikkje.'],
    ]);
    expect(shownFlags('Instabilitet i kneet.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('leaves correct sentences about giving way unflagged', () => {
    const denied = indexOf([
      ['lege', 'Kjenner du at kneet gir etter?'],
      ['pasient', 'Nei, det svikter ikkje.'],
    ]);
    expect(shownFlags('Ingen instabilitet.', denied, 'anamnese')).toEqual([]);
    const affirmed = indexOf([
      ['pasient', 'Det har ikke låst seg, men det svikter når jeg snur meg raskt.'],
    ]);
    expect(shownFlags('Instabilitet ved vridning.', affirmed, 'anamnese')).toEqual([]);
  });
});
