import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

// "Ikke hatt tilsvarende anfall før" where the patient took back a "Nei, aldri" and told of "et
// lignende anfall" (dev case v409): "tilsvarende", "lignende", "slike" do not narrow a denial the
// way "nattlig" does, so the finding said present contradicts it.
describe('a denial qualified by a word of likeness', () => {
  const visit = indexOf([
    ['lege', 'Har du hatt slike anfall før?'],
    ['pasient', 'Nei, aldri. Jo, vent, jeg hadde et lignende anfall for to år siden.'],
  ]);

  it('flags "Ikke hatt tilsvarende anfall før"', () => {
    expect(shownFlags('Ikke hatt tilsvarende anfall før.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('accepts the note that tells of the earlier attack', () => {
    expect(shownFlags('Hatt et lignende anfall for to år siden.', visit, 'anamnese')).toEqual([]);
  });

  it('still reads a narrowing qualifier as narrower ("ingen nattlige smerter")', () => {
    const pain = indexOf([
      ['lege', 'Har du vondt?'],
      ['pasient', 'Ja, jeg har vondt i skulderen når jeg løfter.'],
    ]);
    // Narrower, so no contradiction of the told pain; nobody spoke of the night, though, so the
    // denial itself is shown as unsupported (the lexicon knows "nattlige smerter" since s32l).
    expect(shownFlags('Ingen nattlige smerter.', pain, 'anamnese')).toEqual([
      'warning:unsupported',
    ]);
    const askedAtNight = indexOf([
      ['lege', 'Har du vondt?'],
      ['pasient', 'Ja, jeg har vondt i skulderen når jeg løfter.'],
      ['lege', 'Har du vondt om natta også?'],
      ['pasient', 'Nei, ikke om natta.'],
    ]);
    expect(shownFlags('Ingen nattlige smerter.', askedAtNight, 'anamnese')).toEqual([]);
  });
});

describe('a denial of a similar episode where only today’s was told', () => {
  it('accepts "Ikke hatt tilsvarende hodepine tidligere" (dev case v55)', () => {
    const visit = indexOf([
      ['pasient', 'Eg har hatt vondt i hovudet sidan førre tysdag, så snart ei veke no.'],
      ['lege', 'Har du hatt slik hovudpine før?'],
      ['pasient', 'Aldri så lenge. Mor mi har migrene, men eg har aldri hatt det.'],
    ]);
    expect(shownFlags('Ikke hatt tilsvarende hodepine tidligere.', visit, 'anamnese')).toEqual([]);
  });
});
