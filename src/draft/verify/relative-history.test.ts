import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe("a relative's own illness, named once, given as the patient's history", () => {
  const visit = indexOf([
    ['pasient', 'Det er skulder. Høyre skulder. Han har vært vond sia påske.'],
    [
      'pårørende',
      'Æ e sønnen hans. Æ har sjøl Bechterew, æ, går på Humira. Men far han har ikkje sånt.',
    ],
  ]);

  it('flags "Kjent Bechterew" as about another person', () => {
    expect(shownFlags('Kjent Bechterew, ingen nakkesmerter.', visit, 'anamnese')).toContain(
      'error:person-conflict',
    );
  });

  it("accepts the relative's illness written as theirs", () => {
    expect(shownFlags('Sønnen har Bechterew.', visit, 'anamnese')).toEqual([]);
  });
});
