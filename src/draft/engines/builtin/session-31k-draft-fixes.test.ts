/*
 * Session 31k of issue 12: safety-critical negatives and who said what, on fresh dialect text (not
 * the shared d01–d06 nor the eval cases).
 */
import { describe, expect, it } from 'vitest';
import { splitTwoPartNegative } from './question-answer.js';
import { draftJournalNote as draft, sectionText as section } from './testing/draft-lines.js';

describe('one «nei» to a two-part question', () => {
  it('writes two negatives for «feber eller nattesvette» answered «Nei.» in nynorsk', async () => {
    const output = await draft([
      ['lege', 'Kva kan eg hjelpe deg med?'],
      ['pasient', 'Eg har hosta i tre veker.'],
      ['lege', 'Har du hatt feber eller nattesvette?'],
      ['pasient', 'Nei.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/Ingen feber\. Ingen nattesvette\./u);
    expect(history).not.toMatch(/feber eller nattesvette/u);
  });

  it('keeps a shared phrase together instead of inventing a negative', () => {
    expect(splitTwoPartNegative('Ikke vondt i magen eller brystet.')).toBe(
      'Ikke vondt i magen eller brystet.',
    );
    expect(splitTwoPartNegative('Ingen suicidale tanker eller planer.')).toBe(
      'Ingen suicidale tanker eller planer.',
    );
    expect(splitTwoPartNegative('Ingen synsforstyrrelser eller nakkestivhet.')).toBe(
      'Ingen synsforstyrrelser. Ingen nakkestivhet.',
    );
  });
});
