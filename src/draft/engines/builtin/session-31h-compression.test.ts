import { describe, expect, it } from 'vitest';

import { compressSentence, withoutPointerToPatient } from './concise-statements.js';
import { draftJournalNote, sectionText } from './testing/draft-lines.js';

describe('the clinician pointing back at what the patient said («Som du sa …»)', () => {
  it('drops the pointer and keeps what was said word for word', () => {
    expect(compressSentence('Som pas. sa, hjelper Ibux litt.', withoutPointerToPatient)).toBe(
      'Hjelper Ibux litt.',
    );
    expect(
      compressSentence(
        'Som pas. sa på telefonen, har pas. hatt svie i 3 dager.',
        withoutPointerToPatient,
      ),
    ).toBe('Har hatt svie i 3 dager.');
  });

  it('leaves a sentence where «som du sa» is not the opening pointer', () => {
    const said = 'Det er ikke farlig, som pas. sa, men vi tar en prøve.';
    expect(compressSentence(said, withoutPointerToPatient)).toBe(said);
  });

  it('writes no «Som pas. sa» in a drafted note', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har vondt i venstre hæl når jeg går.'],
      ['lege', 'Som du sa, hjelper Paracet litt. Har du hatt feber?'],
      ['pasient', 'Nei.'],
    ]);
    const anamnesis = sectionText(output, 'anamnese');
    expect(anamnesis).toMatch(/Paracet/u);
    expect(anamnesis).not.toMatch(/som (?:pas\.|du) sa/iu);
  });
});
