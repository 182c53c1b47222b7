import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('"nei" to a question about the other side ("den andre skulderen")', () => {
  const visit = indexOf([
    ['pasient', 'Det er skulder. Høyre skulder. Han har vært vond sia påske.'],
    ['lege', 'Har du vondt i den andre skulderen også?'],
    ['pasient', 'Nei, den andre ikkje. Bare høyre.'],
    ['lege', 'Kan du sove på den?'],
    ['pasient', 'Nei, æ våkne om natta når æ ligge på den.'],
  ]);

  it('denies the other side, not the shoulder', () => {
    expect(
      shownFlags('Nattlige smerter, våkner når han ligger på skulderen.', visit, 'anamnese'),
    ).toEqual([]);
  });

  it('still reads "andre ledd" (other joints) as the thing denied', () => {
    const joints = indexOf([
      ['lege', 'Har du vondt i andre ledd?'],
      ['pasient', 'Nei.'],
    ]);
    expect(shownFlags('Smerter også i andre ledd.', joints, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });
});

describe('an elliptic denial in reply ("Nakke ikkje, bare skulder")', () => {
  const visit = indexOf([
    ['lege', 'Har du vondt i nakken?'],
    ['pasient', 'Nakke ikkje, bare skulder.'],
  ]);

  it('contradicts neck pain written as present', () => {
    expect(shownFlags('Nakkesmerter med utstråling til skulderen.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });
});

describe('a part of the body the note calls healthy, where pain in it was denied', () => {
  const visit = indexOf([
    ['lege', 'Har du vondt i leggen òg?'],
    ['pasient', 'Nei, ikkje vondt i leggen, berre i låret.'],
    ['lege', 'Leggen er mjuk og ikkje øm.'],
  ]);

  it('is no negation conflict ("Leggen bløt og uøm")', () => {
    expect(shownFlags('Leggen bløt og uøm.', visit, 'funn')).not.toContain(
      'error:negation-conflict',
    );
  });

  it('still contradicts pain in that part', () => {
    expect(shownFlags('Smerter i både lår og legg.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });
});

describe('gudbrandsdalsk "int" for "ikke"', () => {
  const visit = indexOf([
    ['lege', 'Er du tung i pusten? Har du vondt i brystet?'],
    ['pasient', 'Litt tung i pusten når e går i bakken. Int vondt i brystet, berre når e hoste.'],
  ]);

  it('contradicts chest pain written as present', () => {
    expect(shownFlags('Brystsmerter i hvile.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });
});
