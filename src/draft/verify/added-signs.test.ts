import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a sign added to an otherwise examined finding', () => {
  const knee = indexOf([
    ['pasient', 'Jeg vrei venstre kneet på fotballtrening for to uker siden.'],
    ['lege', 'Venstre kne lett hydrops, ømhet over mediale leddspalte.'],
  ]);
  const eye = indexOf([
    ['pasient', 'Æ fikk no i høyre øyet da æ slipte på jobb.'],
    ['lege', 'Høyre øye injisert, fremmedlegeme i hornhinna klokka ni, fremre kammer klart.'],
  ]);

  it('flags a sign nobody examined ("rubor", "hypopyon")', () => {
    expect(shownFlags('Lett hydrops og rubor venstre kne.', knee, 'funn')).toContain(
      'warning:unsupported',
    );
    expect(
      shownFlags('Høyre øye injisert, fremmedlegeme i cornea kl. 9, hypopyon.', eye, 'funn'),
    ).toContain('warning:unsupported');
  });

  it('bears out the examined findings without the added sign', () => {
    expect(shownFlags('Lett hydrops venstre kne.', knee, 'funn')).toEqual([]);
  });

  it('bears out signs the clinician said in plain words ("skeiv", "kloremerker", "blått")', () => {
    const nose = indexOf([['lege', 'Nasen er hoven og litt skeiv mot høgre.']]);
    expect(shownFlags('Nesen hoven og deviert mot høyre.', nose, 'funn')).toEqual([]);
    const skin = indexOf([['lege', 'Jeg ser tørr hud med kloremerker i begge knehaser.']]);
    expect(shownFlags('Tørr hud med ekskoriasjoner i begge knehaser.', skin, 'funn')).toEqual([]);
  });
});
