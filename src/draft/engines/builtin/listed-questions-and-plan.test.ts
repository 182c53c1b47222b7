/*
 * Session 21 of issue 12 (fact coverage and safety content): questions asked as a list of their own
 * questions, answers given in fragments or by a nurse or parent, and the plan said at the end.
 * Fresh text, not the shared cases nor the eval cases.
 */
import { describe, expect, it } from 'vitest';
import { draftJournalNote as draft, sectionText as section } from './testing/draft-lines.js';

describe('a question of several questions joined by commas', () => {
  it('denies each part of a suicide screening asked as «har du …, har du …, eller …?»', async () => {
    const output = await draft([
      ['lege', 'Hva bringer deg hit i kveld?'],
      ['pasient', 'Jeg har vært veldig nedfor siden jul, og sover nesten ikke.'],
      [
        'lege',
        'Har du tenkt på å ta ditt eget liv, har du laget noen plan, eller gjort noe for å skade deg?',
      ],
      ['pasient', 'Nei. Ingen plan.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/(?:Har ikke|Ikke|Ingen) laget (?:noen )?plan/u);
    // Never a plan affirmed in the same sentence as the denied thought.
    expect(history).not.toMatch(/, har (?:pas\. )?laget/u);
    expect(history).toMatch(/(?:Har ikke|Ikke) gjort noe for å skade seg/u);
  });
});
