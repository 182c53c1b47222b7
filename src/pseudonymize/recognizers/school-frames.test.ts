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

  it('takes a college by its name after "går på" when the sentence is about studying', () => {
    expect(found('pasient: sønnen min går på NTNU og studerer data.')).toContain(
      'ORGANIZATION NTNU',
    );
    expect(found('pasient: hun går på UiB, på masterstudiet i biologi.')).toContain(
      'ORGANIZATION UiB',
    );
  });

  it('takes a college by its name after a degree: "tok master ved NTNU"', () => {
    expect(found('pasient: dattera mi tok master ved NTNU i fjor.')).toContain('ORGANIZATION NTNU');
    expect(found('pasient: han tar bachelor på OsloMet nå.')).toContain('ORGANIZATION OsloMet');
  });

  it('leaves benefits and services one "går på" alone, also beside studying', () => {
    expect(found('Han går på AAP og studerer deltid.')).toEqual([]);
    expect(found('Hun går på NAV-tiltak og studerer litt ved siden av.')).toEqual([]);
    expect(found('pasient: han tar master på fritida, i kveldskurs.')).toEqual([]);
  });

  it('leaves kinds of school and places one goes to alone', () => {
    expect(found('pasient: hun går på skolen i fjerde klasse og har det bra.')).toEqual([]);
    expect(found('pasient: han går på jobb før skolen begynner.')).toEqual([]);
    expect(found('pasient: hun går på tur med klassen i morgen.')).toEqual([]);
  });
});

describe('a drug after «går på» is no school or place (s33r)', () => {
  it('leaves «går på Vyvanse og trives», «går på Attentin»', () => {
    expect(found('Sønnen går på Vyvanse og har det fint på skolen.')).toEqual([]);
    expect(found('Datteren går på Attentin nå.')).toEqual([]);
  });
  it('still takes a school by its own name in the same frame', () => {
    expect(found('Sønnen går på Vyvik og har det fint på skolen.')).toEqual(['ORGANIZATION Vyvik']);
  });
});
