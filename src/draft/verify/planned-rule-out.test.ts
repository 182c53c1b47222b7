import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a diagnosis the clinician only planned to rule out', () => {
  // From dev case v460: "Vi må utelukke blodpropp i lungene og hjartesvikt".
  const visit = indexOf([
    ['pasient', 'Eg har vorte tung i pusten når eg går i bakkar, sidan jul.'],
    ['lege', 'Vi må utelukke blodpropp i lungene og hjartesvikt, så eg tek D-dimer og NT-proBNP.'],
  ]);

  it('flags the diagnosis written as established', () => {
    expect(shownFlags('Lungeemboli.', visit, 'vurdering')).toContain('warning:unsupported');
    expect(shownFlags('Hjertesvikt.', visit, 'vurdering')).toContain('warning:unsupported');
  });

  it('keeps it written as something to rule out', () => {
    expect(shownFlags('Lungeemboli og hjertesvikt skal utelukkes.', visit, 'vurdering')).toEqual(
      [],
    );
  });

  it('reads the nynorsk "utelukka" after "må" as a plan, and after "er" as ruled out', () => {
    const planned = indexOf([['lege', 'Vi må utelukka hjartesvikt.']]);
    expect(shownFlags('Hjertesvikt.', planned, 'vurdering')).toContain('warning:unsupported');
    const done = indexOf([['lege', 'Hjartesvikt er utelukka.']]);
    expect(shownFlags('Hjertesvikt.', done, 'vurdering')).toContain('error:negation-conflict');
  });
});
