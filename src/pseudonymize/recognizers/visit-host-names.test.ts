import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

describe('recognizeVisitHostNames', () => {
  it('takes a name no list knows right after "besøk hos"', () => {
    expect(found('pasient: vi var på besøk hos thanasis i helga.')).toContain('PERSON thanasis');
  });

  it('leaves definite nouns and compounds after "besøk hos" alone', () => {
    expect(found('pasient: vi var på besøk hos naboen.')).toEqual([]);
    expect(found('pasient: hun var på besøk hos svigerforeldrene.')).toEqual([]);
  });
});
