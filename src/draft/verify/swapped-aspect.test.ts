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

describe('an aspect said about another part, or a word that only begins like one', () => {
  it('does not flag "mediale menisk" where "lateralt" was said about the ankle', () => {
    const visit = indexOf([
      ['pasient', 'Jeg har vondt lateralt på ankelen etter at jeg tråkket over.'],
      ['lege', 'Jeg skal se på kneet ditt også.'],
      ['pasient', 'Kneet låser seg når jeg går i trapper, og det hovner opp innvendig.'],
    ]);
    // The meniscus was never named, so the sentence may be unsupported, but it is no side error.
    expect(shownFlags('Mistanke om skade på mediale menisk.', visit, 'vurdering')).not.toContain(
      'error:laterality-conflict',
    );
  });

  it('does not read "lateraliserte" as "lateralt"', () => {
    const visit = indexOf([['lege', 'Ingen lateraliserte utfall. Kraft i beina er normal.']]);
    expect(shownFlags('Mediale strukturer i kneet er upåfallende.', visit, 'funn')).toEqual([]);
  });
});
