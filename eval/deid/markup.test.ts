import { describe, expect, it } from 'vitest';

import { InvalidInputError } from '../../src/core/index.js';

import { parseMarkup, parseSourceFile } from './markup.js';

describe('parseMarkup', () => {
  it('strips the markup and records exact offsets of each mention', () => {
    const { text, annotations } = parseMarkup(
      'Samtale med [[PERSON:Kari]] om dr. [[PERSON:Nilsen]], tlf. [[PHONE:+47 912 34 567]].',
    );
    expect(text).toBe('Samtale med Kari om dr. Nilsen, tlf. +47 912 34 567.');
    expect(annotations).toEqual([
      { start: 12, end: 16, type: 'PERSON', text: 'Kari' },
      { start: 24, end: 30, type: 'PERSON', text: 'Nilsen' },
      { start: 37, end: 51, type: 'PHONE', text: '+47 912 34 567' },
    ]);
    for (const annotation of annotations)
      expect(text.slice(annotation.start, annotation.end)).toBe(annotation.text);
  });

  it('keeps colons inside the marked text (URLs)', () => {
    const { text, annotations } = parseMarkup('Se [[OTHER:https://eksempel.no/side]].');
    expect(text).toBe('Se https://eksempel.no/side.');
    expect(annotations[0]?.text).toBe('https://eksempel.no/side');
  });

  it('rejects an unknown type and a stray bracket', () => {
    expect(() => parseMarkup('[[NAME:Kari]]')).toThrow(InvalidInputError);
    expect(() => parseMarkup('[[PERSON:Kari]')).toThrow(InvalidInputError);
  });
});

describe('parseSourceFile', () => {
  it('splits documents on headers and reads the optional known line', () => {
    const documents = parseSourceFile(
      [
        '### jn-01 journalnotat',
        '@known {"name":"Kari Nordmann","birthDate":"1980-02-03"}',
        '',
        'Pasienten [[PERSON:Kari]] er i god form.',
        '',
        '### tn-01 telefonnotat',
        'Ringte [[DATE:3. mars]].',
      ].join('\n'),
    );
    expect(documents).toEqual([
      {
        id: 'jn-01',
        kind: 'journalnotat',
        known: { name: 'Kari Nordmann', birthDate: '1980-02-03' },
        text: 'Pasienten Kari er i god form.',
        annotations: [{ start: 10, end: 14, type: 'PERSON', text: 'Kari' }],
      },
      {
        id: 'tn-01',
        kind: 'telefonnotat',
        text: 'Ringte 3. mars.',
        annotations: [{ start: 7, end: 14, type: 'DATE', text: '3. mars' }],
      },
    ]);
  });

  it('rejects an unknown document kind', () => {
    expect(() => parseSourceFile('### x-01 blogginnlegg\nTekst.')).toThrow(InvalidInputError);
  });
});
