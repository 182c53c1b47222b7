import { describe, expect, it } from 'vitest';
import { clinicalLexicon } from './clinical-lexicon.js';
import { tokenize } from './fold.js';
import { findNormalStates } from './normal-state.js';

/** The clinical terms a sentence denies by saying a part is fine. */
function deniedTerms(text: string): string[] {
  return findNormalStates(text, tokenize(text)).flatMap((state) =>
    state.concepts.map((concept) => clinicalLexicon[concept]?.clinical ?? ''),
  );
}

describe('findNormalStates', () => {
  it('reads a part said to be fine as a denial of its findings', () => {
    expect(deniedTerms('Pusten går greit.')).toContain('dyspné');
    expect(deniedTerms('Litt kvalm. Men pusten går heilt fint no.')).toContain('dyspné');
    expect(deniedTerms('Nakken er fin, takk.')).toContain('nakkestivhet');
    expect(deniedTerms('Og vannlatinga har vore normal')).not.toEqual([]);
    expect(deniedTerms('Nei, ingenting av det. Eg puster heilt fint.')).toContain('dyspné');
  });

  it('reads a function done fine after an ability verb as a denial of its findings', () => {
    expect(deniedTerms('Nei, eg får puste fint, men det klør i halsen.')).toContain('dyspné');
    expect(deniedTerms('Eg får ikkje puste.')).toEqual([]);
    expect(deniedTerms('Eg får puste fint i ro, men ikkje i bakkar.')).toEqual([]);
  });

  it('reads nothing when the part is not the subject or the clause goes on', () => {
    expect(deniedTerms('Krafta i beina er normal.')).toEqual([]);
    expect(deniedTerms('Pusten går greit i ro, men ikkje i bakkar.')).toEqual([]);
    expect(deniedTerms('Det går fint.')).toEqual([]);
    expect(deniedTerms('Magen er fin.')).not.toContain('ulcus');
  });
});
