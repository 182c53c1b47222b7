import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';

import { asRawText } from '../../core/index.js';
import { detectIdentifiers } from '../detect-identifiers.js';
import { createVault, pseudonymizeTranscript } from '../index.js';

function persons(text: string): string[] {
  return detectIdentifiers(text)
    .filter((entity) => entity.type === 'PERSON')
    .map((entity) => entity.text);
}

describe('a telephone answered with the clinic and the answerer’s surname (lower case)', () => {
  const answered: [string, string][] = [
    ['legevakta johansen', 'johansen'],
    ['legekontoret, berg', 'berg'],
    ['legevakta johansen, hva gjelder det', 'johansen'],
    ['lege: legevakta hansen', 'hansen'],
    ['legekontoret, haug her', 'haug'],
    ['hei, helsestasjonen, ahmed', 'ahmed'],
  ];
  for (const [text, name] of answered)
    it(`takes «${name}» for a person: ${text}`, () => {
      expect(persons(text)).toEqual([name]);
    });

  const notNames = [
    'legevakta nord',
    'legevakta her',
    'legevakta, hei',
    'legekontoret, god morgen',
    'legevakta, sykepleier',
    'kontoret, stengt',
    'legevakta sentrum',
    'legevakta, kan du vente',
  ];
  for (const text of notNames)
    it(`finds no person in: ${text}`, () => {
      expect(persons(text)).toEqual([]);
    });

  it('does not send the answering clinician’s surname to the model', () => {
    const vault = createVault({ random: (bytes) => randomBytes(bytes) });
    const { transcript } = pseudonymizeTranscript(
      {
        segments: [
          { speaker: 'lege', text: asRawText('legevakta johansen') },
          { speaker: 'pasient', text: asRawText('ja hei, æ har kutta mæ i handa') },
        ],
      },
      { vault },
    );
    expect(transcript.segments.map((segment) => segment.text).join('\n')).not.toMatch(/johansen/iu);
  });
});
