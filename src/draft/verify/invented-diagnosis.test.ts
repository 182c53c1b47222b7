import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a diagnosis in the assessment that nobody said', () => {
  const knee = indexOf([
    ['pasient', 'Kneet har hovna opp og verkar når eg går, no i tre veker.'],
    ['lege', 'Det høgre kneet er hovent, med væske i leddet. Leddbåndet er stabilt.'],
    ['lege', 'Eg trur dette er ein artroseoppbluss.'],
  ]);

  it('flags an injury of a part nobody spoke of, and a sleep disorder never named', () => {
    expect(shownFlags('Sannsynlig meniskskade i høyre kne.', knee, 'vurdering')).toContain(
      'warning:unsupported',
    );
    expect(shownFlags('Artroseoppbluss, mulig narkolepsi.', knee, 'vurdering')).toContain(
      'warning:unsupported',
    );
  });

  it('accepts an injury of a part that was examined, and the diagnosis said', () => {
    expect(shownFlags('Ingen leddbåndskade.', knee, 'vurdering')).toEqual([]);
    expect(shownFlags('Sannsynlig oppbluss av artrose i høyre kne.', knee, 'vurdering')).toEqual(
      [],
    );
  });
});
