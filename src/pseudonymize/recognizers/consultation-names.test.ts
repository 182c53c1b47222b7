import { describe, expect, it } from 'vitest';

import { tokenize } from '../tokenize.js';
import { recognizeKnownNameParts } from './consultation-names.js';

function parts(
  text: string,
  names: readonly string[],
  isWord: (lower: string) => boolean = () => true,
): string[] {
  const known = new Set(names);
  return recognizeKnownNameParts(
    tokenize(text),
    (lower) => known.has(lower),
    () => false,
    isWord,
  ).map((candidate) => text.slice(candidate.start, candidate.end));
}

describe('recognizeKnownNameParts', () => {
  it('finds every capitalised occurrence and genitive of a known name part', () => {
    expect(parts('Tone kom. Tones mor ringte.', ['tone'])).toEqual(['Tone', 'Tones']);
  });

  it('leaves the lower-case word alone', () => {
    expect(parts('en høy tone', ['tone'])).toEqual([]);
  });

  it('takes a lower-case name part that is also a word as the subject of a question («Har bjørn …»)', () => {
    expect(parts('Bjørn kjørte meg hit. Har bjørn fortalt deg om fallet?', ['bjørn'])).toEqual([
      'Bjørn',
      'bjørn',
    ]);
    expect(parts('lege: Skal bjørn være med inn?', ['bjørn'])).toEqual(['bjørn']);
    // Counter-examples: the word with an article, or not right after a clause-initial auxiliary.
    expect(parts('Bjørn kom. Har en bjørn vært i hagen?', ['bjørn'])).toEqual(['Bjørn']);
    expect(parts('Bjørn kom. Har du sett bjørn her?', ['bjørn'])).toEqual(['Bjørn']);
  });

  it('takes a lower-case name part that is also a word after a dialect pronoun or a greeting', () => {
    expect(parts('sykepleier: Ja, det e hu sol. Hilsen fra sol forresten.', ['sol'])).toEqual([
      'sol',
      'sol',
    ]);
    expect(parts('pasient: Takk. Hilsen liv.', ['liv'])).toEqual(['liv']);
    // Counter-examples: the word as a verb after the pronoun, or in a greeting about something else.
    expect(parts('pasient: han sol seg på terrassen.', ['sol'])).toEqual([]);
    expect(parts('pasient: Vi fikk sol i hele dag.', ['sol'])).toEqual([]);
    expect(parts('Finn kom. pasient: han finn ikkje medisinane.', ['finn'])).toEqual(['Finn']);
    expect(parts('Tor kom. pasient: han tor ikkje gå ut.', ['tor'])).toEqual(['Tor']);
  });
});
