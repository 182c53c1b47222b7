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
