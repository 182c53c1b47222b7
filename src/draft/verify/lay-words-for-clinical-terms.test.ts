import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('clinical terms for lay words said in dialect', () => {
  it('bears out hypertension for "blodtrykkspiller"', () => {
    const visit = indexOf([
      ['lege', 'Hvilke medisiner bruker du fast?'],
      ['pasient', 'Bare blodtrykkspiller. Hydroklortiazid tolv komma fem milligram om morran.'],
    ]);
    expect(
      shownFlags('Bruker hydroklortiazid 12,5 mg om morgenen mot hypertensjon.', visit, 'anamnese'),
    ).toEqual([]);
  });

  it('bears out hypothyroidism for "låg stoffskifte"', () => {
    const visit = indexOf([
      ['pårørende', 'Det er e som har det. E har låg stoffskifte og brukar Levaxin.'],
    ]);
    expect(shownFlags('Datteren har hypotyreose og bruker Levaxin.', visit, 'anamnese')).toEqual(
      [],
    );
  });

  it('bears out a coughing fit ("hosteanfall") for "ho hosta"', () => {
    const visit = indexOf([
      ['pårørende', 'Ho hosta i bilen, det varte vel i tjue sekund, og så rolig igjen.'],
    ]);
    expect(shownFlags('Hosteanfall på ca. 20 sekunder i bilen.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Hosteanfall på ca. 20 minutter i bilen.', visit, 'anamnese')).not.toEqual(
      [],
    );
  });
});
