import { describe, expect, it } from 'vitest';
import { findDrugMentions } from '../language/drug-names.js';
import { tokenize } from '../language/fold.js';
import { findSubjectMentions, measureOfWord } from './quantity-subjects.js';

describe('findSubjectMentions', () => {
  it('finds the same measures from words read once as from the tokens', () => {
    for (const sentence of [
      'Metningen var 94 %, pulsen 88 og hjemme-BT 150/90.',
      'Paracet 1 g og temperaturen 38,5 i går kveld.',
      'Ingen tal her.',
    ]) {
      const tokens = tokenize(sentence);
      const drugs = findDrugMentions(tokens);
      const measures = tokens.map((token) => measureOfWord(token.folded));
      expect(findSubjectMentions(tokens, drugs, measures)).toEqual(
        findSubjectMentions(tokens, drugs),
      );
    }
    const tokens = tokenize('Metningen var 94 %.');
    expect(findSubjectMentions(tokens, []).map((mention) => mention.subject)).toEqual([
      `m:${measureOfWord('metningen') ?? ''}`,
    ]);
  });
});
