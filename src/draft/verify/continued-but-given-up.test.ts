import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a note that says something goes on where the patient said it ended ("ikkje lenger")', () => {
  it('contradicts "Snuser fortsatt" after "eg snusa før, men ikkje sidan jul"', () => {
    const visit = indexOf([
      ['lege', 'Brukar du snus?'],
      ['pasient', 'Eg snusa før, men ikkje sidan jul.'],
    ]);
    expect(shownFlags('Snuser fortsatt.', visit, 'anamnese')).toContain('error:negation-conflict');
  });

  it('contradicts "Kjører fortsatt lastebil" after "itte lenger, je slutta i vår"', () => {
    const visit = indexOf([
      ['lege', 'Hva jobber du med?'],
      ['pasient', 'Je kjørte lastebil, men itte lenger, je slutta i vår.'],
    ]);
    expect(shownFlags('Kjører fortsatt lastebil.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('leaves "fortsatt" alone where the end is of something else ("slutta med Ibux, men framleis vondt")', () => {
    const visit = indexOf([
      ['lege', 'Korleis er det med ryggen?'],
      ['pasient', 'Eg slutta med Ibux, men eg har framleis vondt i ryggen.'],
    ]);
    expect(shownFlags('Fortsatt vondt i ryggen.', visit, 'anamnese')).toEqual([]);
  });

  it('leaves "fortsatt" alone where only the degree changed ("ikkje lenger så ille")', () => {
    const visit = indexOf([
      ['lege', 'Har du framleis hovudverk?'],
      ['pasient', 'Hovudverken er ikkje lenger så ille, men han er der.'],
    ]);
    expect(shownFlags('Fortsatt hodepine, men mindre.', visit, 'anamnese')).not.toContain(
      'error:negation-conflict',
    );
  });

  it('leaves "fortsatt" alone where the patient also says it goes on', () => {
    const visit = indexOf([
      ['lege', 'Røyker du?'],
      ['pasient', 'Eg slutta ei stund, men eg røyker igjen no, ti om dagen.'],
    ]);
    expect(shownFlags('Røyker fortsatt.', visit, 'anamnese')).not.toContain(
      'error:negation-conflict',
    );
  });
});
