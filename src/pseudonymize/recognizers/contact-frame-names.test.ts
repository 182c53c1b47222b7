import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function persons(text: string): string[] {
  return detectIdentifiers(text)
    .filter((entity) => entity.type === 'PERSON')
    .map((entity) => entity.text);
}

describe('recognizeContactFrameNames', () => {
  it('finds a name no list knows where a verb of writing or a message puts its person', () => {
    expect(persons('Han skrev til Yodit at han ikke kunne komme.')).toEqual(['Yodit']);
    expect(persons('Fikk melding fra Yodit i går.')).toEqual(['Yodit']);
    expect(persons('Ringte Yodit, ingen svar.')).toEqual(['Yodit']);
  });

  it('finds a name that is a plain noun when the slot ends after it', () => {
    expect(persons('Hun skrev til Vilje at hun var syk.')).toEqual(['Vilje']);
    expect(persons('Jeg snakket med Vilje om kostholdet.')).toEqual(['Vilje']);
  });

  it('leaves places, institutions and inflected nouns in the slot alone', () => {
    expect(persons('Ringte Legevakten, de tar imot ham.')).toEqual([]);
    expect(persons('Fikk brev fra Helsenorge i går.')).toEqual([]);
    expect(persons('Hun skrev til Tromsø om saken.')).toEqual([]);
    expect(persons('Snakket med Fastlegen om dosen.')).toEqual([]);
  });
});
