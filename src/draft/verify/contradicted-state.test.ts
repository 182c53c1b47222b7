import { describe, expect, it } from 'vitest';
import { unsafeAsPseudonymized, type Speaker } from '../../core/index.js';
import { tokenize } from '../language/fold.js';
import { negatedWords } from '../language/negation.js';
import { checkSentence } from './check-sentence.js';
import { createTranscriptIndex } from './transcript-index.js';

const index = createTranscriptIndex({
  segments: (
    [
      ['pasient', 'Eg har hatt prikking i fingrane om morgonen sidan jul.'],
      ['lege', 'Eg testar no. Krafta i handa er normal, og kjensla i fingrane er normal.'],
      ['lege', 'Tinels test over handleddet er positiv på høgre side.'],
      ['lege', 'Nakken er fri, og blodprøva for stoffskiftet var negativ.'],
    ] as const satisfies readonly (readonly [Speaker, string])[]
  ).map(([speaker, text]) => ({ speaker, text: unsafeAsPseudonymized(text) })),
});

function errors(text: string): string[] {
  return checkSentence(text, index, { section: 'funn' })
    .flags.filter((flag) => flag.severity === 'error')
    .map((flag) => flag.message);
}

describe('a test or function called abnormal where it was called normal', () => {
  it('flags "nedsatt kraft" after "krafta er normal", naming both words', () => {
    expect(errors('Nedsatt kraft i hø. hånd.')).toEqual([
      'Setningen sier «Nedsatt», men i samtalen ble det sagt «normal».',
    ]);
  });

  it('flags a test result turned round ("Tinel negativ" after "Tinels test er positiv")', () => {
    expect(errors('Tinels test negativ hø. side.').join(' ')).toContain('«positiv»');
  });

  it('accepts the same state in other words and a denial written as such', () => {
    expect(errors('Normal kraft i hø. hånd.')).toEqual([]);
    expect(errors('Positiv Tinels test hø. side.')).toEqual([]);
    expect(errors('Ikke nedsatt kraft.')).toEqual([]);
  });
});

describe('"fri" and ", og" in spoken findings', () => {
  const denied = (text: string): string[] => {
    const tokens = tokenize(text);
    const negated = negatedWords(text, tokens);
    return tokens.filter((_token, tokenIndex) => negated[tokenIndex]).map((token) => token.text);
  };

  it('reads "nakken er fri" as saying so, and "fri for smerter" as a denial', () => {
    expect(denied('Nakken er fri, nedsatt kraft i høyre hånd.')).toEqual([]);
    expect(denied('Hun er fri for smerter.')).toEqual(['for', 'smerter']);
  });

  it('ends a denial at ", og" (a new clause), not inside a list', () => {
    expect(denied('Ingen smerter, og beinlengden er lik.')).toEqual(['smerter']);
    expect(denied('Ingen kvalme, oppkast eller diaré.')).toEqual([
      'kvalme',
      'oppkast',
      'eller',
      'diaré',
    ]);
  });
});

describe('a state said once of several things joined by "og"', () => {
  const coordinated = createTranscriptIndex({
    segments: (
      [
        ['pasient', 'Det verkar i ryggen når eg lyfter.'],
        ['lege', 'Reflekser og sensibilitet i beina er normale.'],
        ['lege', 'Tarmlydene er normale.'],
        ['lege', 'Hofta er stiv og ryggen er øm.'],
      ] as const satisfies readonly (readonly [Speaker, string])[]
    ).map(([speaker, text]) => ({ speaker, text: unsafeAsPseudonymized(text) })),
  });
  const errorsHere = (text: string): string[] =>
    checkSentence(text, coordinated, { section: 'funn' })
      .flags.filter((flag) => flag.severity === 'error')
      .map((flag) => flag.message);

  it('flags "nedsatte reflekser" when reflexes and sensibility were called normal together', () => {
    expect(errorsHere('Nedsatte reflekser i ve. bein.').join(' ')).toContain('«normale»');
  });

  it('flags "nedsatte tarmlyder" after "tarmlydene er normale"', () => {
    expect(errorsHere('Nedsatte tarmlyder.').join(' ')).toContain('«normale»');
  });

  it('accepts the coordinated things written as normal', () => {
    expect(errorsHere('Normale reflekser.')).toEqual([]);
    expect(errorsHere('Normal sensibilitet i beina.')).toEqual([]);
  });
});
