/*
 * Session 24 of issue 12: facts and safety content the builtin drafter lost, each on fresh
 * synthetic text (not the shared cases, not the eval cases).
 */
import { describe, expect, it } from 'vitest';
import {
  allText,
  draftJournalNote as draft,
  sectionText as section,
} from './testing/draft-lines.js';

describe('a statement with a question tag', () => {
  it("keeps a relative's allergy said with «…, det vet dere, ikke sant?»", async () => {
    const output = await draft([
      ['lege', 'Hva er det som plager deg?'],
      ['pasient', 'Jeg har hatt vondt i halsen i fem dager.'],
      ['pårørende', 'Hun tåler ikke penicillin, det vet dere, ikke sant?'],
      ['lege', 'Ja, det står i journalen.'],
    ]);
    expect(allText(output)).toMatch(/penicillin/iu);
    expect(allText(output)).not.toMatch(/\?/u);
  });

  it('keeps an anticoagulant said by the patient with «…, sant?»', async () => {
    const output = await draft([
      ['lege', 'Kva kan eg hjelpe deg med?'],
      ['pasient', 'Eg har fått eit stort blåmerke på leggen.'],
      ['pasient', 'Eg brukar Eliquis, sant?'],
    ]);
    expect(section(output, 'anamnese')).toMatch(/Eliquis/u);
  });

  it('does not turn a worried question with a tag into a statement', async () => {
    const output = await draft([
      ['lege', 'Hva er det som plager deg?'],
      ['pasient', 'Jeg har hatt vondt i halsen i fem dager.'],
      ['pasient', 'Jeg kan ta Ibux, ikke sant?'],
    ]);
    expect(allText(output)).not.toMatch(/kan ta Ibux/iu);
  });
});
