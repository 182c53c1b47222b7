import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

// "Ikke ofte, men det hender" (dev case v445): a reply that limits how often, then says it does
// happen, is a yes, not the "ikke" it opens with.
describe('a reply that opens "ikke ofte, men …"', () => {
  const visit = indexOf([
    ['lege', 'Har du hatt tanker om å ta livet ditt?'],
    ['pasient', 'Ikke ofte, men det hender.'],
  ]);

  it('flags a note that denies what the patient said happens now and then', () => {
    expect(shownFlags('Ingen suicidale tanker.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('accepts the note that writes it as present', () => {
    expect(shownFlags('Periodevise suicidale tanker.', visit, 'anamnese')).toEqual([]);
  });

  it('reads the nynorsk "Ikkje så ofte, men det skjer" as yes too', () => {
    const nynorsk = indexOf([
      ['lege', 'Har du hjartebank?'],
      ['pasient', 'Ikkje så ofte, men det skjer.'],
    ]);
    expect(shownFlags('Ingen hjertebank.', nynorsk, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('keeps "Nei, ikke i det hele tatt" a no to the question', () => {
    const no = indexOf([
      ['lege', 'Har du hjertebank?'],
      ['pasient', 'Nei, ikke i det hele tatt.'],
    ]);
    expect(shownFlags('Hjertebank.', no, 'anamnese')).toContain('error:negation-conflict');
  });

  it('keeps "ikke særlig, men" followed by something else a no to the question', () => {
    const other = indexOf([
      ['lege', 'Er du tungpustet?'],
      ['pasient', 'Ikke særlig, men er litt sliten.'],
    ]);
    expect(shownFlags('Tungpustet.', other, 'anamnese')).toContain('error:negation-conflict');
    expect(shownFlags('Ikke tungpustet.', other, 'anamnese')).toEqual([]);
    const back = indexOf([
      ['lege', 'Har du vondt i brystet?'],
      ['pasient', 'Ikke mye, men har vondt i ryggen.'],
    ]);
    expect(shownFlags('Brystsmerter.', back, 'anamnese')).toContain('error:negation-conflict');
    const sad = indexOf([
      ['lege', 'Har du tanker om å ta livet ditt?'],
      ['pasient', 'Ikke ofte, men er veldig lei meg.'],
    ]);
    expect(shownFlags('Suicidale tanker.', sad, 'anamnese')).toContain('error:negation-conflict');
  });

  it('still reads "men litt" and "men av og til" as a yes', () => {
    const little = indexOf([
      ['lege', 'Har du hjartebank?'],
      ['pasient', 'Ikkje så mykje, men litt.'],
    ]);
    expect(shownFlags('Ingen hjertebank.', little, 'anamnese')).toContain(
      'error:negation-conflict',
    );
    const sometimes = indexOf([
      ['lege', 'Har du hjertebank?'],
      ['pasient', 'Ikke ofte, men av og til.'],
    ]);
    expect(shownFlags('Ingen hjertebank.', sometimes, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });
});
