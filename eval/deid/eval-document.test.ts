import { describe, expect, it } from 'vitest';

import type { EvalDocument } from './eval-document.js';
import { findAnnotationProblems } from './eval-document.js';
import { hasValidControlDigits } from './fodselsnummer.js';

const text = 'Kari Nordmann bor i Bodø.';

function withAnnotations(annotations: EvalDocument['annotations']): EvalDocument {
  return { id: 'doc', kind: 'journalnotat', text, annotations };
}

describe('findAnnotationProblems', () => {
  it('accepts annotations whose text is the slice they point at', () => {
    expect(
      findAnnotationProblems(
        withAnnotations([
          { start: 0, end: 13, type: 'PERSON', text: 'Kari Nordmann' },
          { start: 20, end: 24, type: 'LOCATION', text: 'Bodø' },
        ]),
      ),
    ).toEqual([]);
  });

  it('reports a text that differs from the slice, an overlap, offsets past the end and edge whitespace', () => {
    expect(
      findAnnotationProblems(withAnnotations([{ start: 0, end: 4, type: 'PERSON', text: 'Karl' }])),
    ).toHaveLength(1);
    expect(
      findAnnotationProblems(
        withAnnotations([
          { start: 0, end: 13, type: 'PERSON', text: 'Kari Nordmann' },
          { start: 5, end: 13, type: 'PERSON', text: 'Nordmann' },
        ]),
      ),
    ).toEqual(['doc: annotation 1 overlaps the one before it']);
    expect(
      findAnnotationProblems(
        withAnnotations([{ start: 20, end: 40, type: 'LOCATION', text: 'Bodø' }]),
      ),
    ).toHaveLength(1);
    expect(
      findAnnotationProblems(
        withAnnotations([{ start: 19, end: 24, type: 'LOCATION', text: ' Bodø' }]),
      ),
    ).toEqual(['doc: annotation 0 starts or ends with whitespace']);
  });
});

describe('hasValidControlDigits', () => {
  it('accepts the shared cases d01 and d04 and rejects d03 and d06, as their README states', () => {
    expect(hasValidControlDigits('14030352751')).toBe(true);
    expect(hasValidControlDigits('09018841425')).toBe(true);
    expect(hasValidControlDigits('02040656184')).toBe(false);
    expect(hasValidControlDigits('30065133127')).toBe(false);
  });

  it('rejects anything but 11 digits', () => {
    expect(hasValidControlDigits('1403035275')).toBe(false);
    expect(hasValidControlDigits('140303 52751')).toBe(false);
  });
});
