import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('sides said of a body part in its dialect and plural forms', () => {
  const eyes = indexOf([
    ['pårørende', 'Han har vore raud i det venstre auget sidan i går.'],
    ['lege', 'Det venstre auget e raudt med gult puss i augekroken.'],
    ['lege', 'Det høgre auget e litt raudt i kanten, men ikkje puss.'],
    ['lege', 'Eg skriv ut augedropar, ein drope i begge augo fire gonger om dagen.'],
  ]);

  it('reads "augo", "auget" and "øye" as one body part', () => {
    expect(shownFlags('Høyre øye lett injisert, uten puss.', eyes, 'funn')).toEqual([]);
    expect(
      shownFlags('Øyedråper, én dråpe i begge øyne fire ganger daglig.', eyes, 'tiltak'),
    ).toEqual([]);
    expect(
      shownFlags('Øyedråper, én dråpe i venstre øye fire ganger daglig.', eyes, 'tiltak'),
    ).toContain('error:laterality-conflict');
  });

  it('reads "begge hoftene" as both sides', () => {
    const hips = indexOf([
      ['pasient', 'Det venstre kneet har vore stivt i mange år.'],
      ['pasient', 'Og begge hoftene er stive om morgonen, men det går over.'],
    ]);
    expect(shownFlags('Morgenstivhet i begge hofter som går over.', hips, 'anamnese')).toEqual([]);
  });
});
