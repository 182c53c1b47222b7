import { describe, expect, it } from 'vitest';

import { getSharedLexicon } from '../lexicon.js';
import { tokenize } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { composeInstitutionsWithPlaces, recognizeInstitutions } from './institutions.js';
import { getTokenAnalysis } from './token-analysis.js';

function institutions(text: string): string[] {
  const words = getTokenAnalysis(getSharedLexicon());
  const tokens = tokenize(text);
  const out: Candidate[] = [];
  recognizeInstitutions(words, text, tokens, out);
  composeInstitutionsWithPlaces(words, text, tokens, out);
  return out.map((candidate) => `${candidate.type} ${text.slice(candidate.start, candidate.end)}`);
}

describe('recognizeInstitutions', () => {
  it('takes the number of a shop into the workplace name', () => {
    expect(institutions('Hun jobber på Rema 1000 Tiller om kvelden.')).toContain(
      'WORKPLACE Rema 1000 Tiller',
    );
    expect(institutions('Han jobber på Kiwi 212.')).toContain('WORKPLACE Kiwi 212');
  });

  it('does not take a count after a workplace into its name', () => {
    expect(institutions('Han jobber på Haukeland 3 dager i uka.')).not.toContain(
      'WORKPLACE Haukeland 3',
    );
  });

  it('finds an institution by its head word', () => {
    expect(institutions('Kontroll på Fjellstua legesenter.')).toContain(
      'ORGANIZATION Fjellstua legesenter',
    );
  });
});
