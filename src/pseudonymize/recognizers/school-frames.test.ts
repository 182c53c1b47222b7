import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

describe('recognizeSchoolFrames', () => {
  it('takes a school or kindergarten by its own name in a sentence about school life', () => {
    expect(found('pasient: hun går på solsikken, på avdelinga for de minste.')).toContain(
      'ORGANIZATION solsikken',
    );
    expect(found('pasient: han har begynt på Elvebakken, på elektrolinja.')).toContain(
      'ORGANIZATION Elvebakken',
    );
    expect(found('pasient: datteren studerer på NTNU i Gjøvik.')).toContain('ORGANIZATION NTNU');
  });

  it('leaves kinds of school and places one goes to alone', () => {
    expect(found('pasient: hun går på skolen i fjerde klasse og har det bra.')).toEqual([]);
    expect(found('pasient: han går på jobb før skolen begynner.')).toEqual([]);
    expect(found('pasient: hun går på tur med klassen i morgen.')).toEqual([]);
  });
});
