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

  it('accepts the illness the patient goes on to tell of themself in the same answer', () => {
    const both = indexOf([
      ['pasient', 'Jeg tørster mye.'],
      ['lege', 'Har moren din diabetes?'],
      ['pasient', 'Ja, hun har diabetes, og jeg fikk diabetes i fjor.'],
    ]);
    expect(shownFlags('Diabetes, diagnostisert i fjor.', both, 'anamnese')).not.toContain(
      'error:person-conflict',
    );
    const nynorsk = indexOf([
      ['pasient', 'Eg er gravid i veke tjue.'],
      ['lege', 'Søster di hadde svangerskapsforgiftning?'],
      ['pasient', 'Ja, ho fekk preeklampsi, og eg fekk preeklampsi sjølv i fyrste svangerskap.'],
    ]);
    expect(shownFlags('Preeklampsi i første svangerskap.', nynorsk, 'anamnese')).not.toContain(
      'error:person-conflict',
    );
  });

  it("still flags the relative's illness when the patient goes on about something else", () => {
    const other = indexOf([
      ['pasient', 'Jeg tørster mye.'],
      ['lege', 'Har moren din diabetes?'],
      ['pasient', 'Ja, hun har diabetes, og jeg har tørstet mye i det siste.'],
    ]);
    expect(shownFlags('Diabetes, diagnostisert i fjor.', other, 'anamnese')).toContain(
      'error:person-conflict',
    );
  });
});
