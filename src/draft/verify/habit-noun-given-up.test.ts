import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a habit named as a noun in a sentence that says it was stopped', () => {
  const stopped = indexOf([
    ['lege', 'Røyker du?'],
    ['pasient', 'Eg slutta for fem år sidan, men røykte i tretti år.'],
  ]);
  const stillSmoking = indexOf([
    ['lege', 'Røyker du?'],
    ['pasient', 'Ja, eg røyker ti sigarettar om dagen, og har gjort det i tretti år.'],
  ]);

  it('bears out "sluttet etter 30 års røyking" where the patient said they stopped', () => {
    expect(
      shownFlags('Eks-røyker, sluttet for 5 år siden etter 30 års røyking.', stopped, 'anamnese'),
    ).not.toContain('error:negation-conflict');
  });

  it('flags "sluttet med røyking" where the patient still smokes', () => {
    expect(shownFlags('Sluttet med røyking for 5 år siden.', stillSmoking, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('still reads a wish to stop as a present habit', () => {
    expect(
      shownFlags('Ønsker å slutte med røyking.', stopped, 'anamnese').some((flag) =>
        flag.startsWith('error:negation-conflict'),
      ),
    ).toBe(true);
  });

  it('reads "slutta med snusing" as stopped where the patient said they stopped', () => {
    const snus = indexOf([
      ['lege', 'Snusar du?'],
      ['pasient', 'Nei, eg slutta med snus for to år sidan.'],
    ]);
    expect(shownFlags('Slutta med snusing for to år sidan.', snus, 'anamnese')).not.toContain(
      'error:negation-conflict',
    );
  });

  it('keeps a habit noun present when something else was stopped', () => {
    const snusStopped = indexOf([
      ['lege', 'Røyker du?'],
      ['pasient', 'Jeg sluttet med snus i fjor, men røykingen har blitt verre.'],
    ]);
    expect(shownFlags('Røyker ikke.', snusStopped, 'anamnese')).toContain(
      'error:negation-conflict',
    );
    const alcoholCut = indexOf([
      ['lege', 'Alkohol og tobakk?'],
      ['pasient', 'Kuttet alkoholen helt, men røykingen fortsetter, en pakke om dagen.'],
    ]);
    expect(shownFlags('Røyker ikke.', alcoholCut, 'anamnese')).toContain('error:negation-conflict');
  });

  it('flags a drafted habit noun next to another habit that was cut', () => {
    const never = indexOf([
      ['lege', 'Røyker du?'],
      ['pasient', 'Nei, aldri røykt.'],
    ]);
    expect(shownFlags('Kuttet snus, røyking daglig.', never, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });
});
