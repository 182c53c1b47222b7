/*
 * Session 29a: defects found by the session 28 code review and on the session 29a dev cases
 * (eval/draft/cases-s29a), each on fresh synthetic text (not the shared cases, not the eval cases).
 */
import { describe, expect, it } from 'vitest';

import {
  allText,
  draftJournalNote as draft,
  draftLines,
  sectionText as section,
} from './testing/draft-lines.js';

describe('Kontaktårsak written from a complaint that runs on after its duration', () => {
  it('keeps what the patient said after the duration', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      [
        'pasient',
        'Vi var på skitur i påsken, hele familien, og det var veldig koselig, men så begynte jeg å få vondt i magen. Jeg har vondt i magen og diaré, og nå har jeg hatt det i fire døgn og har kastet opp i natt.',
      ],
    ]);
    expect(section(output, 'kontaktarsak')).toMatch(/^Vondt i magen og diaré i 4 døgn\.?$/u);
    // The second half of the sentence is still in the note.
    expect(allText(output)).toMatch(/kastet opp i natt/u);
  });

  it('still heads the note with complaint and duration when nothing follows', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      [
        'pasient',
        'Vi var på skitur i påsken, hele familien, og det var veldig koselig, men så begynte jeg å få vondt i øret. Jeg har vondt i øret og feber, og nå har jeg hatt det i fire døgn.',
      ],
    ]);
    expect(section(output, 'kontaktarsak')).toBe('Vondt i øret og feber i 4 døgn.');
  });
});
