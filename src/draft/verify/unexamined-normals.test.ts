import { describe, expect, it } from 'vitest';
import { unsafeAsPseudonymized, type Speaker } from '../../core/index.js';
import { checkSentence } from './check-sentence.js';
import { createTranscriptIndex } from './transcript-index.js';

const index = createTranscriptIndex({
  segments: (
    [
      ['pasient', 'Jeg skled på isen og slo bakhodet. Jeg har vondt i hodet og er litt kvalm.'],
      ['lege', 'Du har en kul bak på hodet, uten sår. Pupillene er like store og reagerer på lys.'],
      ['lege', 'Halsen er litt rød. Mandlene er ikke forstørret.'],
      ['lege', 'Magen er bløt, du er litt øm over blæra. Lymfeknutene på halsen er normale.'],
    ] as const satisfies readonly (readonly [Speaker, string])[]
  ).map(([speaker, text]) => ({ speaker, text: unsafeAsPseudonymized(text) })),
});

function shown(text: string, section = 'funn'): string[] {
  return checkSentence(text, index, { section })
    .flags.filter((flag) => flag.severity !== 'info')
    .map((flag) => flag.message);
}

describe('normal findings a language model adds that were never examined', () => {
  it('warns about a normal or absent routine item added after what was examined', () => {
    expect(shown('Kul i bakhodet uten sår, ingen nakkestivhet.').join(' ')).toContain(
      '«nakkestivhet»',
    );
    expect(shown('Pupiller like store med lysreaksjon, normal kapillær fylning.')).not.toEqual([]);
    expect(shown('Pupiller like store, normale øyebevegelser.').join(' ')).toContain(
      '«øyebevegelser»',
    );
    expect(shown('Bløt abdomen, lett øm suprapubisk, normale tarmlyder.')).not.toEqual([]);
  });

  it('accepts a normal item that was examined, in any form', () => {
    expect(shown('Kul i bakhodet uten sår.')).toEqual([]);
    expect(shown('Lett rødt svelg, normale lymfeknuter på halsen.')).toEqual([]);
    expect(shown('Mandler ikke forstørret.')).toEqual([]);
  });

  it('leaves a summary in clinical words alone when nothing else in the sentence was said', () => {
    expect(shown('Ingen nakkestivhet.')).toEqual([]);
  });

  it('looks only at the findings', () => {
    expect(shown('Kul i bakhodet uten sår, ingen nakkestivhet.', 'anamnese')).toEqual([]);
  });
});
