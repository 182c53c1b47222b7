import { describe, expect, it } from 'vitest';

import { InvalidInputError } from '../../src/core/index.js';

import { parseSharedConsultation, toSharedDocument } from './shared-consultations.js';

const consultation = parseSharedConsultation(
  JSON.stringify({
    id: 'd99-test',
    patient: { name: 'Arne Vik', fnr: null, birthDate: '1951-06-30' },
    segments: [
      { speaker: 'lege', text: 'Hei Arne Vik. Er Arne Arnesen her også?' },
      { speaker: 'pårørende', text: 'Arne kommer fra Vikhammer.' },
    ],
    phi: [
      { text: 'Arne', type: 'PERSON' },
      { text: 'Arne Vik', type: 'PERSON' },
      { text: 'Vik', type: 'LOCATION' },
    ],
    reference_note: {},
  }),
);

describe('toSharedDocument', () => {
  const document = toSharedDocument(consultation);

  it('joins the segments as speaker-labelled lines', () => {
    expect(document.text).toBe(
      'Lege: Hei Arne Vik. Er Arne Arnesen her også?\nPårørende: Arne kommer fra Vikhammer.',
    );
  });

  it('annotates every occurrence, longest string first, without overlaps or matches inside words', () => {
    expect(document.annotations.map((annotation) => [annotation.text, annotation.type])).toEqual([
      ['Arne Vik', 'PERSON'],
      ['Arne', 'PERSON'],
      ['Arne', 'PERSON'],
    ]);
    for (const annotation of document.annotations) {
      expect(document.text.slice(annotation.start, annotation.end)).toBe(annotation.text);
    }
  });

  it('passes the known patient identifiers on, leaving out a missing fødselsnummer', () => {
    expect(document.known).toEqual({ name: 'Arne Vik', birthDate: '1951-06-30' });
  });
});

describe('parseSharedConsultation', () => {
  it('rejects content that is not a consultation case', () => {
    expect(() => parseSharedConsultation('{"id": 1}')).toThrow(InvalidInputError);
    expect(() => parseSharedConsultation('not json')).toThrow(InvalidInputError);
  });
});
