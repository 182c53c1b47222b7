import { describe, expect, it } from 'vitest';
import { createSentenceContext } from './sentence-context.js';
import { isHypotheticalSentence } from './sentence-cues.js';
import { indexOf } from './testing/shown-flags.js';

describe('cues of a drafted sentence', () => {
  const index = indexOf([
    ['lege', 'Har du hatt feber?'],
    ['pasient', 'Nei, ingen feber.'],
  ]);
  const contextOf = (text: string) => createSentenceContext(text, index, {}, []);

  it('reads advice about what may come as hypothetical, and a plain statement as not', () => {
    expect(isHypotheticalSentence(contextOf('Kontakt legevakt ved feber.'))).toBe(true);
    expect(isHypotheticalSentence(contextOf('Hvis feber, ta Paracet.'))).toBe(true);
    expect(isHypotheticalSentence(contextOf('Har hatt feber i tre dager.'))).toBe(false);
  });
});
