import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('values given in answer to a question, and oxygen in litres', () => {
  const fever = indexOf([
    ['pårørende', 'Han har hatt feber sidan i går kveld, over trettiåtte og ein halv.'],
    ['lege', 'Kor høg feber var det på det meste?'],
    ['pårørende', 'Trettini komma to i natt.'],
    ['sykepleier', 'Temperaturen her er trettiåtte komma ni.'],
  ]);
  const oxygen = indexOf([
    ['sykepleier', 'Hun har hatt metning på nittien prosent på en liter oksygen i natt.'],
    ['lege', 'Målet er metning mellom åttiåtte og nittito.'],
  ]);

  it('accepts the highest temperature the father gave when asked', () => {
    expect(shownFlags('Feber siden i går kveld, maks 39,2 i natt.', fever, 'anamnese')).toEqual([]);
  });

  it('still flags a highest temperature nobody gave', () => {
    expect(shownFlags('Feber siden i går kveld, maks 40,2 i natt.', fever, 'anamnese')).toContain(
      'error:number-conflict',
    );
  });

  it('reads "en liter oksygen" as 1 l O2', () => {
    expect(shownFlags('SpO2 91 % på 1 l O2 i natt.', oxygen, 'funn')).toEqual([]);
    expect(shownFlags('SpO2 91 % på 3 l O2 i natt.', oxygen, 'funn')).not.toEqual([]);
  });
});
