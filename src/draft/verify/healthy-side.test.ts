import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a side said to be the healthy one does not support a complaint on that side', () => {
  const ankle = indexOf([
    ['pasient', 'Eg trakka over på fotballtrening i går kveld.'],
    ['pasient', 'Det var den venstre ankelen, han hovna opp med ein gong.'],
    ['lege', 'Venstre ankel er hoven og blå lateralt. Høgre ankel er fin.'],
  ]);

  it('flags a complaint put on the side the doctor called fine', () => {
    expect(shownFlags('Overtråkk høgre ankel på fotballtrening.', ankle, 'kontaktarsak')).toContain(
      'error:laterality-conflict',
    );
    expect(shownFlags('Distorsjon høgre ankel.', ankle, 'vurdering')).toContain(
      'error:laterality-conflict',
    );
  });

  it('accepts the complaint on its own side and the healthy side called healthy', () => {
    expect(shownFlags('Venstre ankel hoven og blå lateralt.', ankle, 'funn')).toEqual([]);
    expect(shownFlags('Høgre ankel normal.', ankle, 'funn')).toEqual([]);
  });

  it('reads "venstre er normal" in a two-sided finding as the healthy side', () => {
    const ears = indexOf([
      ['pårørende', 'Hun har vondt i det høyre øret.'],
      ['lege', 'Høyre trommehinne er rød og buktende, venstre er normal.'],
    ]);
    expect(
      shownFlags('Venstre trommehinne rød og buktende, høyre normal.', ears, 'funn'),
    ).toContain('error:laterality-conflict');
    expect(shownFlags('Høyre trommehinne rød og buktende, venstre normal.', ears, 'funn')).toEqual(
      [],
    );
  });

  it('keeps a side that was fine before the injury as support', () => {
    const knee = indexOf([
      ['pasient', 'Eg vrei det venstre kneet på handballtrening for to veker sidan.'],
      [
        'pasient',
        'Det høgre kneet vart operert for menisk for fem år sidan, men det venstre har vore heilt fint.',
      ],
      ['lege', 'Det er lett hevelse over venstre kne. McMurray er positiv medialt.'],
      ['lege', 'Eg mistenkjer ein meniskskade. Vi tek MR av venstre kne.'],
    ]);
    expect(shownFlags('Mistenkt meniskskade venstre kne.', knee, 'vurdering')).toEqual([]);
  });

  it('does not read a negated healthy word as the healthy side', () => {
    const feet = indexOf([
      ['lege', 'Hvilken fot?'],
      ['pasient', 'Venstre fot er verst, men høyre fot er ikke bra den heller.'],
    ]);
    expect(shownFlags('Smerter i høyre fot.', feet, 'anamnese')).toEqual([]);
    const hips = indexOf([
      ['pasient', 'Venstre hofte er grei, høyre hofte er ikke fri for smerter.'],
    ]);
    expect(shownFlags('Smerter i høyre hofte.', hips, 'anamnese')).toEqual([]);
    const knees = indexOf([['pasient', 'Venstre kne er vondt, og høyre kne er langt fra bra.']]);
    expect(shownFlags('Smerter i høyre kne.', knees, 'anamnese')).toEqual([]);
  });
});
