/**
 * A drug the conversation says is a relative's, which the note also writes as the relative's
 * ("konas Nexium-tabletter"): the note does not make it the patient's own, so it is not flagged.
 * Written as the patient's own medicine it still is.
 */
import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe("a relative's drug the patient borrowed", () => {
  const borrowed = indexOf([
    ['pasient', 'Kona mi bruker Nexium for magesåret sitt.'],
    ['pasient', 'Eg har teke nokre av dei.'],
  ]);

  it("accepts the drug named with the relative's possessive", () => {
    expect(shownFlags('Har tatt noen av konas Nexium-tabletter.', borrowed, 'anamnese')).toEqual(
      [],
    );
  });

  it("still flags the drug written as the patient's own", () => {
    expect(shownFlags('Bruker Nexium.', borrowed, 'anamnese')).toContain('error:person-conflict');
  });
});
