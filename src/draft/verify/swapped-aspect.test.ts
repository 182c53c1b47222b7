import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('the inner or outer aspect turned round ("medialt" for "lateralt")', () => {
  const ankle = indexOf([
    ['pasient', 'Jeg tråkket over på venstre foten i trappa i går kveld.'],
    ['lege', 'Venstre ankel hoven lateralt. Øm under laterale malleol, ikke over femte metatars.'],
  ]);

  it('flags a note that puts the tenderness on the other aspect as a side error', () => {
    expect(shownFlags('Øm under mediale malleol.', ankle, 'funn')).toContain(
      'error:laterality-conflict',
    );
  });

  it('bears out the aspect that was said', () => {
    expect(shownFlags('Øm under laterale malleol.', ankle, 'funn')).toEqual([]);
    expect(shownFlags('Hevelse lateralt på venstre ankel.', ankle, 'funn')).toEqual([]);
  });

  it('leaves an aspect alone when the conversation named both', () => {
    const knee = indexOf([
      ['lege', 'Ømhet over mediale leddspalte, ikke lateralt. McMurray positiv medialt.'],
    ]);
    expect(shownFlags('Ikke øm lateralt.', knee, 'funn')).toEqual([]);
    expect(shownFlags('Palpasjonsøm over mediale leddspalte.', knee, 'funn')).toEqual([]);
  });
});
