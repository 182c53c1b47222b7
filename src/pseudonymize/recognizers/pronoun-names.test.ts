import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

describe('recognizePronounNames', () => {
  it('takes a listed given name after a dialect pronoun for the person', () => {
    expect(found('pasient: ho lotte og eg er gode venninner.')).toContain('PERSON lotte');
  });

  it('takes a name that is a word, or an old Nordic name, before a clause about a person', () => {
    expect(found('pasient: ho runa går på vidaregåande.')).toContain('PERSON runa');
    expect(found('pasient: ho gudveig i butikken veit om det.')).toContain('PERSON gudveig');
  });

  it('leaves a verb or an ordinary word after the pronoun alone', () => {
    expect(found('pasient: han tore ikke si noe.')).toEqual([]);
    expect(found('pasient: ho har vondt i ryggen.')).toEqual([]);
    expect(found('pasient: ho sa det til meg.')).toEqual([]);
  });

  it('takes "hun" before a listed given name the same way, as speech-to-text writes "hu"', () => {
    expect(found('pasient: sykepleieren, hun linn, sa det var greit.')).toContain('PERSON linn');
    // Counter-examples: "hun" before a verb, an adverb or a word stays the pronoun.
    expect(found('pasient: hun tore ikke si noe.')).toEqual([]);
    expect(found('pasient: hun selv sa nei, og hun ville ikke.')).toEqual([]);
    expect(found('pasient: hun sol seg hele dagen.')).toEqual([]);
  });

  it('takes a surname or an unlisted word between commas after "han"/"hu" for the person', () => {
    expect(found('pasient: Og sjefen, han Strand, sa jeg måtte ringe.')).toContain('PERSON Strand');
    expect(found('pasient: Eller kona, hu malai, ho e alltid heime.')).toContain('PERSON malai');
    // Counter-examples: an adverb or an ordinary word in the same place stays what it is.
    expect(found('pasient: Mannen, han også, sa nei.')).toEqual([]);
    expect(found('pasient: Sjefen, han derimot, sa ja.')).toEqual([]);
    expect(found('pasient: Kona, hu itj, ho vil ikke.')).toEqual([]);
    for (const adverb of ['han osså', 'han åsså', 'han ikkj', 'ho dær', 'ho atte']) {
      expect(found(`pasient: Naboen, ${adverb}, sa nei.`)).toEqual([]);
    }
  });
});
