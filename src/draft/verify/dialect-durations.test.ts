import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a season said in dialect ("sia i haust")', () => {
  const visit = indexOf([
    ['lege', 'Kor lenge har du hosta?'],
    ['pasient', 'Hosten har eg hatt sia i haust, men pusten vart verre i ei veke.'],
  ]);

  it('bears out the same season written in bokmål', () => {
    expect(shownFlags('Langvarig hoste siden i høst.', visit, 'anamnese')).toEqual([]);
  });

  it('contradicts another season', () => {
    expect(shownFlags('Langvarig hoste siden i vår.', visit, 'anamnese')).toContain(
      'error:number-conflict',
    );
    expect(shownFlags('Langvarig hoste siden i sommer.', visit, 'anamnese')).toContain(
      'error:number-conflict',
    );
  });

  it('reads "vår" as "our", not spring, before a noun', () => {
    expect(
      shownFlags('Hoste siden i høst, sett på vår legevakt.', visit, 'anamnese'),
    ).not.toContain('error:number-conflict');
  });
});

describe('nynorsk teens ("fjortan dagar")', () => {
  const visit = indexOf([
    ['lege', 'Kor lenge har du vore trøytt?'],
    ['pasient', 'Dei siste fjortan dagane har det vore verre. Det byrja for fjortan dagar sia.'],
  ]);

  it('bears out the number written in digits', () => {
    expect(shownFlags('Forverret siste 14 dager.', visit, 'anamnese')).toEqual([]);
  });

  it('contradicts another number of days', () => {
    expect(shownFlags('Forverret siste 4 dager.', visit, 'anamnese')).toContain(
      'error:number-conflict',
    );
  });
});

describe('Trøndelag plural of months ("i fire måneda")', () => {
  const visit = indexOf([
    ['lege', 'Kor lenge har du hatt vondt i hofta?'],
    ['pasient', 'Æ har hatt vondt i venstre hofta i fire måneda no.'],
  ]);

  it('bears out the same number of months', () => {
    expect(shownFlags('Smerter i venstre hofte i fire måneder.', visit, 'anamnese')).toEqual([]);
  });

  it('contradicts another number of months', () => {
    expect(shownFlags('Smerter i venstre hofte i seks måneder.', visit, 'anamnese')).toContain(
      'error:number-conflict',
    );
  });
});
