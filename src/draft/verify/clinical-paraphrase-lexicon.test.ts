import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('clinical words a note writes for what was said in lay words or nynorsk', () => {
  const ear = indexOf([
    ['pårørende', 'I natt vakna han og gret og tok seg til venstre øyre.'],
    ['pårørende', 'Storesyster hans hadde mykje øyrebetennelse då ho var lita, ho fekk dren.'],
    ['lege', 'Venstre trommehinne er raud og bulande. Dette er ein venstresidig øyrebetennelse.'],
  ]);
  const pressure = indexOf([
    ['lege', 'Det er hundre og førtiseks over nittito. Blodtrykket er fortsatt litt for høyt.'],
  ]);
  const ankle = indexOf([
    [
      'lege',
      'Ikke øm bak på ankelknokene, ikke øm over femte mellomfotsben eller båtbenet. Nesen er litt hoven, øynene litt røde.',
    ],
  ]);
  const hip = indexOf([['pasient', 'Men eg har vondt i høgre hofta når eg går langt.']]);

  it('reads nynorsk "øyrebetennelse" as otitis media', () => {
    expect(shownFlags('Akutt venstresidig otitis media.', ear, 'vurdering')).toEqual([]);
  });

  it("still flags the sister's ear infections given as the patient's history", () => {
    expect(shownFlags('Hyppige otitter tidligere og har fått dren.', ear, 'anamnese')).toContain(
      'error:person-conflict',
    );
  });

  it('reads "blodtrykket er fortsatt litt for høyt" as hypertension', () => {
    expect(
      shownFlags('Hypertensjon, ikke tilfredsstillende regulert.', pressure, 'vurdering'),
    ).toEqual([]);
  });

  it('reads the lay names of the ankle and foot bones, the nose and red eyes', () => {
    expect(
      shownFlags(
        'Ikke øm bak malleolene, over basis metatars V eller os naviculare.',
        ankle,
        'funn',
      ),
    ).toEqual([]);
    expect(
      shownFlags('Lett hovne neseslimhinner og lett injiserte konjunktiva.', ankle, 'funn'),
    ).toEqual([]);
  });

  it('reads nynorsk "hofta" as the hip', () => {
    expect(shownFlags('Smerter i høyre hofte ved lengre gange.', hip, 'anamnese')).toEqual([]);
  });

  it('still flags the hip on the other side', () => {
    expect(shownFlags('Smerter i venstre hofte ved lengre gange.', hip, 'anamnese')).not.toEqual(
      [],
    );
  });
});
