/*
 * Session 26: a drug name is never rewritten as dialect, and the rules of that session — each on
 * fresh synthetic text (not the shared cases, not the eval cases).
 */
import { describe, expect, it } from 'vitest';

import { allText, draftJournalNote as draft } from './testing/draft-lines.js';

describe('a drug name in a dialect sentence', () => {
  it('writes «Cozaar» in the drafted note of a dialect speaker', async () => {
    const output = await draft([
      ['lege', 'Kva medisinar brukar du?'],
      ['pasient', 'Eg tek Cozaar, femti milligram, kvar morgon.'],
    ]);
    expect(allText(output)).toMatch(/Cozaar, 50 mg/u);
    expect(allText(output)).not.toMatch(/Cozaer/u);
  });
});
