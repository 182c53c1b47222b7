import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('"sier nei til …" (an interpreter\'s report) denies what follows', () => {
  const visit = indexOf([
    ['lege', 'Har han kastet opp blod?'],
    ['ukjent', 'Han sier nei til blod i oppkast.'],
    ['lege', 'Har han hatt feber?'],
    ['ukjent', 'Han svarer nei på feber, men han har frysninger.'],
  ]);

  it('flags "Hematemese" where the interpreter said "han sier nei til blod i oppkast"', () => {
    expect(shownFlags('Blod i oppkastet.', visit, 'anamnese')).toContain('error:negation-conflict');
  });

  it('flags "Feber" where the interpreter said "han svarer nei på feber"', () => {
    expect(shownFlags('Har hatt feber.', visit, 'anamnese')).toContain('error:negation-conflict');
  });

  it('leaves the true sentences alone', () => {
    expect(shownFlags('Ikke blod i oppkast.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Ikke feber, men frysninger.', visit, 'anamnese')).toEqual([]);
  });
});

describe('"nei til" without a speech verb before it', () => {
  it('does not deny what follows ("nei til jul hadde jeg feber")', () => {
    const visit = indexOf([
      ['lege', 'Har du hatt feber?'],
      ['pasient', 'Ja, eh, nei til jul hadde jeg feber hele tida.'],
    ]);
    expect(shownFlags('Hatt feber i julen.', visit, 'anamnese')).not.toContain(
      'error:negation-conflict',
    );
  });
});
