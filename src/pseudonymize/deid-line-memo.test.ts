import { describe, expect, it } from 'vitest';
import { createDeidLineMemo, detectDeidLine } from './deid-line.js';
import { detectIdentifiers } from './detect-identifiers.js';

const options = { minConfidence: 0.5 };
const text = 'Hun snakket med Dahl og Strand.';
const spans = (entities: readonly { text: string; type: string }[]): string[] =>
  entities.map((entity) => `${entity.type}:${entity.text}`);

describe('the deid stream memo of line texts', () => {
  it('serves a repeated text the detection it had, while the vault answers as before', () => {
    const memo = createDeidLineMemo();
    const unknown = (): boolean => false;
    const first = memo.detect(text, options, unknown);
    const again = memo.detect(text, options, unknown);
    expect(again).toBe(first);
    expect(spans(again)).toEqual(
      spans(detectIdentifiers(text, { ...options, isConsultationNamePart: unknown })),
    );
    expect(spans(again)).toEqual(['PERSON:Dahl']);
  });

  it('detects a repeated text again once the vault knows a name part it asked about', () => {
    const memo = createDeidLineMemo();
    expect(spans(memo.detect(text, options, () => false))).toEqual(['PERSON:Dahl']);
    // "Strand" was mapped to a person by a line in between: the repeat must find it too.
    const knowsStrand = (lower: string): boolean => lower === 'strand';
    const later = memo.detect(text, options, knowsStrand);
    expect(spans(later)).toEqual(['PERSON:Dahl', 'PERSON:Strand']);
    expect(spans(later)).toEqual(
      spans(detectIdentifiers(text, { ...options, isConsultationNamePart: knowsStrand })),
    );
    expect(memo.detect(text, options, knowsStrand)).toBe(later);
  });

  it('is emptied when full, so it never holds more than its bound', () => {
    const memo = createDeidLineMemo({ maxTexts: 2, maxCharacters: 1000 });
    const no = (): boolean => false;
    const first = memo.detect('Lie var her.', options, no);
    expect(spans(memo.detect('Lie var her i går.', options, no))).toEqual(['PERSON:Lie']);
    expect(spans(memo.detect('Ingen funn.', options, no))).toEqual([]);
    // The third text emptied the memo: the first is detected afresh (a new, equal result).
    const again = memo.detect('Lie var her.', options, no);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('keeps no text longer than its character bound', () => {
    const memo = createDeidLineMemo({ maxTexts: 10, maxCharacters: 5 });
    const no = (): boolean => false;
    const first = memo.detect('Lie var her.', options, no);
    expect(memo.detect('Lie var her.', options, no)).not.toBe(first);
  });

  it('gives detectDeidLine the same entities with and without the memo', () => {
    const memo = createDeidLineMemo();
    const line = JSON.stringify({ id: 'a', text });
    const plain = detectDeidLine(line, options, () => false);
    detectDeidLine(line, options, () => false, undefined, memo);
    const served = detectDeidLine(line, options, () => false, undefined, memo);
    expect(served).toEqual(plain);
  });
});
