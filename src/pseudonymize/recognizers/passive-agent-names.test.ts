import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

describe('recognizePassiveAgentNames', () => {
  it('takes an international given name after "hentet av" for the person who came', () => {
    expect(found('pasient: han blir hentet av wanjiru etter skolen.')).toContain('PERSON wanjiru');
  });

  it('leaves ordinary nouns after the same participles alone', () => {
    expect(found('pasient: hun blir fulgt av kontaktlærer.')).toEqual([]);
    expect(found('pasient: han ble hentet av ambulansen.')).toEqual([]);
  });
});
