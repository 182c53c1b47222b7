import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a healthy side denied in the note while the complaint is on the other side', () => {
  const visit = indexOf([
    ['pårørende', 'Hun har vondt i øre, venstre øre, fra to dager.'],
    ['lege', 'Bare venstre øre?'],
    ['pårørende', 'Ja, bare venstre. Høyre er ok.'],
  ]);

  it('accepts "Ingen plager fra høyre øre"', () => {
    expect(shownFlags('Ingen plager fra høyre øre.', visit, 'anamnese')).toEqual([]);
  });

  it('still contradicts the affected side said as the other one', () => {
    expect(shownFlags('Smerter i høyre øre.', visit, 'anamnese')).toContain(
      'error:laterality-conflict',
    );
  });
});

describe('"begge" in the history when the patient said only one side', () => {
  const visit = indexOf([
    ['pasient', 'Æ har hatt vondt i høyre kne i tre vekka no.'],
    ['lege', 'Er det bare høyre kne, eller begge?'],
    ['pasient', 'Nei, det e bare det høyre. Det andre kneet e heilt fint.'],
    ['lege', 'Høyre kne har lett hevelse. Venstre kne er normalt.'],
    ['lege', 'Vi tar røntgen av begge knær stående.'],
  ]);

  it('flags "Smerter i begge knær"', () => {
    expect(shownFlags('Smerter i begge knær.', visit, 'anamnese')).toContain(
      'error:laterality-conflict',
    );
  });

  it('flags the other side stated as affected, not the other side stated as healthy', () => {
    expect(shownFlags('Også smerter i venstre kne.', visit, 'anamnese')).toContain(
      'error:laterality-conflict',
    );
    expect(shownFlags('Venstre kne er uten plager.', visit, 'anamnese')).toEqual([]);
  });

  it('accepts "begge knær" in the plan', () => {
    expect(shownFlags('Røntgen av begge knær stående.', visit, 'tiltak')).toEqual([]);
  });

  it('reads the northern plural "vekka" as weeks', () => {
    expect(shownFlags('Smerter i høyre kne i tre uker.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Smerter i høyre kne i tre måneder.', visit, 'anamnese')).toContain(
      'error:number-conflict',
    );
  });
});

describe('"tre ganger på dag" from a learner of Norwegian', () => {
  const visit = indexOf([
    ['lege', 'Bruker du medisiner?'],
    ['pasient', 'Paracet, to tabletter, tre ganger på dag.'],
  ]);

  it('bears out "tre ganger daglig" and contradicts "to ganger daglig"', () => {
    expect(shownFlags('Bruker Paracet 2 tabletter tre ganger daglig.', visit, 'anamnese')).toEqual(
      [],
    );
    expect(
      shownFlags('Bruker Paracet 2 tabletter to ganger daglig.', visit, 'anamnese'),
    ).not.toEqual([]);
  });
});
