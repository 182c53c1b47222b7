import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe("a relative's illness told by a pronoun in the patient's answer", () => {
  const antenatal = indexOf([
    ['lege', 'Du e gravid i uke tjue?'],
    ['pasient', 'Ja, uke tjue. Eg har hatt litt hovne føter.'],
    ['lege', 'Søster di hadde svangerskapsforgiftning?'],
    ['pasient', 'Ja, ho fekk preeklampsi i fyrste svangerskap.'],
  ]);

  it("flags the relative's illness written as the patient's", () => {
    expect(shownFlags('Begynnende preeklampsi.', antenatal, 'vurdering')).toContain(
      'error:person-conflict',
    );
  });

  it("accepts the patient's own pregnancy", () => {
    expect(shownFlags('Gravid uke 20, hovne føtter.', antenatal, 'anamnese')).not.toContain(
      'error:person-conflict',
    );
  });
});
