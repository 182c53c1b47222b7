import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

/** "TYPE text" for every detection. */
function found(text: string): string[] {
  return detectIdentifiers(text).map((entity) => `${entity.type} ${entity.text}`);
}

describe('a nynorsk age with "gammal"', () => {
  it('finds the age in "ein 78 år gammal mann" as in "en 78 år gammel mann"', () => {
    expect(found('Ein 78 år gammal mann med brystsmerter.')).toEqual(['AGE 78 år gammal']);
    expect(found('Ei 64 år gammal kvinne kjem til kontroll.')).toEqual(['AGE 64 år gammal']);
    expect(found('Eit 3 år gammalt barn med feber.')).toEqual(['AGE 3 år gammalt']);
    expect(found('En 78 år gammel mann med brystsmerter.')).toEqual(['AGE 78 år gammel']);
  });

  it('finds the age beside a surname and a place in the same line', () => {
    const detections = found(
      'Pasienten er ein 81 år gammal mann frå Førde, fastlege Hovland.',
    ).join(' | ');
    expect(detections).toContain('AGE 81 år gammal');
    expect(detections).toContain('LOCATION Førde');
    expect(detections).toContain('Hovland');
  });
});
