import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('one state written for both sides that the examination found different', () => {
  const visit = indexOf([
    ['lege', 'Monofilament er normalt på venstre fot, men nedsatt på høgre.'],
    ['lege', 'Fotpulsane er gode på venstre, svake på høgre.'],
    ['lege', 'Lungene er normale på begge sider.'],
  ]);

  it('contradicts a normal finding said for both sides', () => {
    expect(shownFlags('Normal monofilamenttest bilateralt.', visit, 'funn')).toContain(
      'error:negation-conflict',
    );
    expect(shownFlags('Gode fotpulser bilateralt.', visit, 'funn')).toContain(
      'error:negation-conflict',
    );
  });

  it('leaves a finding said side by side, and one equal on both sides, alone', () => {
    expect(shownFlags('Gode fotpulser venstre, svake høyre.', visit, 'funn')).toEqual([]);
    expect(shownFlags('Normale lungefunn bilateralt.', visit, 'funn')).toEqual([]);
  });
});
