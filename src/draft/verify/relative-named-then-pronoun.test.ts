import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a relative named by the patient, then spoken of as "ho" or "han"', () => {
  // From dev case v461: the patient names the mother-in-law, then goes on with "Ho har …".
  const visit = indexOf([
    ['lege', 'Kven er det som er med deg i dag?'],
    ['pasient', 'Det er svigermor. Ho har sukkersjuke og hadde blodpropp i foten i fjor.'],
    ['lege', 'Har du nokon sjukdommar sjølv?'],
    ['pasient', 'Nei, eg er frisk. Eg datt på isen, og kneet er hovent. Det verkar.'],
  ]);

  it("flags the relative's illness written as the patient's", () => {
    expect(
      shownFlags('Har diabetes og hadde blodpropp i foten i fjor.', visit, 'anamnese'),
    ).toContain('error:person-conflict');
  });

  it("keeps the relative's illness written as the relative's, and the patient's own", () => {
    expect(shownFlags('Svigermor har diabetes.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Falt på isen, hovent kne.', visit, 'anamnese')).toEqual([]);
  });

  it('reads "han" as the patient when a parent speaks for a child', () => {
    const child = indexOf([['pårørende', 'Det er sonen min. Han har hatt feber sidan i går.']]);
    expect(shownFlags('Feber siden i går.', child, 'anamnese')).toEqual([]);
  });
});

describe('a pronoun whose gender is not that of the relative just named', () => {
  it('reads nynorsk "han" after "Mor mi" as the masculine noun, not the mother', () => {
    const visit = indexOf([
      ['pasient', 'Foten er hoven. Mor mi køyrde meg hit. Han er raud og varm.'],
    ]);
    expect(shownFlags('Rød og varm fot.', visit, 'anamnese')).toEqual([]);
  });

  it('still reads "ho" after "Mor mi" as the mother', () => {
    const visit = indexOf([['pasient', 'Mor mi køyrde meg hit. Ho har sukkersjuke.']]);
    expect(shownFlags('Har diabetes.', visit, 'anamnese')).toContain('error:person-conflict');
  });
});
