/*
 * Session 26 (r4): drafter defects found on the development cases h189–h198, each on fresh
 * synthetic text (not the shared cases, not the eval cases).
 */
import { describe, expect, it } from 'vitest';

import {
  allText,
  draftJournalNote as draft,
  sectionText as section,
} from './testing/draft-lines.js';

describe('a temperature said with its tens split off', () => {
  it.each([
    ['Trett-åtte komma fem i går kveld.'],
    ['Tretti-åtte komma fem i går kveld.'],
    ['Trettiåtte komma fem i går kveld.'],
    ['Tretti åtte komma fem i går kveld.'],
  ])('writes «%s» as 38,5', async (answer) => {
    const output = await draft([
      ['lege', 'Hva er det som plager henne?'],
      ['pårørende', 'Hun har hostet i to dager.'],
      ['lege', 'Har hun hatt feber?'],
      ['pårørende', answer],
    ]);
    expect(section(output, 'anamnese')).toMatch(/38,5/u);
    expect(allText(output)).not.toMatch(/Trett|30 8|8,5(?<!38,5)/u);
  });

  it('keeps «trett» as tired when no number follows the hyphen', async () => {
    const output = await draft([
      ['lege', 'Hvordan har du det?'],
      ['pasient', 'Jeg er trett, åtte timer søvn hjelper ikke.'],
    ]);
    expect(allText(output)).not.toMatch(/38|30/u);
  });
});
