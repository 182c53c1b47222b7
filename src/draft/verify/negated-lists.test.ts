import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('the scope of a negation in a spoken list', () => {
  const chest = indexOf([
    ['lege', 'Har du hodepine eller brystsmerter?'],
    ['pasient', 'Ikkje hodepine, men litt trykk i brystet av og til.'],
  ]);

  it('does not read "litt trykk i brystet" as denied by the "ingen" before the comma', () => {
    expect(
      shownFlags('Ingen hodepine, litt trykk i brystet av og til.', chest, 'anamnese'),
    ).toEqual([]);
  });

  it('still flags the chest pressure denied in the same frame', () => {
    expect(shownFlags('Ingen hodepine, ingen trykk i brystet.', chest, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('still flags the headache stated as present', () => {
    expect(shownFlags('Hodepine, litt trykk i brystet av og til.', chest, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });
});

describe('every item of a spoken negated list is denied', () => {
  const back = indexOf([
    ['lege', 'Problemer med å tisse, nummenhet i setet eller lekkasje?'],
    ['pasient', 'Nei, ikkje problem med å tisse, ikkje nummen og ikkje lekkasje.'],
  ]);

  it('flags numbness in the saddle area written as present', () => {
    expect(
      shownFlags('Vannlatingsproblemer og setenummenhet, ingen inkontinens.', back, 'anamnese'),
    ).toContain('error:negation-conflict');
  });

  it('bears out the note that repeats the denial', () => {
    expect(
      shownFlags('Ingen vannlatingsproblemer, setenummenhet eller inkontinens.', back, 'anamnese'),
    ).not.toContain('error:negation-conflict');
  });

  it('does not flag saddle numbness that was said present', () => {
    const numb = indexOf([['pasient', 'Eg er nummen i setet, men eg tissar som vanleg.']]);
    expect(shownFlags('Setenummenhet.', numb, 'anamnese')).not.toContain('error:negation-conflict');
  });
});
