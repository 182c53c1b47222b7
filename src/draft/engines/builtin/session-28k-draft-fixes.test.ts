/*
 * Session 28k: defects found on the session 28 dev cases, each on fresh synthetic text (not the
 * shared cases, not the eval cases).
 */
import { describe, expect, it } from 'vitest';

import {
  allText,
  draftJournalNote as draft,
  sectionText as section,
} from './testing/draft-lines.js';

describe("Kontaktårsak when the patient opens with a relative's illness", () => {
  it.each([
    [
      'in the same turn',
      [
        ['lege', 'Hva kan jeg hjelpe deg med?'],
        [
          'pasient',
          'Kona har hatt feber og hoste i fire dager. Nå har jeg også fått vondt i halsen, siden i går.',
        ],
      ],
      /halsen/u,
    ],
    [
      'in the next answer',
      [
        ['lege', 'Hva kan jeg hjelpe deg med?'],
        ['pasient', 'Dattera mi har hatt omgangssyke hele uka.'],
        ['lege', 'Og du da?'],
        ['pasient', 'Jeg har fått diaré og magesmerter siden i går.'],
      ],
      /diaré|magesmerter/u,
    ],
  ] as const)("heads the note with the patient's own complaint told %s", async (_, lines, own) => {
    const output = await draft(lines);
    const reason = section(output, 'kontaktarsak');
    expect(reason).toMatch(own);
    expect(reason).not.toMatch(/[Kk]ona|[Dd]atter|omgangssyke|feber og hoste/u);
    // Nothing is dropped: the relative's illness stays in the note.
    expect(allText(output)).toMatch(/omgangssyke|feber og hoste/u);
  });

  it("keeps the child's complaint told by a parent as the reason", async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe dere med?'],
      ['pårørende', 'Datteren min har hatt feber og vondt i øret i tre døgn.'],
    ]);
    expect(section(output, 'kontaktarsak')).toMatch(/feber|øret/u);
  });
});
