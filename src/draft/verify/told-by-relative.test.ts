import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a grown child telling of the parent who is the patient', () => {
  const visit = indexOf([
    ['lege', 'Hoster du fortsatt mye opp?'],
    ['pasient', 'Ja, det er grønt og seigt.'],
    [
      'pårørende',
      'Mamma har vore mykje meir tungpusten dei siste fem dagane før ho kom inn. Sjølv har eg astma.',
    ],
  ]);

  it('accepts "Datter forteller om tiltagende dyspné i fem dager" as the patient\'s', () => {
    expect(
      shownFlags(
        'Datter forteller om tiltagende dyspné i fem dager før innleggelse.',
        visit,
        'anamnese',
      ),
    ).toEqual([]);
  });

  it("still flags the relative's own asthma written as the patient's", () => {
    expect(shownFlags('Datter forteller at pasienten har astma.', visit, 'anamnese')).toContain(
      'error:person-conflict',
    );
  });

  it('still flags the five days written as a different length', () => {
    expect(
      shownFlags(
        'Datter forteller om tiltagende dyspné i fem uker før innleggelse.',
        visit,
        'anamnese',
      ),
    ).not.toEqual([]);
  });

  it('accepts advice about a weight gain only the son spoke of', () => {
    const heart = indexOf([
      ['pårørende', 'Pappa hadde lagt på seg fire kilo på en uke, vi så det på vekta hjemme.'],
      [
        'lege',
        'Vei deg hver morgen. Øker vekten med mer enn to kilo på tre dager, ringer du fastlegen.',
      ],
    ]);
    expect(
      shownFlags('Kontakt fastlege ved vektøkning over 2 kg på tre dager.', heart, 'oppfolging'),
    ).toEqual([]);
  });
});
